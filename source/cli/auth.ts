import process from 'node:process';
import {runLogin, runLogout, runWhoami, type AuthDeps} from '../commands/auth.js';
import {createLoginValidator} from '../credentials/index.js';
import type {Runtime} from '../services/runtime.js';

export function accountFetcher(runtime: Runtime) {
  return async (token: string) => ({email: (await runtime.client(token).account()).email});
}

function authDeps(runtime: Runtime): AuthDeps {
  return {
    env: runtime.env,
    store: runtime.store!,
    apiUrl: runtime.apiUrl,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    fetchAccount: accountFetcher(runtime),
    renderLogin: async () => {
      const {showLogin} = await import('../ui/run.js');
      return showLogin({
        apiHost: runtime.apiHost,
        validate: createLoginValidator({
          apiHost: runtime.apiHost,
          store: runtime.store!,
          fetchAccount: accountFetcher(runtime),
        }),
      });
    },
  };
}

/** `login`, `logout` and `whoami`. */
export async function authMode(
  command: 'login' | 'logout' | 'whoami',
  runtime: Runtime,
): Promise<number> {
  const run = {login: runLogin, logout: runLogout, whoami: runWhoami}[command];
  return run(authDeps(runtime));
}
