import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  gitlabProjectOfRemote,
  parseGitLabProjects,
  projectFromSettings,
} from '../../source/diff/gitlab-project.js';
import {gitlabFromEnv} from '../../source/diff/gitlab-setup.js';

describe('the GitLab project of an app', () => {
  it('is read from a remote on the GitLab host, with subgroups', () => {
    expect(gitlabProjectOfRemote('git@gitlab.com:group/sub/app.git', 'gitlab.com')).toBe(
      'group/sub/app',
    );
    expect(gitlabProjectOfRemote('https://git.example.org/team/app.git\n', 'git.example.org')).toBe(
      'team/app',
    );
    expect(
      gitlabProjectOfRemote('ssh://git@git.example.org:2222/team/app', 'git.example.org'),
    ).toBe('team/app');
  });

  it('is not guessed from a remote on another host or with an odd path', () => {
    expect(gitlabProjectOfRemote('git@github.com:team/app.git', 'gitlab.com')).toBeNull();
    expect(gitlabProjectOfRemote('git@bitbucket.org:team/app.git', 'gitlab.com')).toBeNull();
    expect(gitlabProjectOfRemote('https://gitlab.com/app', 'gitlab.com')).toBeNull();
    expect(gitlabProjectOfRemote('https://gitlab.com/a/b c', 'gitlab.com')).toBeNull();
  });

  it('comes from GITLAB_PROJECTS per app, else GITLAB_PROJECT', () => {
    const settings = parseGitLabProjects({
      GITLAB_PROJECTS: 'ledger-staging=northwind/ledger, ledger-production=northwind/ledger',
      GITLAB_PROJECT: 'northwind/other',
    });
    expect(projectFromSettings(settings, 'ledger-staging')).toBe('northwind/ledger');
    expect(projectFromSettings(settings, 'anything')).toBe('northwind/other');
    expect(projectFromSettings(parseGitLabProjects({}), 'anything')).toBeNull();
  });

  it('says in one sentence what is wrong with a setting', () => {
    expect(() => parseGitLabProjects({GITLAB_PROJECTS: 'ledger-staging'})).toThrow(
      'GITLAB_PROJECTS has "ledger-staging"; each entry is APP=group/project, separated by commas.',
    );
    expect(() => parseGitLabProjects({GITLAB_PROJECT: 'nogroup'})).toThrow(
      'GITLAB_PROJECT must be a project path like group/project.',
    );
  });

  it("falls back to the checkout's origin remote", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gitlab-remote-'));
    try {
      execFileSync('git', ['init', '-q', dir]);
      execFileSync('git', ['-C', dir, 'remote', 'add', 'origin', 'git@gitlab.com:acme/shop.git']);
      const setup = gitlabFromEnv({GITLAB_TOKEN: 'glpat-x'}, {repoPath: dir});
      expect(await setup!.projectOf({appName: 'shop-staging'})).toBe('acme/shop');
      const listed = gitlabFromEnv(
        {GITLAB_TOKEN: 'glpat-x', GITLAB_PROJECTS: 'shop-staging=acme/listed'},
        {repoPath: dir},
      );
      expect(await listed!.projectOf({appName: 'shop-staging'})).toBe('acme/listed');
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
