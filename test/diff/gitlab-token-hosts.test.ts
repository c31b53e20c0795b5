import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createDiffService, createGitHubSource} from '../../source/diff/index.js';
import {gitlabFromEnv} from '../../source/diff/gitlab-setup.js';
import {gitlabTokenMayGoTo, resolveGitLabUrl} from '../../source/diff/gitlab-host.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {startRecordingProxy, type RecordingProxy} from './recording-proxy.js';
import {endpoint} from './sim-helpers.js';

// kolkrabbi, GitHub and GitLab each sit behind their own recording proxy (their own
// host:port), so the test sees which credentials reached which host.
let sim: Simulator;
let kolkrabbi: RecordingProxy;
let github: RecordingProxy;
let gitlab: RecordingProxy;

beforeEach(async () => {
  sim = await startSimulator();
  [kolkrabbi, github, gitlab] = await Promise.all([
    startRecordingProxy(sim.url),
    startRecordingProxy(sim.url),
    startRecordingProxy(sim.url),
  ]);
});

afterEach(async () => {
  await Promise.all([kolkrabbi.close(), github.close(), gitlab.close()]);
  await sim.close();
});

function service() {
  const setup = gitlabFromEnv(
    {
      GITLAB_URL: `${gitlab.origin}/gitlab`,
      GITLAB_TOKEN: sim.gitlabToken,
      GITLAB_PROJECTS: sim.gitlabProjectsSetting,
    },
    {repoPath: null},
  );
  const githubSource = createGitHubSource({
    kolkrabbiUrl: new URL('/kolkrabbi', kolkrabbi.origin),
    githubApiUrl: new URL('/github/api/v3/', github.origin),
    herokuToken: sim.token,
  });
  return createDiffService([githubSource, setup!.source]);
}

const seenAnywhere = (proxy: RecordingProxy) => JSON.stringify(proxy.seen);

describe('the GitLab token goes only to the GitLab host', () => {
  it('compares a GitHub and a GitLab pipeline with each token at its own host', async () => {
    const diff = service();
    const ledger = await diff.compare(
      endpoint(sim, 'ledger-staging'),
      endpoint(sim, 'ledger-production'),
    );
    const whitewave = await diff.compare(
      endpoint(sim, 'whitewave-staging'),
      endpoint(sim, 'whitewave-prod'),
    );
    expect(ledger).toMatchObject({status: 'ahead', source: 'gitlab'});
    expect(whitewave).toMatchObject({status: 'ahead', source: 'github'});

    expect(gitlab.seen.length).toBeGreaterThan(0);
    for (const request of gitlab.seen) {
      expect(request.headers['private-token']).toBe(sim.gitlabToken);
      expect(request.headers.authorization).toBeUndefined();
    }
    expect(seenAnywhere(kolkrabbi)).not.toContain(sim.gitlabToken);
    expect(seenAnywhere(github)).not.toContain(sim.gitlabToken);
    expect(seenAnywhere(gitlab)).not.toContain(sim.token);
    expect(seenAnywhere(gitlab)).not.toContain(sim.githubToken);
  });

  it('does not follow a redirect to another host', async () => {
    gitlab.intercept((path) =>
      path.includes('/repository/compare')
        ? {status: 302, headers: {location: `${github.origin}${path}`}}
        : null,
    );
    const result = await service().compare(
      endpoint(sim, 'ledger-staging'),
      endpoint(sim, 'ledger-production'),
    );
    expect(result.status).toBe('unknown');
    expect(result.reason).toBe('GitLab answered HTTP 302 to the compare request.');
    expect(github.seen).toHaveLength(0);
  });
});

describe('GITLAB_URL and the origin check', () => {
  it('defaults to gitlab.com and keeps a self-managed path', () => {
    expect(resolveGitLabUrl({}).href).toBe('https://gitlab.com/');
    expect(resolveGitLabUrl({GITLAB_URL: 'https://git.example.org/gitlab'}).href).toBe(
      'https://git.example.org/gitlab/',
    );
  });

  it('refuses plain http except on this machine, and bad values in one sentence', () => {
    expect(() => resolveGitLabUrl({GITLAB_URL: 'http://git.example.org'})).toThrow(
      'GITLAB_URL must use https for git.example.org, so the GitLab token never travels unencrypted.',
    );
    expect(resolveGitLabUrl({GITLAB_URL: 'http://127.0.0.1:9000'}).protocol).toBe('http:');
    expect(() => resolveGitLabUrl({GITLAB_URL: 'nonsense'})).toThrow(
      'GITLAB_URL is not a valid URL.',
    );
    expect(() => resolveGitLabUrl({GITLAB_URL: 'https://me:pw@gitlab.com'})).toThrow(
      'GITLAB_URL must not contain a user name or password.',
    );
  });

  it('lets the token go to the GitLab origin only', () => {
    const home = new URL('https://gitlab.com/');
    expect(gitlabTokenMayGoTo(new URL('https://gitlab.com/api/v4/projects'), home)).toBe(true);
    expect(gitlabTokenMayGoTo(new URL('https://evil.example/api/v4'), home)).toBe(false);
    expect(gitlabTokenMayGoTo(new URL('http://gitlab.com/api/v4'), home)).toBe(false);
    expect(gitlabTokenMayGoTo(new URL('https://gitlab.com.evil.example/'), home)).toBe(false);
    const local = new URL('http://127.0.0.1:9000/');
    expect(gitlabTokenMayGoTo(new URL('http://127.0.0.1:9000/api/v4'), local)).toBe(true);
    expect(gitlabTokenMayGoTo(new URL('http://127.0.0.1:9001/api/v4'), local)).toBe(false);
  });

  it('uses no GitLab without GITLAB_TOKEN', () => {
    expect(gitlabFromEnv({GITLAB_URL: 'https://gitlab.com'}, {repoPath: null})).toBeNull();
  });
});
