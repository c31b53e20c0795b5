import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {homeDirectory} from './home.js';

export type NetrcEntry = {machine: string; login: string | null; password: string | null};

// A real ~/.netrc is a few lines; anything this big is not one.
const MAX_NETRC_BYTES = 1024 * 1024;

// The official CLI stores its token under `machine api.heroku.com` (the API host) with the
// email as `login`. Read only: this file belongs to the Heroku CLI, curl, git and others.
export function readNetrcToken(
  apiHost: string,
  options: {netrcPath?: string | null; home?: string} = {},
): {token: string; login: string | null} | null {
  const file = options.netrcPath === undefined ? defaultNetrcPath(options.home) : options.netrcPath;
  // No absolute home: no ~/.netrc, rather than one in the current folder.
  if (!file) return null;
  let text: string;
  try {
    if (statSync(file).size > MAX_NETRC_BYTES) return null;
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const entries = parseNetrc(text);
  if (!entries) return null;
  // Against a HEROKU_HOST with a port the CLI writes `machine 127.0.0.1:PORT`: that exact
  // entry first, then the bare host name.
  const exact = apiHost.trim().toLowerCase();
  const machine = hostnameOf(apiHost);
  const named = (name: string) =>
    entries.find((candidate) => candidate.machine.toLowerCase() === name && candidate.password);
  const entry = named(exact) ?? named(machine);
  if (!entry?.password) return null;
  return {token: entry.password, login: entry.login};
}

// null when no absolute home folder is known: a relative one would let the folder the
// program runs in (a repository) supply the file.
export function defaultNetrcPath(home?: string | null): string | null {
  const name = process.platform === 'win32' ? '_netrc' : '.netrc';
  const base = home && path.isAbsolute(home) ? home : homeDirectory(process.env);
  return base ? path.join(base, name) : null;
}

// A netrc machine without its port: the simulator's `127.0.0.1:4567` is also found as
// `machine 127.0.0.1`.
export function hostnameOf(apiHost: string): string {
  const host = apiHost.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end === -1 ? host : host.slice(1, end);
  }
  const colon = host.indexOf(':');
  // More than one colon is a bare IPv6 address, which has no port to strip.
  if (colon !== -1 && host.indexOf(':', colon + 1) === -1) return host.slice(0, colon);
  return host;
}

// The netrc grammar as curl and Python read it: whitespace-separated tokens, `#` starting a
// comment, double quotes around values with spaces. Only the first entry of a machine
// counts. `default` entries are skipped: a catch-all password must never go to Heroku.
// Returns null for a file that is not text or ends inside a quoted value.
export function parseNetrc(text: string): NetrcEntry[] | null {
  if (text.includes('\0')) return null;
  const tokens = tokenize(text);
  if (!tokens) return null;
  const entries: NetrcEntry[] = [];
  const seen = new Set<string>();
  let current: NetrcEntry | null = null;
  let index = 0;
  while (index < tokens.length) {
    const word = tokens[index]!;
    index++;
    if (word.kind === 'macdef') {
      current = null;
      continue;
    }
    const keyword = word.quoted ? '' : word.value;
    if (keyword === 'machine' || keyword === 'default') {
      current = null;
      if (keyword === 'default') continue;
      const name = tokens[index];
      if (!name || name.kind === 'macdef' || startsEntry(name)) continue;
      index++;
      const machine = name.value.toLowerCase();
      if (seen.has(machine)) continue;
      seen.add(machine);
      current = {machine: name.value, login: null, password: null};
      entries.push(current);
      continue;
    }
    // Every other keyword (login, password, account, port, macdef names...) takes a value.
    const value = tokens[index];
    // A value missing before the next entry must not swallow that entry.
    if (!value || value.kind === 'macdef' || startsEntry(value)) continue;
    index++;
    if (!current) continue;
    if (keyword === 'login') current.login = value.value;
    else if (keyword === 'password') current.password = value.value;
  }
  return entries;
}

function startsEntry(token: Token): boolean {
  return (
    token.kind === 'word' &&
    !token.quoted &&
    (token.value === 'machine' || token.value === 'default')
  );
}

type Token = {kind: 'word'; value: string; quoted: boolean} | {kind: 'macdef'};

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end + 1;
      continue;
    }
    if (c === '"') {
      let value = '';
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i];
        i++;
      }
      if (i >= text.length) return null;
      i++;
      tokens.push({kind: 'word', value, quoted: true});
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    const value = text.slice(i, end);
    i = end;
    if (value === 'macdef') {
      // A macro's name, then its body up to the next empty line: shell commands, not
      // credentials, so the whole of it is one opaque token.
      const blank = text.slice(i).search(/\n[ \t\r]*\n/);
      i = blank === -1 ? text.length : i + blank + 1;
      tokens.push({kind: 'macdef'});
      continue;
    }
    tokens.push({kind: 'word', value, quoted: false});
  }
  return tokens;
}
