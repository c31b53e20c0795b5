import {HerokuClient} from '../heroku/client.js';
import type {UnauthorizedError} from '../heroku/errors.js';
import {ConfigError} from '../shared/errors.js';
import {resolveApiUrl, resolveServiceUrls} from '../heroku/host.js';
import {
  openCredentialStore,
  resolveGitHubToken,
  resolveToken,
  type CredentialStore,
  type ResolvedToken,
} from '../credentials/index.js';
import {createDiffService, createGitHubSource, createLocalGitSource} from '../diff/index.js';
import {gitlabFromEnv} from '../diff/gitlab-setup.js';
import {
  createCiService,
  createGitHubCiSource,
  createGitLabCiSource,
  createHerokuCiSource,
} from '../ci/index.js';
import type {Simulator} from '../simulator/index.js';
import type {Services} from '../contract/services.js';
import {createServices} from './create-services.js';
import {notificationSettings, type NotificationSettings} from '../board/notifications.js';
import {createUrlOpener} from './browser.js';
import {copyText} from './clipboard.js';
import {createBoardBell} from './notify.js';

// Everything a mode needs from the outside world, built once from the environment.
export type Runtime = {
  apiUrl: URL;
  apiHost: string;
  env: NodeJS.ProcessEnv;
  // null in --demo, which must not touch the person's saved settings.
  store: CredentialStore | null;
  simulator: Simulator | null;
  token: ResolvedToken | null;
  // From --no-notify and PIPELINE_TUI_NOTIFY; the board rings by these.
  notifications: NotificationSettings;
  client(token: string): HerokuClient;
  services(token: string, onUnauthorized?: (error: UnauthorizedError) => void): Services;
};

export type RuntimeOptions = {
  env: NodeJS.ProcessEnv;
  simulator?: Simulator | null;
  repoPath?: string;
  noNotify?: boolean;
  // The terminal the board is drawn on: the clipboard sequence and the bell go there.
  output?: {isTTY?: boolean; write(text: string): unknown};
  openUrl?: (url: string) => Promise<void>;
};

export function createRuntime(options: RuntimeOptions): Runtime {
  const simulator = options.simulator ?? null;
  // The demo points every service at the simulator; nothing reaches the network.
  const env: NodeJS.ProcessEnv = simulator
    ? {
        ...options.env,
        HEROKU_HOST: simulator.url,
        PIPELINE_TUI_KOLKRABBI_URL: simulator.kolkrabbiUrl,
        GITHUB_API_URL: simulator.githubUrl,
        GITHUB_TOKEN: '',
        GITLAB_URL: simulator.gitlabUrl,
        GITLAB_TOKEN: simulator.gitlabToken,
        GITLAB_PROJECTS: simulator.gitlabProjectsSetting,
        GITLAB_PROJECT: '',
      }
    : options.env;
  const apiUrl = resolveApiUrl(env);
  const notify = notificationSettings({
    noNotify: Boolean(options.noNotify),
    setting: env.PIPELINE_TUI_NOTIFY,
  });
  if (notify.problem) throw new ConfigError(notify.problem);
  const {kolkrabbi, githubApi} = resolveServiceUrls(env);
  const apiHost = apiUrl.host;
  const store = simulator ? null : openCredentialStore({env});
  const token: ResolvedToken | null = simulator
    ? {token: simulator.token, source: 'env'}
    : resolveToken({env, store: store!, apiHost});
  // The demo opens on its richest pipeline, as if it had been opened last time.
  const demoMemory = {
    value: simulator?.state.pipelines.find((p) => p.name === 'whitewave')?.id ?? null,
  };
  // `open` is loaded when first needed: most sessions never open a browser.
  const openUrl =
    options.openUrl ??
    createUrlOpener({
      platform: process.platform,
      env,
      launch: async (url) => {
        const {default: open} = await import('open');
        return open(url);
      },
    });

  const client = (secret: string) => new HerokuClient({apiUrl, token: secret});
  // Read once, so a bad GITLAB_URL or GITLAB_PROJECTS is one clear error at start.
  const gitlab = gitlabFromEnv(env, {
    repoPath: simulator ? null : (options.repoPath ?? process.cwd()),
  });

  function services(secret: string, onUnauthorized?: (error: UnauthorizedError) => void) {
    const herokuClient = client(secret);
    const githubToken = store ? resolveGitHubToken(env, store) : null;
    const github = createGitHubSource({
      kolkrabbiUrl: kolkrabbi,
      githubApiUrl: githubApi,
      herokuToken: secret,
      githubToken,
    });
    // The demo's commits exist only in the simulator: a local checkout would only confuse.
    const sources = simulator
      ? [github]
      : [github, createLocalGitSource({repoPath: options.repoPath ?? process.cwd()})];
    // GitLab answers for apps Heroku's GitHub integration does not know, before local git.
    if (gitlab) sources.splice(1, 0, gitlab.source);
    const ci = createCiService([
      createGitHubCiSource({
        kolkrabbiUrl: kolkrabbi,
        githubApiUrl: githubApi,
        herokuToken: secret,
        githubToken,
      }),
      ...(gitlab ? [createGitLabCiSource(gitlab)] : []),
      createHerokuCiSource({testRuns: (id) => herokuClient.testRuns(id)}),
    ]);
    const output = options.output ?? process.stdout;
    return createServices({
      client: herokuClient,
      clipboard: (text, name) => copyText(text, name, {output, env}),
      bell: createBoardBell({settings: notify.settings, env, output}),
      diff: createDiffService(sources),
      ci,
      openUrl,
      onUnauthorized,
      memory: store
        ? {
            get: () => store.getLastPipeline(apiHost),
            idNamed: (name) => store.getLastPipelineNamed(apiHost, name),
            set: (id, name) => store.setLastPipeline(apiHost, id, name),
          }
        : {
            get: () => demoMemory.value,
            idNamed: () => null,
            set: (id) => void (demoMemory.value = id),
          },
    });
  }

  return {
    apiUrl,
    apiHost,
    env,
    store,
    simulator,
    token,
    notifications: notify.settings,
    client,
    services,
  };
}

export function requireToken(runtime: Runtime): ResolvedToken {
  if (runtime.token) return runtime.token;
  throw new ConfigError(
    `No Heroku token found for ${runtime.apiHost}: run \`pipeline-tui login\`, or set HEROKU_API_KEY.`,
  );
}
