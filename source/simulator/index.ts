import {randomBytes, randomUUID} from 'node:crypto';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {deployCommit} from './builder.js';
import {commitOnBranch} from './git.js';
import {setConfigVars} from './releases.js';
import {appRoutes} from './routes-apps.js';
import {githubRoutes} from './routes-github.js';
import {ciRoutes} from './routes-ci.js';
import {gitlabRoutes} from './routes-gitlab.js';
import {ciWorld} from './ci-world.js';
import {platformRoutes} from './routes-platform.js';
import {promotionRoutes} from './promotions.js';
import {setupRoutes} from './routes-setup.js';
import {dropLogStreams, failAfterPromotion, logRoutes, logWorld} from './routes-logs.js';
import type {LogOptions} from './routes-logs.js';
import {seedDemo} from './seed-demo.js';
import {seedLargePipeline} from './seed-large.js';
import {seedFleet} from './seed-fleet.js';
import {coupleSecondProduction} from './seed-regions.js';
import {maintenanceRoutes} from './routes-maintenance.js';
import {createRequestHandler} from './server.js';
import type {Fault, SimRequest} from './server.js';
import {createState, findApp} from './state.js';
import type {SimApp, SimState} from './state.js';

export type {Fault, SimRequest} from './server.js';
export type {SimState} from './state.js';

export type SimulatorOptions = {
  port?: number; // 0 (default) = random free port; listens on 127.0.0.1 only
  latencyMs?: number; // added before every response
  token?: string; // the one valid Heroku token (default: random 'HRKU-sim-...')
  githubToken?: string; // what kolkrabbi's /account/github/token returns
  gitlabToken?: string; // the one PRIVATE-TOKEN the GitLab API accepts
  seed?: 'demo' | 'empty' | {largePipeline: {apps: number}} | {fleet: number};
  pageSize?: number; // the server's cap on a list page's `max` (default 1000)
  promotionStepMs?: number; // time between promotion progress steps (default 800)
  // When set, promotion and rollback POSTs answer 403 two_factor until
  // Heroku-Two-Factor-Code carries it.
  twoFactorCode?: string | null;
  rateLimitRefillPerMinute?: number; // default 75, as Heroku's bucket
  logs?: LogOptions; // log sessions: traffic, session length, the failing-promotion scenario
  // Dynos restart one by one this far apart after a release (default 0: all at once).
  rollingRestartMs?: number;
  // whitewave-prod-eu joins whitewave's production stage: two production apps, for waves.
  secondProduction?: boolean;
};

export type DeployInput = {message: string; author?: string; sha?: string; parent?: string};

export type Simulator = {
  url: string;
  kolkrabbiUrl: string;
  githubUrl: string;
  token: string;
  githubToken: string;
  gitlabUrl: string; // GITLAB_URL for the simulated GitLab (its API is under api/v4)
  gitlabToken: string;
  // GITLAB_PROJECTS for the apps whose code is on the simulated GitLab ("app=group/name,...").
  gitlabProjectsSetting: string;
  requests: SimRequest[];
  faults: {add(fault: Fault): void; clear(): void};
  state: SimState;
  deploy(app: string, commit: DeployInput): {version: number; sha: string};
  // Commits on the app's branch without deploying them (e.g. to make a long compare).
  pushCommits(app: string, count: number): string[];
  setConfigVar(app: string, name: string, value: string | null): void;
  failNextPromotion(app: string, message: string): void;
  setDynoState(
    app: string,
    dyno: string,
    state: 'crashed' | 'down' | 'idle' | 'starting' | 'up',
  ): void;
  setMaintenance(app: string, on: boolean): void;
  // Ends every open log stream, as when sessions expire; returns how many were open.
  dropLogStreams(): number;
  // The app answers 5xx and H12 once a promotion lands on it.
  failAfterPromotion(app: string): void;
  revokeToken(): void;
  promotions(): Array<{
    id: string;
    sourceAppId: string;
    releaseId: string | null;
    targetAppIds: string[];
    twoFactorCode: string | null;
  }>;
  appId(name: string): string;
  close(): Promise<void>;
};

