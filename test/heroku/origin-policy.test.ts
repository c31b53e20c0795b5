import {describe, expect, it} from 'vitest';
import {HostRefusedError} from '../../source/heroku/errors.js';
import {resolveServiceUrls, secretUrl} from '../../source/heroku/host.js';
import {mayCarrySecret, openableUrl} from '../../source/heroku/origin-policy.js';

describe('mayCarrySecret', () => {
  it.each([
    ['https anywhere', 'https://ghe.example.com/api/v3', true],
    ['http to 127.0.0.1', 'http://127.0.0.1:4567/', true],
    ['http to localhost', 'http://localhost:3000', true],
    ['http to ::1', 'http://[::1]:3000', true],
    ['http across a network', 'http://ghe.example.com/api/v3', false],
    ['http to a look-alike of loopback', 'http://127.0.0.1.evil.example/', false],
    ['a user name in the URL', 'https://user:pw@ghe.example.com', false],
    ['file:', 'file:///etc/passwd', false],
    ['not a URL', 'nope', false],
  ])('%s', (_name, url, expected) => {
    expect(mayCarrySecret(url)).toBe(expected);
  });
});

describe('the GitHub token over plain http', () => {
  it('refuses a non-loopback http GITHUB_API_URL with one sentence', () => {
    const attempt = () => resolveServiceUrls({GITHUB_API_URL: 'http://ghe.example.com/api/v3'});
    expect(attempt).toThrow(HostRefusedError);
    expect(attempt).toThrow(
      'GITHUB_API_URL must use https for ghe.example.com, so the token never travels unencrypted.',
    );
  });

  it('still accepts http to this machine (the simulator)', () => {
    expect(resolveServiceUrls({GITHUB_API_URL: 'http://127.0.0.1:4568'}).githubApi.href).toBe(
      'http://127.0.0.1:4568/',
    );
  });

  it('gives a future GitLab token the same rule', () => {
    expect(() => secretUrl('http://gitlab.example.com', 'GITLAB_API_URL')).toThrow(
      'GITLAB_API_URL must use https for gitlab.example.com, so the token never travels unencrypted.',
    );
    expect(secretUrl('https://gitlab.example.com', 'GITLAB_API_URL').host).toBe(
      'gitlab.example.com',
    );
  });
});

describe('openableUrl', () => {
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'x-custom-scheme://run?cmd=rm',
    'vscode://file/etc/passwd',
    'ssh://git@example.com',
    'http://example.com/plain',
    'https://user:pw@example.com',
    'data:text/html,<script>',
    '',
    null,
  ])('refuses %s', (url) => {
    expect(openableUrl(url)).toBeNull();
  });

  it('accepts https web pages and http on this machine', () => {
    expect(openableUrl('https://my-app.herokuapp.com/')).toBe('https://my-app.herokuapp.com/');
    expect(openableUrl('http://127.0.0.1:4567/apps/x')).toBe('http://127.0.0.1:4567/apps/x');
  });
});
