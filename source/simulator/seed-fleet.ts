import {DAY, couple, createApp, createPipeline, ensureRepo, isoAgo} from './builder.js';
import {addPerson, addTeam, fillerMessage, type Person} from './seed-people.js';
import {story} from './seed-story.js';
import type {SimState, SimTeam} from './state.js';

// Many small pipelines for the overview: most wait in staging for hours or days, and every
// eighth of each kind is in sync, diverged (a production hotfix), failing (a failed staging
// release and a crashed production dyno), on Fir, or without a staging app.

const WORDS = [
  'acorn',
  'atlas',
  'beacon',
  'birch',
  'cobalt',
  'comet',
  'dahlia',
  'delta',
  'ember',
  'fable',
  'fennel',
  'garnet',
  'harbor',
  'indigo',
  'juniper',
  'kestrel',
  'lantern',
  'maple',
  'nimbus',
  'onyx',
  'orchid',
  'pebble',
  'quartz',
  'raven',
  'saffron',
  'sequoia',
  'thistle',
  'umber',
  'vesper',
  'willow',
];

const KINDS = [
  'waiting',
  'waiting',
  'in-sync',
  'waiting',
  'diverged',
  'failing',
  'fir',
  'no-staging',
] as const;
export type FleetKind = (typeof KINDS)[number];
export const fleetKind = (index: number): FleetKind => KINDS[index % KINDS.length]!;

const web = [{type: 'web', quantity: 2, size: 'Standard-1X', command: 'bin/web'}];

type Fleet = {teams: SimTeam[]; people: Person[]};

function crew(state: SimState): Fleet {
  const teams = ['platform', 'payments', 'growth'].map((name) => addTeam(state, `fleet-${name}`));
  const people = [
    addPerson(state, 'Rosa Lind', 'rosa.lind@fleet.example', 'rosal'),
    addPerson(state, 'Ken Ito', 'ken.ito@fleet.example', 'kito'),
    addPerson(state, 'Ada Okafor', 'ada.okafor@fleet.example', 'adao'),
  ];
  return {teams, people};
}

export function fleetName(index: number): string {
  const word = WORDS[index % WORDS.length]!;
  const round = Math.floor(index / WORDS.length);
  return round === 0 ? word : `${word}-${round + 1}`;
}

// `count` pipelines named after WORDS (then word-2, word-3, ...).
export function seedFleet(state: SimState, count: number): void {
  const fleet = crew(state);
  for (let index = 0; index < count; index++) seedOne(state, fleet, index);
}

function seedOne(state: SimState, fleet: Fleet, index: number): void {
  const s = story(state);
  const kind = fleetKind(index);
  const name = fleetName(index);
  const repo = `fleet/${name}`;
  ensureRepo(state, repo);
  const team = fleet.teams[index % fleet.teams.length]!;
  const by = fleet.people[index % fleet.people.length]!;
  const promoter = fleet.people[(index + 1) % fleet.people.length]!;
  const generation = kind === 'fir' ? 'fir' : 'cedar';
  const pipeline = createPipeline(state, {
    name,
    owner: {id: team.id, type: 'team'},
    generation,
    at: isoAgo(state, 120 * DAY),
  });
  const app = (suffix: string) =>
    createApp(state, {
      name: `${name}-${suffix}`,
      repo,
      teamId: team.id,
      generation,
      formation: web,
      at: isoAgo(state, 100 * DAY),
    });
  const production = app('prod');
  couple(state, pipeline, production, 'production');
  const base = s.commit(repo, 'main', by, fillerMessage(index), 30 * DAY);
  if (kind === 'no-staging') {
    s.deploy(production, base, by, 30 * DAY - 5);
    return;
  }
  const staging = app('staging');
  couple(state, pipeline, staging, 'staging');
  const shipped = s.deploy(staging, base, by, 30 * DAY - 5);
  s.promote(production, staging, shipped, promoter, 20 * DAY + (index % 5) * 60);
  if (kind === 'in-sync') return;

  // Waiting: 1 to 4 commits, the oldest (index % 9) days and some hours ago.
  const waiting = 1 + (index % 4);
  const oldest = (index % 9) * DAY + 3 * 60 + index * 7;
  let sha = base;
  for (let n = 0; n < waiting; n++) {
    const ago = oldest - n * 90;
    sha = s.commit(repo, 'main', by, fillerMessage(index + n + 1), ago, {parent: sha});
    s.deploy(
      staging,
      sha,
      by,
      ago - 5,
      kind === 'failing' && n === waiting - 1 ? 'Release command failed' : undefined,
    );
  }
  if (kind === 'diverged') {
    const hotfix = s.commit(
      repo,
      'hotfix',
      promoter,
      'Hotfix: cap retries on the payment webhook',
      2 * DAY,
      {parent: base},
    );
    s.deploy(production, hotfix, promoter, 2 * DAY - 5);
  }
  if (kind === 'failing') {
    const dyno = production.dynos[0];
    if (dyno) dyno.state = 'crashed';
  }
}
