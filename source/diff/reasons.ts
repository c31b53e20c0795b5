import {shortSha} from '../shared/short-sha.js';
import {sanitizeText} from '../shared/sanitize.js';

// Every reason is one sentence a person can act on. Names, repositories and SHAs come from
// outside, so each is sanitised before it is put into a sentence that will be drawn.

const clean = (value: string) => sanitizeText(value);

export function noCommit(
  upstream: {name: string; sha: string | null},
  downstream: {name: string; sha: string | null},
): string {
  if (upstream.sha === null && downstream.sha === null) {
    return `Neither ${clean(upstream.name)} nor ${clean(downstream.name)} has a release with a commit yet, so there is nothing to compare.`;
  }
  const missing = upstream.sha === null ? upstream : downstream;
  return `${clean(missing.name)} has no release with a commit yet, so there is nothing to compare.`;
}

export function cannotCompare(): string {
  return 'Cannot compare: these apps are not connected to GitHub and no local git checkout has their commits (run from a checkout or pass --repo PATH).';
}

export function comparisonFailed(detail: string): string {
  return `The comparison failed unexpectedly: ${clean(detail).replace(/[.\s]+$/, '')}.`;
}

export function notAShaReason(app: string, sha: string): string {
  return `The commit recorded for ${clean(app)} (${clean(sha).slice(0, 20)}) is not a git SHA, so it cannot be compared.`;
}

export function differentRepositories(
  upApp: string,
  upRepo: string,
  downApp: string,
  downRepo: string,
): string {
  return `${clean(upApp)} deploys from ${clean(upRepo)} and ${clean(downApp)} from ${clean(downRepo)}: different repositories cannot be compared.`;
}

export function integrationUnreachable(words: string): string {
  return `Heroku's GitHub integration could not be reached: ${words}.`;
}

export function integrationFailed(status: number): string {
  return `Heroku's GitHub integration answered HTTP ${status}, so the repositories of these apps are unknown.`;
}

export function noRepositoryGiven(): string {
  return "Heroku's GitHub integration did not say which repository these apps deploy from.";
}

export function notLinkedToGitHub(): string {
  return 'Your Heroku account is not linked to GitHub: link it in the Heroku Dashboard, or set GITHUB_TOKEN.';
}

export function githubUnreachable(words: string): string {
  return `GitHub could not be reached: ${words}.`;
}

export function githubUnreadable(): string {
  return 'GitHub answered with a compare result that could not be read.';
}

export function githubRateLimited(resetEpochSeconds: string | null): string {
  const reset = Number(resetEpochSeconds);
  if (resetEpochSeconds && Number.isFinite(reset) && reset > 0) {
    const time = new Date(reset * 1000).toTimeString().slice(0, 5);
    return `GitHub's API rate limit is used up until ${time}; the comparison will work again then.`;
  }
  return "GitHub's API rate limit is used up; the comparison will work again once it resets.";
}

export function githubRefusedToken(ownToken: boolean): string {
  return ownToken
    ? 'GitHub refused the GitHub token (HTTP 401): check GITHUB_TOKEN or the saved GitHub token.'
    : "GitHub refused the token of Heroku's GitHub integration (HTTP 401): reconnect GitHub in the Heroku Dashboard, or set GITHUB_TOKEN.";
}

export function githubDenied(repo: string): string {
  return `GitHub denied access to ${clean(repo)} (HTTP 403): the GitHub token cannot read this repository.`;
}

export function commitNotFound(repo: string, base: string, head: string): string {
  return `GitHub cannot find commit ${shortSha(head)} or ${shortSha(base)} in ${clean(repo)}: it may have been force-pushed away.`;
}

export function noCommonHistory(repo: string, base: string, head: string): string {
  return `GitHub cannot compare ${shortSha(head)} with ${shortSha(base)} in ${clean(repo)}: they share no history.`;
}

export function githubAnswered(status: number): string {
  return `GitHub answered HTTP ${status} to the compare request.`;
}

export function localCommitMissing(repoPath: string, sha: string): string {
  return `The local checkout at ${clean(repoPath)} does not have commit ${shortSha(sha)}: fetch it, or it was force-pushed away.`;
}

export function localNoCommonHistory(base: string, head: string): string {
  return `Commits ${shortSha(head)} and ${shortSha(base)} share no history in the local checkout: they look like different repositories.`;
}

export function localGitFailed(words: string): string {
  return `git could not compare the commits in the local checkout: ${clean(words)}.`;
}
