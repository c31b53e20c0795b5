import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parse as officialParse} from 'netrc-parser';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {hostnameOf, parseNetrc, readNetrcToken} from '../../source/credentials/index.js';
import {makeTempEnv, type TempEnv} from './temp-env.js';

let temp: TempEnv;
beforeEach(() => {
  temp = makeTempEnv();
});
afterEach(() => {
  temp.cleanup();
});

// What `heroku login` writes.
const OFFICIAL_CLI_NETRC = `machine api.heroku.com
  login dev@example.com
  password HRKU-aa11bb22-cc33-dd44-ee55-ff6677889900
machine git.heroku.com
  login dev@example.com
  password HRKU-aa11bb22-cc33-dd44-ee55-ff6677889900
`;

describe('readNetrcToken', () => {
  it('reads the password and login of `machine <apiHost>`', () => {
    temp.writeNetrc(OFFICIAL_CLI_NETRC);
    expect(readNetrcToken('api.heroku.com', {netrcPath: temp.netrcPath})).toEqual({
      token: 'HRKU-aa11bb22-cc33-dd44-ee55-ff6677889900',
      login: 'dev@example.com',
    });
  });

  it('finds ~/.netrc from the home folder it is given', () => {
    temp.writeNetrc(OFFICIAL_CLI_NETRC);
    expect(readNetrcToken('api.heroku.com', {home: temp.home})?.login).toBe('dev@example.com');
  });

  it('matches the host name without the port, case-insensitively', () => {
    temp.writeNetrc('machine 127.0.0.1 login sim@example.com password sim-token-0001\n');
    expect(readNetrcToken('127.0.0.1:4567', {netrcPath: temp.netrcPath})?.token).toBe(
      'sim-token-0001',
    );
    temp.writeNetrc('machine API.Heroku.COM password upper-case-host-0001\n');
    expect(readNetrcToken('api.heroku.com', {netrcPath: temp.netrcPath})?.token).toBe(
      'upper-case-host-0001',
    );
  });

  it('gives null for another host, a machine without password, or a default entry', () => {
    temp.writeNetrc(
      'machine api.heroku.com login only-login\nmachine github.com password gh\ndefault login x password catch-all\n',
    );
    expect(readNetrcToken('api.heroku.com', {netrcPath: temp.netrcPath})).toBeNull();
    expect(readNetrcToken('api.herokudev.com', {netrcPath: temp.netrcPath})).toBeNull();
  });

  it('gives null for a missing file, a folder, or a binary file', () => {
    expect(readNetrcToken('api.heroku.com', {netrcPath: temp.netrcPath})).toBeNull();
    const folder = path.join(temp.home, 'folder');
    mkdirSync(folder);
    expect(readNetrcToken('api.heroku.com', {netrcPath: folder})).toBeNull();
    writeFileSync(temp.netrcPath, 'machine api.heroku.com password abc\0def\n');
    expect(readNetrcToken('api.heroku.com', {netrcPath: temp.netrcPath})).toBeNull();
  });

  it('answers quickly for input that makes a backtracking parser hang', () => {
    temp.writeNetrc(
      `machine ${'a'.repeat(5000)}#\u2028x\nmachine api.heroku.com password fine-0001\n`,
    );
    const started = performance.now();
    expect(readNetrcToken('api.heroku.com', {netrcPath: temp.netrcPath})?.token).toBe('fine-0001');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('parseNetrc', () => {
  it('reads inline and multi-line entries, comments, quotes and macros', () => {
    const entries = parseNetrc(`# a comment line
machine one.example login a password "with space \\" quote" # trailing comment
macdef init
cd /pub
login not-a-credential

machine two.example
\tlogin b
\tpassword p#not-a-comment
\taccount ignored
`);
    expect(entries).toEqual([
      {machine: 'one.example', login: 'a', password: 'with space " quote'},
      {machine: 'two.example', login: 'b', password: 'p#not-a-comment'},
    ]);
  });

  it('reads the files the official CLI reads the same way it does', () => {
    const files = [
      OFFICIAL_CLI_NETRC,
      'machine api.heroku.com login a@example.com password tok-1\nmachine other password x\n',
      '# kept by hand\nmachine api.heroku.com\n    password tok-2 # rotated monthly\n    login b@example.com\n',
    ];
    for (const file of files) {
      const theirs = officialParse(file)['api.heroku.com'];
      const ours = parseNetrc(file)?.find((entry) => entry.machine === 'api.heroku.com');
      expect({login: ours?.login, password: ours?.password}).toEqual({
        login: theirs?.login,
        password: theirs?.password,
      });
    }
  });

  it('keeps only the first entry of a machine, as the official CLI does', () => {
    expect(
      parseNetrc('machine h password first\nmachine H password second\n')?.map((e) => e.password),
    ).toEqual(['first']);
  });

  it('reads Windows line endings', () => {
    expect(parseNetrc('machine h\r\n  login l\r\n  password p\r\n')).toEqual([
      {machine: 'h', login: 'l', password: 'p'},
    ]);
  });

  it('gives null for an unterminated quote', () => {
    expect(parseNetrc('machine h password "open')).toBeNull();
  });

  it('does not let a missing value swallow the next entry', () => {
    expect(
      parseNetrc('machine a login\nmachine b password pb\nmachine\nmachine c password pc'),
    ).toEqual([
      {machine: 'a', login: null, password: null},
      {machine: 'b', login: null, password: 'pb'},
      {machine: 'c', login: null, password: 'pc'},
    ]);
  });

  it('tolerates a file cut short', () => {
    expect(parseNetrc('machine h login')).toEqual([{machine: 'h', login: null, password: null}]);
    expect(parseNetrc('machine')).toEqual([]);
    expect(parseNetrc('')).toEqual([]);
  });
});

describe('hostnameOf', () => {
  it('strips ports and IPv6 brackets', () => {
    expect(hostnameOf('api.heroku.com')).toBe('api.heroku.com');
    expect(hostnameOf('127.0.0.1:4567')).toBe('127.0.0.1');
    expect(hostnameOf('[::1]:4567')).toBe('::1');
    expect(hostnameOf('::1')).toBe('::1');
    expect(hostnameOf('LOCALHOST:80')).toBe('localhost');
  });
});
