import {describe, expect, it} from 'vitest';
import {bursts, countRounds, isPlatformRequest} from '../../bench/rounds.js';
import {median, quantile, summarize} from '../../bench/stats.js';

const request = (startedAt: number, endedAt: number) => ({startedAt, endedAt});

describe('countRounds', () => {
  it('counts requests that overlap in time as one round', () => {
    expect(countRounds([request(0, 80), request(1, 81), request(5, 90)])).toBe(1);
  });

  it('opens a round for a request that starts after every earlier one ended', () => {
    const log = [
      request(0, 80),
      request(2, 82),
      request(83, 160),
      request(161, 240),
      request(170, 250),
    ];
    expect(countRounds(log)).toBe(3);
  });

  it('keeps a chain of overlapping requests in one round, in any order', () => {
    expect(countRounds([request(150, 230), request(0, 80), request(70, 160)])).toBe(1);
  });

  it('has no round without requests', () => {
    expect(countRounds([])).toBe(0);
  });
});

describe('bursts', () => {
  it('splits at quiet gaps and keeps requests in flight in their burst', () => {
    const log = [request(0, 80), request(1, 82), request(1000, 1080), request(1001, 0)];
    expect(bursts(log, 400).map((group) => group.length)).toEqual([2, 2]);
  });

  it('does not split a burst while one of its requests is still in flight', () => {
    const log = [request(0, 0), request(600, 0), request(1200, 1300)];
    expect(bursts(log, 400)).toHaveLength(1);
  });
});

describe('isPlatformRequest', () => {
  it('tells Heroku API paths from the GitHub integration, compare API and streams', () => {
    expect(isPlatformRequest({path: '/pipelines/abc/latest-releases'})).toBe(true);
    expect(isPlatformRequest({path: '/kolkrabbi/apps/abc/github'})).toBe(false);
    expect(isPlatformRequest({path: '/github/api/v3/repos/a/b/compare/x...y'})).toBe(false);
    expect(isPlatformRequest({path: '/streams/abc'})).toBe(false);
  });
});

describe('stats', () => {
  it('takes the nearest-rank quantile and the middle for the median', () => {
    const sorted = Array.from({length: 20}, (_, i) => i + 1);
    expect(quantile(sorted, 0.95)).toBe(19);
    expect(quantile(sorted, 1)).toBe(20);
    expect(median([1, 2, 3])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });

  it('summarizes unsorted values', () => {
    expect(summarize([30, 10, 20])).toEqual({count: 3, min: 10, median: 20, p95: 30, max: 30});
  });

  it('says n/a for no values rather than inventing one', () => {
    expect(Number.isNaN(summarize([]).median)).toBe(true);
  });
});
