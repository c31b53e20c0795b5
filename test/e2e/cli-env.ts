import {join} from 'node:path';
import type {Simulator} from '../../source/simulator/index.js';

// The environment the CLI runs in under test and benchmark. Free of vitest.

export type CliEnvInput = {
  home: string;
  configDir: string;
  sim?: Simulator | null;
  // The token in HEROKU_API_KEY; null leaves it unset (saved credentials or the login screen).
  token?: string | null;
  extra?: Record<string, string>;
};

// A clean environment: nothing of the developer's own Heroku or GitHub setup leaks in,
// HOME is a fresh folder (no ~/.netrc), and CI is unset, since the board refuses to start in CI.
export function cliEnvFor(input: CliEnvInput): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: input.home,
    XDG_CONFIG_HOME: join(input.home, '.config'),
    LANG: 'C.UTF-8',
    TERM: 'xterm-256color',
    TZ: 'UTC',
    PIPELINE_TUI_CONFIG_DIR: input.configDir,
  };
  const sim = input.sim;
  if (sim) {
    env.HEROKU_HOST = sim.url;
    env.PIPELINE_TUI_KOLKRABBI_URL = sim.kolkrabbiUrl;
    env.GITHUB_API_URL = sim.githubUrl;
    const token = input.token === undefined ? sim.token : input.token;
    if (token !== null) env.HEROKU_API_KEY = token;
  }
  return {...env, ...input.extra};
}
