import {describe, expect, it} from 'vitest';
import {formatAge} from '../../source/shared/age.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('formatAge', () => {
  it.each([
    ['same instant', ago(0), 'now'],
    ['under a second', ago(999), 'now'],
    ['in the future (clock skew)', ago(-5 * M), 'now'],
    ['1 second', ago(S), '1s'],
    ['45 seconds', ago(45 * S), '45s'],
    ['59.9 seconds', ago(59_900), '59s'],
    ['1 minute', ago(M), '1m'],
    ['3 minutes', ago(3 * M + 20 * S), '3m'],
    ['59 minutes', ago(59 * M + 59 * S), '59m'],
    ['1 hour', ago(H), '1h'],
    ['2 hours', ago(2 * H + 30 * M), '2h'],
    ['23 hours', ago(23 * H + 59 * M), '23h'],
    ['1 day', ago(D), '1d'],
    ['5 days', ago(5 * D + 3 * H), '5d'],
    ['29 days', ago(29 * D), '29d'],
    ['30 days', ago(30 * D), '1mo'],
    ['3 months', ago(95 * D), '3mo'],
    ['364 days', ago(364 * D), '12mo'],
    ['1 year', ago(365 * D), '1y'],
    ['2 years', ago(800 * D), '2y'],
  ])('%s -> %s', (_name, iso, expected) => {
    expect(formatAge(iso, NOW)).toBe(expected);
  });

  it.each([
    ['null', null],
    ['empty', ''],
    ['not a date', 'yesterday-ish'],
  ])('%s -> empty', (_name, iso) => {
    expect(formatAge(iso, NOW)).toBe('');
  });

  it('reads offsets other than Z', () => {
    expect(formatAge('2025-06-01T13:00:00+02:00', NOW)).toBe('1h');
  });
});
