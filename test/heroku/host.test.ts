import {describe, expect, it} from 'vitest';
import {HostRefusedError} from '../../source/heroku/errors.js';
import {ConfigError} from '../../source/shared/errors.js';
import {resolveApiUrl, resolveServiceUrls} from '../../source/heroku/host.js';

describe('resolveApiUrl', () => {
  it('defaults to api.heroku.com', () => {
    expect(resolveApiUrl({}).href).toBe('https://api.heroku.com/');
    expect(resolveApiUrl({HEROKU_HOST: ''}).href).toBe('https://api.heroku.com/');
  });

  it('prefixes api. to a bare HEROKU_HOST, as the official CLI does', () => {
    expect(resolveApiUrl({HEROKU_HOST: 'staging.herokudev.com'}).href).toBe(
      'https://api.staging.herokudev.com/',
    );
    expect(resolveApiUrl({HEROKU_HOST: 'heroku.com'}).href).toBe('https://api.heroku.com/');
  });

  it('takes a HEROKU_HOST starting with http as the API URL itself', () => {
    expect(resolveApiUrl({HEROKU_HOST: 'http://127.0.0.1:5555'}).href).toBe(
      'http://127.0.0.1:5555/',
    );
    expect(resolveApiUrl({HEROKU_HOST: 'http://localhost:3000/'}).host).toBe('localhost:3000');
    expect(resolveApiUrl({HEROKU_HOST: 'https://API.Staging.Heroku.com:8443'}).host).toBe(
      'api.staging.heroku.com:8443',
    );
  });

  it.each([
    'evil.example',
    'https://api.heroku.com.evil.example',
    'https://evilheroku.com',
    'http://10.0.0.1',
    'heroku.co',
  ])('refuses %s with exit code 2', (host) => {
    const attempt = () => resolveApiUrl({HEROKU_HOST: host});
    expect(attempt).toThrow(HostRefusedError);
    try {
      attempt();
    } catch (error) {
      expect((error as HostRefusedError).exitCode).toBe(2);
    }
  });

  it('refuses plain http to a remote Heroku host and credentials in the URL', () => {
    expect(() => resolveApiUrl({HEROKU_HOST: 'http://api.heroku.com'})).toThrow(HostRefusedError);
    let message = '';
    try {
      resolveApiUrl({HEROKU_HOST: 'https://user:hunter2@api.heroku.com'});
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/user name or password/);
    expect(message).not.toContain('hunter2');
  });
});

describe('resolveServiceUrls', () => {
  it('has the public defaults', () => {
    const urls = resolveServiceUrls({});
    expect(urls.kolkrabbi.href).toBe('https://kolkrabbi.heroku.com/');
    expect(urls.githubApi.href).toBe('https://api.github.com/');
  });

  it('keeps a GitHub Enterprise path so relative paths resolve under it', () => {
    const {githubApi} = resolveServiceUrls({GITHUB_API_URL: 'https://ghe.example.com/api/v3'});
    expect(githubApi.href).toBe('https://ghe.example.com/api/v3/');
    expect(new URL('repos/o/r/compare/a...b', githubApi).pathname).toBe(
      '/api/v3/repos/o/r/compare/a...b',
    );
  });

  it('accepts kolkrabbi on a Heroku domain or loopback, and refuses anything else', () => {
    expect(
      resolveServiceUrls({PIPELINE_TUI_KOLKRABBI_URL: 'http://127.0.0.1:4000/kolkrabbi'}).kolkrabbi
        .href,
    ).toBe('http://127.0.0.1:4000/kolkrabbi/');
    expect(
      resolveServiceUrls({PIPELINE_TUI_KOLKRABBI_URL: 'https://kolkrabbi.staging.herokudev.com'})
        .kolkrabbi.host,
    ).toBe('kolkrabbi.staging.herokudev.com');
    expect(() =>
      resolveServiceUrls({PIPELINE_TUI_KOLKRABBI_URL: 'https://kolkrabbi.evil.example'}),
    ).toThrow(HostRefusedError);
  });

  it('rejects URLs that do not parse', () => {
    expect(() => resolveServiceUrls({GITHUB_API_URL: 'not a url'})).toThrow(ConfigError);
    expect(() => resolveServiceUrls({GITHUB_API_URL: 'ftp://ghe.example.com'})).toThrow(
      ConfigError,
    );
  });
});
