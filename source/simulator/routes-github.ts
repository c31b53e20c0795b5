import {compareCommits, resolveRef} from './git.js';
import {githubError, herokuError, json} from './replies.js';
import type {Reply, Route, RouteContext} from './replies.js';
import {findApp} from './state.js';
import type {SimCommit, SimRepo} from './state.js';

// Heroku's GitHub integration (kolkrabbi) and GitHub's compare API, over the simulated repos.

const GITHUB_PREFIX = '/github/api/v3';

function commitJson(ctx: RouteContext, repo: SimRepo, commit: SimCommit) {
  const apiBase = `${ctx.baseUrl}${GITHUB_PREFIX}/repos/${repo.fullName}`;
  const person = {name: commit.author.name, email: commit.author.email, date: commit.date};
  const user = commit.author.login
    ? {
        login: commit.author.login,
        id: 1000 + commit.author.login.length,
        type: commit.author.login.endsWith('[bot]') ? 'Bot' : 'User',
        html_url: `https://github.com/${commit.author.login}`,
        avatar_url: `https://avatars.githubusercontent.com/${commit.author.login}`,
      }
    : null;
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha.slice(0, 20)}`,
    url: `${apiBase}/commits/${commit.sha}`,
    html_url: `https://github.com/${repo.fullName}/commit/${commit.sha}`,
    commit: {message: commit.message, author: person, committer: person, comment_count: 0},
    author: user,
    committer: user,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${apiBase}/commits/${sha}`,
      html_url: `https://github.com/${repo.fullName}/commit/${sha}`,
    })),
  };
}

function positiveInt(value: string | null, fallback: number): number | null {
  if (value === null) return fallback;
  return /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : null;
}

function compare(ctx: RouteContext, [owner, name, basehead]: string[]): Reply {
  const repo = ctx.state.repos.get(`${owner}/${name}`);
  const refs = decodeURIComponent(basehead ?? '').split('...');
  if (!repo || refs.length !== 2) return githubError(404);
  const base = resolveRef(repo, refs[0]!);
  const head = resolveRef(repo, refs[1]!);
  if (!base || !head) return githubError(404);
  const page = positiveInt(ctx.query.get('page'), 1);
  const perPage = positiveInt(ctx.query.get('per_page'), 250);
  if (page === null || perPage === null) return githubError(422);
  const size = Math.min(perPage, 250);
  const result = compareCommits(repo, base, head);
  if (!result.mergeBase)
    return githubError(404, `No common ancestor between ${refs[0]} and ${refs[1]}.`);
  const pageCommits = result.commits.slice((page - 1) * size, page * size);
  const headers: Record<string, string> = {};
  const lastPage = Math.max(1, Math.ceil(result.commits.length / size));
  if (page < lastPage) {
    const self = `${ctx.baseUrl}${ctx.path}`;
    headers.Link = [
      `<${self}?page=${page + 1}&per_page=${size}>; rel="next"`,
      `<${self}?page=${lastPage}&per_page=${size}>; rel="last"`,
    ].join(', ');
  }
  const web = `https://github.com/${repo.fullName}`;
  return {
    status: 200,
    headers,
    body: {
      url: `${ctx.baseUrl}${ctx.path}`,
      html_url: `${web}/compare/${refs[0]}...${refs[1]}`,
      permalink_url: `${web}/compare/${owner}:${base.sha.slice(0, 7)}...${owner}:${head.sha.slice(0, 7)}`,
      diff_url: `${web}/compare/${refs[0]}...${refs[1]}.diff`,
      patch_url: `${web}/compare/${refs[0]}...${refs[1]}.patch`,
      base_commit: commitJson(ctx, repo, base),
      merge_base_commit: commitJson(ctx, repo, result.mergeBase),
      status: result.status,
      ahead_by: result.aheadBy,
      behind_by: result.behindBy,
      total_commits: result.aheadBy,
      commits: pageCommits.map((commit) => commitJson(ctx, repo, commit)),
      files: result.files.slice(0, 300).map((file) => ({
        sha: file.filename.length.toString(16).padStart(40, '0'),
        filename: file.filename,
        status: file.status,
        additions: file.additions,
        deletions: file.deletions,
        changes: file.additions + file.deletions,
        blob_url: `${web}/blob/${head.sha}/${file.filename}`,
        raw_url: `${web}/raw/${head.sha}/${file.filename}`,
      })),
    },
  };
}

export const githubRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/kolkrabbi\/apps\/([^/]+)\/github$/,
    zone: 'kolkrabbi',
    handle(ctx, [id]) {
      const app = findApp(ctx.state, id!);
      if (!app || !app.githubConnected) return herokuError(404, 'not_found', 'Not found.');
      const repo = ctx.state.repos.get(app.repo);
      return json({
        app_id: app.id,
        repo: app.repo,
        repo_id: repo?.githubId ?? null,
        branch: app.branch,
        auto_deploy: app.branch === 'main',
        wait_for_ci: true,
        pull_requests: {enabled: false, auto_deploy: false, auto_destroy: false},
        created_at: app.createdAt,
        updated_at: app.updatedAt,
      });
    },
  },
  {
    method: 'GET',
    pattern: /^\/kolkrabbi\/account\/github\/token$/,
    zone: 'kolkrabbi',
    handle(ctx) {
      if (!ctx.state.github.linked) {
        return herokuError(401, 'unauthorized', 'This Heroku account is not linked to GitHub.');
      }
      return json({github: {token: ctx.githubToken}});
    },
  },
  {
    method: 'GET',
    pattern: /^\/github\/api\/v3\/repos\/([^/]+)\/([^/]+)\/compare\/(.+)$/,
    zone: 'github',
    handle: compare,
  },
];
