import type {CiCheck, CiSourceName, CiState} from '../board/ci-status.js';
import {sanitizeText} from '../shared/sanitize.js';
import {safeWebUrl} from '../diff/github-mapping.js';

// Each service's words for a run, in the four the board knows. Anything unexpected is
// `none`, so a new word a service invents can never read as passed.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

export function githubStatusState(state: unknown): CiState {
  if (state === 'success') return 'passed';
  if (state === 'failure' || state === 'error') return 'failed';
  if (state === 'pending') return 'running';
  return 'none';
}

export function githubCheckRunState(status: unknown, conclusion: unknown): CiState {
  if (status !== 'completed') {
    return ['queued', 'in_progress', 'waiting', 'requested', 'pending'].includes(String(status))
      ? 'running'
      : 'none';
  }
  if (conclusion === 'success' || conclusion === 'neutral' || conclusion === 'skipped') {
    return 'passed';
  }
  if (
    ['failure', 'cancelled', 'timed_out', 'action_required', 'startup_failure', 'stale'].includes(
      String(conclusion),
    )
  ) {
    return 'failed';
  }
  return 'none';
}

export function gitlabState(status: unknown): CiState {
  if (status === 'success' || status === 'skipped') return 'passed';
  if (status === 'failed' || status === 'canceled') return 'failed';
  if (
    ['created', 'pending', 'running', 'preparing', 'waiting_for_resource', 'scheduled'].includes(
      String(status),
    )
  ) {
    return 'running';
  }
  // `manual` waits for a person: not passed, not running.
  return 'none';
}

export function herokuTestRunState(status: unknown): CiState {
  if (status === 'succeeded') return 'passed';
  if (status === 'failed' || status === 'errored' || status === 'cancelled') return 'failed';
  if (['pending', 'creating', 'building', 'running', 'debugging'].includes(String(status))) {
    return 'running';
  }
  return 'none';
}

function check(name: string, state: CiState, url: unknown, source: CiSourceName): CiCheck {
  return {name: sanitizeText(name), state, url: safeWebUrl(text(url)), source};
}

export function parseGitHubStatuses(body: unknown): CiCheck[] {
  if (!isRecord(body) || !Array.isArray(body.statuses)) return [];
  return body.statuses.flatMap((item) =>
    isRecord(item) && text(item.context)
      ? [check(text(item.context)!, githubStatusState(item.state), item.target_url, 'github')]
      : [],
  );
}

export function parseGitHubCheckRuns(body: unknown): CiCheck[] {
  if (!isRecord(body) || !Array.isArray(body.check_runs)) return [];
  return body.check_runs.flatMap((item) =>
    isRecord(item) && text(item.name)
      ? [
          check(
            text(item.name)!,
            githubCheckRunState(item.status, item.conclusion),
            item.html_url,
            'github',
          ),
        ]
      : [],
  );
}

// GitLab lists every status a job ever reported (a retried job appears twice): the newest
// of each name counts. The list comes newest first.
export function parseGitLabStatuses(body: unknown): CiCheck[] {
  if (!Array.isArray(body)) return [];
  const seen = new Set<string>();
  const checks: CiCheck[] = [];
  for (const item of body) {
    if (!isRecord(item) || !text(item.name) || seen.has(text(item.name)!)) continue;
    seen.add(text(item.name)!);
    checks.push(check(text(item.name)!, gitlabState(item.status), item.target_url, 'gitlab'));
  }
  return checks;
}

export function parseGitLabPipelines(body: unknown): CiCheck[] {
  if (!Array.isArray(body)) return [];
  const newest = body.find(isRecord);
  if (!newest) return [];
  const id = typeof newest.id === 'number' ? ` #${newest.id}` : '';
  return [check(`pipeline${id}`, gitlabState(newest.status), newest.web_url, 'gitlab')];
}

// The newest Heroku CI run of this commit.
export function parseTestRuns(body: unknown, sha: string): CiCheck[] {
  if (!Array.isArray(body)) return [];
  const runs = body.filter(
    (run): run is Record<string, unknown> =>
      isRecord(run) &&
      typeof run.commit_sha === 'string' &&
      run.commit_sha.toLowerCase() === sha.toLowerCase(),
  );
  const newest = runs.sort((a, b) => Number(b.number ?? 0) - Number(a.number ?? 0))[0];
  if (!newest) return [];
  const number = typeof newest.number === 'number' ? ` #${newest.number}` : '';
  return [check(`Heroku CI${number}`, herokuTestRunState(newest.status), null, 'heroku-ci')];
}