const account = {email: 'avery.brooks@whitewave.io', name: 'Avery Brooks'};

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const state = createState({...account, id: randomUUID()}, options.rateLimitRefillPerMinute ?? 75);
  const seed = options.seed ?? 'demo';
  if (seed === 'demo') seedDemo(state);
  else if (seed !== 'empty' && 'fleet' in seed) seedFleet(state, seed.fleet);
  else if (seed !== 'empty') seedLargePipeline(state, seed.largePipeline.apps);
  if (options.secondProduction) coupleSecondProduction(state);
  logWorld(state, options.logs);
  for (const seeded of state.apps) seeded.rollingRestartMs = options.rollingRestartMs ?? 0;

  const token = options.token ?? `HRKU-sim-${randomBytes(16).toString('hex')}`;
  const githubToken = options.githubToken ?? `gho_sim${randomBytes(15).toString('hex')}`;
  const gitlabToken = options.gitlabToken ?? `glpat-sim${randomBytes(10).toString('hex')}`;
  ciWorld(state).gitlabToken = gitlabToken;
  const requests: SimRequest[] = [];
  const faults: Fault[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;
  let url = '';

  const schedule = (fn: () => void, ms: number) => {
    if (closed) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };
  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const server = createServer(
    createRequestHandler({
      state,
      routes: [
        ...platformRoutes,
        ...setupRoutes,
        ...appRoutes,
        ...promotionRoutes,
        ...githubRoutes,
        ...logRoutes,
        ...ciRoutes,
        ...gitlabRoutes,
        ...maintenanceRoutes,
      ],
      token,
      githubToken,
      latencyMs: options.latencyMs ?? 0,
      pageSize: options.pageSize ?? 1000,
      promotionStepMs: options.promotionStepMs ?? 800,
      twoFactorCode: options.twoFactorCode ?? null,
      requests,
      faults,
      baseUrl: () => url,
      schedule,
      delay,
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const app = (name: string): SimApp => {
    const found = findApp(state, name);
    if (!found) throw new Error(`The simulator has no app named ${name}.`);
    return found;
  };
  const now = () => new Date().toISOString();
  const authorOf = (name: string | undefined) => {
    const person = name ?? account.name;
    const handle = person.toLowerCase().replace(/[^a-z0-9]+/g, '.');
    return {name: person, email: `${handle}@whitewave.io`, login: handle.replace(/\./g, '-')};
  };

  return {
    url,
    kolkrabbiUrl: `${url}/kolkrabbi`,
    githubUrl: `${url}/github/api/v3`,
    token,
    githubToken,
    gitlabUrl: `${url}/gitlab/`,
    gitlabToken,
    gitlabProjectsSetting: gitlabProjectsSetting(state),
    requests,
    faults: {
      add: (fault) => void faults.push({...fault}),
      clear: () => void faults.splice(0),
    },
    state,
    deploy(name, input) {
      const target = app(name);
      const repo = state.repos.get(target.repo)!;
      const commit = commitOnBranch(repo, target.branch, {
        message: input.message,
        author: authorOf(input.author),
        date: now(),
        sha: input.sha,
        parent: input.parent,
        files: [{filename: 'app/models/order.rb', status: 'modified', additions: 4, deletions: 1}],
      });
      const release = deployCommit(state, target, commit.sha, {
        at: now(),
        userId: state.account.id,
      });
      return {version: release.version, sha: commit.sha};
    },
    pushCommits(name, count) {
      const target = app(name);
      const repo = state.repos.get(target.repo)!;
      return Array.from({length: count}, (_, n) => {
        const commit = commitOnBranch(repo, target.branch, {
          message: `Tidy up module ${n + 1}`,
          author: authorOf(undefined),
          date: new Date(Date.now() + n).toISOString(),
        });
        return commit.sha;
      });
    },
    setConfigVar(name, variable, value) {
      setConfigVars(state, app(name), {[variable]: value}, now(), state.account.id);
    },
    failNextPromotion(name, message) {
      state.failNextPromotion.set(app(name).id, message);
    },
    setDynoState(name, dynoName, dynoState) {
      const dyno = app(name).dynos.find((d) => d.name === dynoName);
      if (!dyno) throw new Error(`${name} has no dyno named ${dynoName}.`);
      dyno.state = dynoState;
      dyno.updatedAt = now();
    },
    setMaintenance(name, on) {
      const target = app(name);
      target.maintenance = on;
      target.updatedAt = now();
    },
    dropLogStreams: () => dropLogStreams(state),
    failAfterPromotion(name) {
      failAfterPromotion(state, app(name).id);
    },
    revokeToken() {
      state.tokenRevoked = true;
    },
    promotions: () =>
      state.promotions.map((p) => ({
        id: p.id,
        sourceAppId: p.sourceAppId,
        releaseId: p.requestedReleaseId,
        targetAppIds: p.targets.map((t) => t.appId),
        twoFactorCode: p.twoFactorCode,
      })),
    appId: (name) => app(name).id,
    async close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function gitlabProjectsSetting(state: SimState): string {
  const projectOfRepo = new Map(
    [...ciWorld(state).gitlabProjects].map(([project, repo]) => [repo, project]),
  );
  return state.apps
    .filter((app) => projectOfRepo.has(app.repo))
    .map((app) => `${app.name}=${projectOfRepo.get(app.repo)}`)
    .join(',');
}
