export const USAGE = `pipeline-tui: a terminal UI for Heroku pipelines

Usage
  pipeline-tui [PIPELINE]                 interactive board (the overview of every pipeline when omitted)
  pipeline-tui --app APP                  board of the pipeline that APP belongs to
  pipeline-tui --demo                     board against the built-in Heroku simulator (no account needed)
  pipeline-tui login | logout | whoami    save, remove or show the Heroku token in use
  pipeline-tui status PIPELINE [--json] [--no-review]
                                          plain or JSON snapshot of the board, no terminal needed
                                          (--no-review: review apps are listed, not compared)
  pipeline-tui status --all [--json]      every pipeline's overview row, for scripts
  pipeline-tui promote APP [--to A,B] [--release vN] [--yes] [--json]
                                          scriptable promotion; targets that already run the
                                          code are skipped (--include-current promotes them)
        [--waves A,B | --sequential]      one promotion a wave, the next only if all succeeded
        [--two-factor-code CODE]          sent with the request (or PIPELINE_TUI_TWO_FACTOR_CODE)
        [--force]                         allow a promotion backwards in stage order
  pipeline-tui pipelines:create NAME [--team T] [--app A --stage S [--confirm A]] [--json]
  pipeline-tui pipelines:add PIPELINE --app A [--stage S] [--confirm A] [--json]
  pipeline-tui pipelines:update --app A --stage S [--confirm A] [--json]
  pipeline-tui pipelines:remove --app A [--confirm A] [--json]
  pipeline-tui pipelines:rename PIPELINE NEWNAME [--confirm PIPELINE] [--json]
  pipeline-tui pipelines:destroy PIPELINE --confirm PIPELINE [--json]
                                          set a pipeline up (stage defaults to the name's suffix;
                                          production changes and destroy need --confirm or --yes)
  pipeline-tui logs APP [--tail] [--type web] [--dyno web.1] [--num N] [--json]
                                          an app's log (--num lines of history, at most 1500)
  pipeline-tui notes APP [--to TARGET] [--release vN]
                                          Markdown release notes of what a promotion of APP ships
  pipeline-tui promote --follow ID [--json]
                                          follow a promotion already made, until it settles
  pipeline-tui promote APP --yes --verify [MINUTES] [--json]
                                          promote, then verify the targets for MINUTES (default 5);
                                          exit 1 when the verdict is failing
  pipeline-tui simulate [--port N] [--latency MS]
                                          run the Heroku simulator as a standalone server

Options
  --refresh SECONDS   auto-refresh interval of the board (default 30, 0 turns it off)
  --repo PATH         a local git checkout to compare commits with (default: the current directory)
  --no-notify         no bell and no desktop notifications while the board is open
  --help, --version

Environment
  HEROKU_API_KEY, HEROKU_HOST, PIPELINE_TUI_KOLKRABBI_URL, GITHUB_API_URL, GITHUB_TOKEN,
  GITLAB_URL, GITLAB_TOKEN, GITLAB_PROJECTS, GITLAB_PROJECT, PIPELINE_TUI_NOTIFY,
  PIPELINE_TUI_CONFIG_DIR, PIPELINE_TUI_DEMO_SCENARIO, PIPELINE_TUI_VERIFY_SECONDS,
  PIPELINE_TUI_TWO_FACTOR_CODE, NO_COLOR, FORCE_COLOR, DEBUG=pipeline-tui (stack traces)

Exit codes: 0 success, 1 an operation failed, 2 usage or configuration error.
`;
