import {afterEach, describe, expect, it} from 'vitest';
import {startSimulator} from '../../source/simulator/index.js';
import type {Simulator} from '../../source/simulator/index.js';
import {paginate, parseRange} from '../../source/simulator/ranges.js';
import {call} from './helpers.js';

describe('parseRange', () => {
  it('reads the forms Heroku clients send', () => {
    expect(parseRange('id ..; max=1000;', 'id')).toEqual({
      field: 'id',
      start: null,
      end: null,
      max: 1000,
      order: 'asc',
    });
    expect(parseRange('version ..; max=10, order=desc', 'id')).toMatchObject({
      field: 'version',
      max: 10,
      order: 'desc',
    });
    expect(parseRange('name ]bluebird..; max=2', 'id')).toMatchObject({
      field: 'name',
      start: {value: 'bluebird', exclusive: true},
    });
    expect(parseRange(undefined, 'version')).toMatchObject({field: 'version', max: null});
  });

  it('refuses what it cannot read', () => {
    for (const bad of ['id', 'id ..; max=0', 'id ..; max=ten', 'id ..; order=sideways', '..']) {
      expect(parseRange(bad, 'id')).toBeNull();
    }
  });
});

describe('paginate', () => {
  const items = [5, 3, 9, 1, 7].map((n) => ({n}));
  const keyOf = (item: {n: number}) => item.n;

  it('sorts, caps the page and names the next range', () => {
    const page = paginate(items, parseRange('n ..; max=2', 'n')!, keyOf, 1000);
    expect(page.items.map(keyOf)).toEqual([1, 3]);
    expect(page.contentRange).toBe('n 1..3');
    expect(page.nextRange).toBe('n ]3..; max=2');
    const next = paginate(items, parseRange(page.nextRange!, 'n')!, keyOf, 1000);
    expect(next.items.map(keyOf)).toEqual([5, 7]);
  });

  it('walks in descending order and stops when complete', () => {
    const page = paginate(items, parseRange('n ..; max=3, order=desc', 'n')!, keyOf, 1000);
    expect(page.items.map(keyOf)).toEqual([9, 7, 5]);
    expect(page.nextRange).toBe('n ]5..; max=3, order=desc');
    const last = paginate(items, parseRange(page.nextRange!, 'n')!, keyOf, 1000);
    expect(last.items.map(keyOf)).toEqual([3, 1]);
    expect(last.nextRange).toBeNull();
  });

  it('applies the server cap below the requested max, and 200 by default', () => {
    expect(paginate(items, parseRange('n ..; max=1000', 'n')!, keyOf, 2).items).toHaveLength(2);
    const many = Array.from({length: 250}, (_, n) => ({n}));
    expect(paginate(many, parseRange(undefined, 'n')!, keyOf, 1000).items).toHaveLength(200);
  });
});

describe('ranged lists over HTTP', () => {
  let sim: Simulator;
  afterEach(async () => {
    await sim.close();
  });

  it('pages through pipelines with 206 and Next-Range until a 200', async () => {
    sim = await startSimulator({pageSize: 1});
    const names: string[] = [];
    let range = 'id ..; max=1000;';
    const statuses: number[] = [];
    for (let page = 0; page < 100; page++) {
      const answer = await call(sim, '/pipelines', {headers: {Range: range}});
      statuses.push(answer.status);
      expect(answer.headers.get('accept-ranges')).toBe('id, name');
      expect(answer.headers.get('content-range')).toMatch(/^id \S+\.\.\S+$/);
      names.push(...(answer.body as Array<{name: string}>).map((p) => p.name));
      const next = answer.headers.get('next-range');
      if (!next) break;
      range = next;
    }
    // One pipeline a page: a 206 with Next-Range for each but the last, which is a 200.
    const all = sim.state.pipelines.map((p) => p.name).sort();
    expect(statuses).toEqual([...Array(all.length - 1).fill(206), 200]);
    expect(names.sort()).toEqual(all);
    expect(all).toEqual(expect.arrayContaining(['bluebird', 'ledger', 'tally', 'whitewave']));
  });

  it('lists releases newest first with version ranges', async () => {
    sim = await startSimulator({pageSize: 4});
    const first = await call(sim, '/apps/whitewave-prod/releases', {
      headers: {Range: 'version ..; max=10, order=desc'},
    });
    expect(first.status).toBe(206);
    const versions = (first.body as Array<{version: number}>).map((r) => r.version);
    expect(versions).toHaveLength(4);
    expect(versions).toEqual([...versions].sort((a, b) => b - a));
    expect(first.headers.get('content-range')).toBe(`version ${versions[0]}..${versions[3]}`);
    const second = await call(sim, '/apps/whitewave-prod/releases', {
      headers: {Range: first.headers.get('next-range')!},
    });
    expect((second.body as Array<{version: number}>)[0]!.version).toBe(versions[3]! - 1);
  });

  it('answers 416 for a bad range or a field the list cannot sort by', async () => {
    sim = await startSimulator();
    for (const range of ['garbage', 'version ..; max=10', 'id ..; max=-1']) {
      const answer = await call(sim, '/pipelines', {headers: {Range: range}});
      expect(answer.status).toBe(416);
      expect(answer.body).toMatchObject({id: 'requested_range_not_satisfiable'});
    }
  });

  it('sorts apps by name on request', async () => {
    sim = await startSimulator();
    const answer = await call(sim, '/apps', {headers: {Range: 'name ..; max=3'}});
    const names = (answer.body as Array<{name: string}>).map((a) => a.name);
    const sorted = sim.state.apps.map((a) => a.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(names).toEqual(sorted.slice(0, 3));
  });
});
