import {ciWorld, type SimCheck} from './ci-world.js';
import {compareCommits, resolveRef} from './git.js';
import type {Reply, Route, RouteContext} from './replies.js';
import type {SimCommit, SimRepo} from './state.js';

// GitLab's REST API (v4) over the simulated repos that are GitLab projects: compare, commit
// statuses and pipelines, with GitLab's own error shape ({"message": "404 ... Not Found"}).

const PREFIX = '^\\/gitlab\\/api\\/v4\\/projects\\/([^/]+)';
const WEB = 'https://gitlab.com';

export function gitlabError(status: number, thing?: 'Project' | 'Commit'): Reply {
  const words: Record<number, string> = {401: '401 Unauthorized', 403: '403 Forbidden'};
  const message = words[status] ?? (thing ? `${status} ${thing} Not Found` : `${status} Not Found`);
  return {status, body: {message}};
}

function projectOf(ctx: RouteContext, id: string): {path: string; repo: SimRepo} | null {
  const path = decodeURIComponent(id);
  const key = ciWorld(ctx.state).gitlabProjects.get(path);
  const repo = key ? ctx.state.repos.get(key) : undefined;
  return repo ? {path, repo} : null;
}

function commitJson(path: string, commit: SimCommit) {
  return {
    id: commit.sha,
    short_id: commit.sha.slice(0, 8),
    title: commit.message.split('\n')[0],
    message: commit.message,
    author_name: commit.author.name,
    author_email: commit.author.email,
    authored_date: commit.date,
    committer_name: commit.author.name,
    committed_date: commit.date,
    created_at: commit.date,
    parent_ids: commit.parents,
    web_url: `${WEB}/${path}/-/commit/${commit.sha}`,
  };
}

function compare(ctx: RouteContext, [id]: string[]): Reply {
  const project = projectOf(ctx, id!);
  if (!project) return gitlabError(404, 'Project');
  const from = resolveRef(project.repo, ctx.query.get('from') ?? '');
  const to = resolveRef(project.repo, ctx.query.get('to') ?? '');
  if (!from || !to) return gitlabError(404, 'Commit');
  const result = compareCommits(project.repo, from, to);
  const commits = result.commits.map((commit) => commitJson(project.path, commit));
  return {
    status: 200,
    body: {
      commit: commits.at(-1) ?? null,
      commits,
      diffs:
        result.commits.length === 0
          ? []
          : result.files.map((file) => ({
              old_path: file.filename,
              new_path: file.filename,
              a_mode: '100644',
              b_mode: '100644',
              new_file: file.status === 'added',
              renamed_file: file.status === 'renamed',
              deleted_file: file.status === 'removed',
              diff: `@@ -1 +1 @@\n${'+line\n'.repeat(file.additions)}${'-line\n'.repeat(file.deletions)}`,
            })),
      compare_timeout: false,
      compare_same_ref: from.sha === to.sha,
      web_url: `${WEB}/${project.path}/-/compare/${from.sha}...${to.sha}`,
    },
  };
}

const GITLAB_STATE: Record<SimCheck['state'], string> = {
  success: 'success',
  failure: 'failed',
  pending: 'pending',
  in_progress: 'running',
};

type Found =
  | {reply: Reply}
  | {reply: null; project: {path: string; repo: SimRepo}; commit: SimCommit; checks: SimCheck[]};

function commitChecks(ctx: RouteContext, id: string, sha: string): Found {
  const project = projectOf(ctx, id);
  if (!project) return {reply: gitlabError(404, 'Project')};
  const commit = resolveRef(project.repo, sha);
  if (!commit) return {reply: gitlabError(404, 'Commit')};
  return {reply: null, project, commit, checks: ciWorld(ctx.state).checks.get(commit.sha) ?? []};
}

function statuses(ctx: RouteContext, [id, sha]: string[]): Reply {
  const found = commitChecks(ctx, id!, decodeURIComponent(sha!));
  if (found.reply) return found.reply;
  return {
    status: 200,
    body: found.checks.map((check, index) => ({
      id: index + 1,
      sha: found.commit.sha,
      ref: 'main',
      status: GITLAB_STATE[check.state],
      name: check.name,
      target_url: `${WEB}/${found.project.path}/-/jobs/${index + 1}`,
      allow_failure: false,
      created_at: found.commit.date,
    })),
  };
}

function pipelines(ctx: RouteContext, [id]: string[]): Reply {
  const sha = ctx.query.get('sha');
  const project = projectOf(ctx, id!);
  if (!project) return gitlabError(404, 'Project');
  if (!sha) return {status: 200, body: []};
  const found = commitChecks(ctx, id!, sha);
  if (found.reply) return {status: 200, body: []};
  if (found.checks.length === 0) return {status: 200, body: []};
  const states = found.checks.map((check) => GITLAB_STATE[check.state]);
  const status = states.includes('failed')
    ? 'failed'
    : states.includes('running') || states.includes('pending')
      ? 'running'
      : 'success';
  return {
    status: 200,
    body: [
      {
        id: 1,
        iid: 1,
        sha: found.commit.sha,
        ref: 'main',
        status,
        web_url: `${WEB}/${project.path}/-/pipelines/1`,
      },
    ],
  };
}

export const gitlabRoutes: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`${PREFIX}\\/repository\\/compare$`),
    zone: 'gitlab',
    handle: compare,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${PREFIX}\\/repository\\/commits\\/([^/]+)\\/statuses$`),
    zone: 'gitlab',
    handle: statuses,
  },
  {method: 'GET', pattern: new RegExp(`${PREFIX}\\/pipelines$`), zone: 'gitlab', handle: pipelines},
];
