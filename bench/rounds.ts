import type {SimRequest} from '../source/simulator/index.js';

// Sequential round trips in a request log: a request that starts only after every earlier
// request has ended had to wait for them, so it opens a new round. Requests overlapping in
// time share a round. A cap on requests in flight shows up here as extra rounds.
export function countRounds(requests: Array<Pick<SimRequest, 'startedAt' | 'endedAt'>>): number {
  const sorted = [...requests].sort((a, b) => a.startedAt - b.startedAt);
  let rounds = 0;
  let roundEnd = Number.NEGATIVE_INFINITY;
  for (const request of sorted) {
    if (request.startedAt > roundEnd) rounds += 1;
    roundEnd = Math.max(roundEnd, request.endedAt);
  }
  return rounds;
}

// Requests of the Heroku Platform API, as opposed to the GitHub integration, GitHub's
// compare API and release-output streams that the simulator also serves.
export function isPlatformRequest(request: Pick<SimRequest, 'path'>): boolean {
  return !/^\/(kolkrabbi|github|streams)\//.test(request.path);
}

// Splits a log into bursts separated by at least `quietMs` without any request in flight
// (a request still in flight has endedAt 0).
export function bursts<T extends Pick<SimRequest, 'startedAt' | 'endedAt'>>(
  requests: T[],
  quietMs: number,
): T[][] {
  const sorted = [...requests].sort((a, b) => a.startedAt - b.startedAt);
  const groups: T[][] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const request of sorted) {
    if (request.startedAt - end >= quietMs) groups.push([]);
    groups.at(-1)!.push(request);
    end = Math.max(end, request.endedAt === 0 ? Number.POSITIVE_INFINITY : request.endedAt);
  }
  return groups;
}
