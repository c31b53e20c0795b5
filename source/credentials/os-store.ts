import {spawnSync} from 'node:child_process';
import {accessSync, constants, statSync} from 'node:fs';
import path from 'node:path';

// Heroku CLI 11 keeps its login in the OS credential store (@heroku-cli/command,
// credential-manager-core): service `heroku-cli`, account = the account's email.
//   Linux:  secret-tool store --label='Heroku CLI' service heroku-cli account EMAIL
//   macOS:  security add-generic-password -a EMAIL -s heroku-cli -w TOKEN
//   Windows: PasswordVault resource heroku-cli (PowerShell; not read here)
// Read only, with the platform's own tool, and only when that tool is on PATH: nothing is
// spawned when it is absent, and a tool that hangs (a locked keyring asking for a password)
// is stopped after a time limit.

export const HEROKU_CLI_SERVICE = 'heroku-cli';
export const OS_STORE_TIMEOUT_MS = 2000;
const MAX_OUTPUT_BYTES = 64 * 1024;
const TOKEN_SHAPE = /^[\x21-\x7e]{1,1024}$/;

export type OsStoreKind = 'secret-service' | 'keychain';

export type OsStoreToken = {token: string; kind: OsStoreKind};

type Tool = {kind: OsStoreKind; binary: string; args: (account: string | null) => string[]};

const TOOLS: Partial<Record<NodeJS.Platform, Tool>> = {
  linux: {
    kind: 'secret-service',
    binary: 'secret-tool',
    args: (account) => [
      'lookup',
      'service',
      HEROKU_CLI_SERVICE,
      ...(account ? ['account', account] : []),
    ],
  },
  darwin: {
    kind: 'keychain',
    binary: 'security',
    args: (account) => [
      'find-generic-password',
      '-s',
      HEROKU_CLI_SERVICE,
      ...(account ? ['-a', account] : []),
      '-w',
    ],
  },
};

// `account` narrows the lookup to one login (the email ~/.netrc names for this host); without
// it the store's first heroku-cli entry answers, as the CLI does when it holds just one.
export function readOsStoreToken(input: {
  env: NodeJS.ProcessEnv;
  account?: string | null;
  platform?: NodeJS.Platform;
  timeoutMs?: number;
}): OsStoreToken | null {
  const tool = TOOLS[input.platform ?? process.platform];
  if (!tool) return null;
  const binary = findOnPath(tool.binary, input.env.PATH);
  if (!binary) return null;
  const result = spawnSync(binary, tool.args(input.account?.trim() || null), {
    env: input.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: input.timeoutMs ?? OS_STORE_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: MAX_OUTPUT_BYTES,
    windowsHide: true,
  });
  if (result.error || result.status !== 0 || typeof result.stdout !== 'string') return null;
  const token = result.stdout.trim();
  return TOKEN_SHAPE.test(token) ? {token, kind: tool.kind} : null;
}

// Only absolute PATH entries: a relative one would run a program from the current folder.
export function findOnPath(name: string, searchPath: string | undefined): string | null {
  if (!searchPath) return null;
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir || !path.isAbsolute(dir)) continue;
    const candidate = path.join(dir, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      continue;
    }
  }
  return null;
}
