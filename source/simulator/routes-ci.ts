import {ciWorld, type SimCheck} from './ci-world.js';
import {githubError, json, notFound} from './replies.js';
import type {Reply, Route, RouteContext} from './replies.js';
import {findPipeline} from './state.js';

// GitHub's commit status and check-run endpoints, and Heroku CI's test runs.

const GITHUB_REPO = '^\\/github\\/api\\/v3\\/repos\\/([^/]+)\\/([^/]+)\\/commits\\/([^/]+)';

function checksOf(ctx: RouteContext, owner: string, name: string, ref: string): SimCheck[] | null {
  const repo = ctx.state.repos.get(`${owner}/${name}`);
  if (!repo) return null;
  const commit =
    repo.commits.get(ref) ?? [...repo.commits.values()].find((c) => c.sha.startsWith(ref));
  if (!commit) return null;
  return ciWorld(ctx.state).checks.get(commit.sha) ?? [];
}

function combinedStatus(ctx: RouteContext, [owner, name, ref]: string[]): Reply {
  const checks = checksOf(ctx, owner!, name!, decodeURIComponent(ref!));
  if (checks === null) return githubError(422, `No commit found for SHA: ${ref}`);
  const statuses = checks.filter((check) => check.via === 'status');
  const state = statuses.some((s) => s.state === 'failure')
    ? 'failure'
    : statuses.length > 0 && statuses.every((s) => s.state === 'success')
      ? 'success'
      : 'pending';
  return json({
    state,
    sha: ref,
    total_count: statuses.length,
    statuses: statuses.map((s, index) => ({
      id: index + 1,
      context: s.name,
      state: s.state === 'in_progress' ? 'pending' : s.state,
      description: null,
      target_url: `https://ci.example.com/${owner}/${name}/${index + 1}`,
    })),
  });
}

function checkRuns(ctx: RouteContext, [owner, name, ref]: string[]): Reply {
  const checks = checksOf(ctx, owner!, name!, decodeURIComponent(ref!));
  if (checks === null) return githubError(422, `No commit found for SHA: ${ref}`);
  const runs = checks.filter((check) => check.via === 'check-run');
  return json({
    total_count: runs.length,
    check_runs: runs.map((run, index) => ({
      id: index + 1,
      name: run.name,
      head_sha: ref,
      status:
        run.state === 'in_progress' || run.state === 'pending'
          ? run.state === 'pending'
            ? 'queued'
            : 'in_progress'
          : 'completed',
      conclusion: run.state === 'success' ? 'success' : run.state === 'failure' ? 'failure' : null,
      html_url: `https://github.com/${owner}/${name}/runs/${index + 1}`,
    })),
  });
}

function testRuns(ctx: RouteContext, [id]: string[]): Reply {
  const pipeline = findPipeline(ctx.state, decodeURIComponent(id!));
  if (!pipeline) return notFound('pipeline');
  return json(
    ciWorld(ctx.state)
      .testRuns.filter((run) => run.pipelineId === pipeline.id)
      .map((run) => ({
        id: run.id,
        number: run.number,
        commit_sha: run.sha,
        commit_branch: run.branch,
        commit_message: null,
        status: run.status,
        message: null,
        pipeline: {id: pipeline.id},
        created_at: run.createdAt,
        updated_at: run.createdAt,
      })),
  );
}

export const ciRoutes: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`${GITHUB_REPO}\\/status$`),
    zone: 'github',
    handle: combinedStatus,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${GITHUB_REPO}\\/check-runs$`),
    zone: 'github',
    handle: checkRuns,
  },
  {method: 'GET', pattern: /^\/pipelines\/([^/]+)\/test-runs$/, zone: 'heroku', handle: testRuns},
];
