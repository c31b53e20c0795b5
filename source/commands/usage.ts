export const USAGE = `pipeline-tui: a terminal UI for Heroku pipelines

Usage
  pipeline-tui [PIPELINE]                 interactive board (a picker when PIPELINE is omitted)
  pipeline-tui --app APP                  board of the pipeline that APP belongs to
  pipeline-tui --demo                     board against the built-in Heroku simulator (no account needed)
  pipeline-tui login | logout | whoami    save, remove or show the Heroku token in use
  pipeline-tui status PIPELINE [--json]   plain or JSON snapshot of the board, no terminal needed
  pipeline-tui promote APP [--to A,B] [--release vN] [--yes] [--json]
                                          scriptable promotion
  pipeline-tui promote --follow ID [--json]
                                          follow a promotion already made, until it settles
  pipeline-tui simulate [--port N] [--latency MS]
                                          run the Heroku simulator as a standalone server

Options
  --refresh SECONDS   auto-refresh interval of the board (default 30, 0 turns it off)
  --repo PATH         a local git checkout to compare commits with (default: the current directory)
  --help, --version

Environment
  HEROKU_API_KEY, HEROKU_HOST, PIPELINE_TUI_KOLKRABBI_URL, GITHUB_API_URL, GITHUB_TOKEN,
  PIPELINE_TUI_CONFIG_DIR, NO_COLOR, FORCE_COLOR, DEBUG=pipeline-tui (stack traces)

Exit codes: 0 success, 1 an operation failed, 2 usage or configuration error.
`;
