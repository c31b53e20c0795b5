import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createGitHubSource} from '../../source/diff/index.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {startRecordingProxy, type RecordingProxy} from './recording-proxy.js';
import {endpoint} from './sim-helpers.js';

// kolkrabbi and GitHub each sit behind their own recording proxy (their own host:port), so
// the test sees exactly which credentials went to which host.
let sim: Simulator;
let kolkrabbi: RecordingProxy;
let github: RecordingProxy;

beforeEach(async () => {
  sim = await startSimulator();
  kolkrabbi = await startRecordingProxy(sim.url);
  github = await startRecordingProxy(sim.url);
});

afterEach(async () => {
  await Promise.all([kolkrabbi.close(), github.close()]);
  await sim.close();
});

function source(githubToken?: string) {
  return createGitHubSource({
    kolkrabbiUrl: new URL('/kolkrabbi', kolkrabbi.origin),
    githubApiUrl: new URL('/github/api/v3/', github.origin),
    herokuToken: sim.token,
    githubToken,
  });
}

function everything(proxy: RecordingProxy): string {
  return JSON.stringify(proxy.seen);
}

describe('tokens go only to their own host', () => {
  it('sends the Heroku token to kolkrabbi only and the GitHub token to GitHub only', async () => {
    const result = await source().compare(
      endpoint(sim, 'whitewave-staging'),
      endpoint(sim, 'whitewave-prod'),
    );
    expect(result?.status).toBe('ahead');

    expect(kolkrabbi.seen.map((r) => r.path).sort()).toEqual(
      [
        `/kolkrabbi/account/github/token`,
        `/kolkrabbi/apps/${sim.appId('whitewave-prod')}/github`,
        `/kolkrabbi/apps/${sim.appId('whitewave-staging')}/github`,
      ].sort(),
    );
    for (const request of kolkrabbi.seen) {
      expect(request.headers.authorization).toBe(`Bearer ${sim.token}`);
      expect(request.headers.accept).toBe('application/vnd.heroku+json; version=3');
    }
    expect(everything(kolkrabbi)).not.toContain(sim.githubToken);

    expect(github.seen.length).toBeGreaterThan(0);
    for (const request of github.seen) {
      // The base URL's own path (GitHub Enterprise's /api/v3) is kept.
      expect(request.path).toMatch(/^\/github\/api\/v3\/repos\/whitewave-co\/whitewave\/compare\//);
      expect(request.headers.authorization).toBe(`token ${sim.githubToken}`);
      expect(request.headers.accept).toBe('application/vnd.github+json');
      expect(request.headers['x-github-api-version']).toBe('2022-11-28');
    }
    expect(everything(github)).not.toContain(sim.token);
  });

  it('does not ask kolkrabbi for a GitHub token when one is given', async () => {
    const result = await source(sim.githubToken).compare(
      endpoint(sim, 'whitewave-staging'),
      endpoint(sim, 'whitewave-prod'),
    );
    expect(result?.status).toBe('ahead');
    expect(kolkrabbi.seen.some((r) => r.path.includes('/account/github/token'))).toBe(false);
    expect(everything(kolkrabbi)).not.toContain(sim.githubToken);
  });

  it('does not follow GitHub redirecting to another host with the GitHub token', async () => {
    github.intercept((path) =>
      path.includes('/compare/')
        ? {status: 301, headers: {location: `${kolkrabbi.origin}${path}`}}
        : null,
    );
    const result = await source().compare(
      endpoint(sim, 'whitewave-staging'),
      endpoint(sim, 'whitewave-prod'),
    );
    expect(result?.status).toBe('unknown');
    expect(result?.reason).toBe('GitHub answered HTTP 301 to the compare request.');
    expect(kolkrabbi.seen.some((r) => r.path.includes('/compare/'))).toBe(false);
    expect(everything(kolkrabbi)).not.toContain(sim.githubToken);
  });

  it('follows a redirect within GitHub (a renamed repository)', async () => {
    let redirected = false;
    github.intercept((path) => {
      if (!path.includes('/repos/old-name/whitewave/')) return null;
      redirected = true;
      return {status: 301, headers: {location: path.replace('/old-name/', '/whitewave-co/')}};
    });
    const app = sim.state.apps.find((a) => a.name === 'whitewave-staging')!;
    const prod = sim.state.apps.find((a) => a.name === 'whitewave-prod')!;
    const repo = sim.state.repos.get(app.repo)!;
    sim.state.repos.set('old-name/whitewave', repo);
    app.repo = 'old-name/whitewave';
    prod.repo = 'old-name/whitewave';
    const result = await source().compare(
      endpoint(sim, 'whitewave-staging'),
      endpoint(sim, 'whitewave-prod'),
    );
    expect(redirected).toBe(true);
    expect(result?.status).toBe('ahead');
  });
});
