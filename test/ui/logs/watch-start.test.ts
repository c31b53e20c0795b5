import {describe, expect, it} from 'vitest';
import {watchStart} from '../../../source/ui/logs/useVerification.js';

describe('watchStart', () => {
  const now = Date.parse('2026-12-03T10:00:00Z');

  it('starts at the release while it lies in the window', () => {
    expect(watchStart('2026-12-03T09:57:00Z', now, 5)).toBe(Date.parse('2026-12-03T09:57:00Z'));
  });

  it('starts now for an older release, a release in the future or none', () => {
    expect(watchStart('2026-12-03T09:50:00Z', now, 5)).toBe(now);
    expect(watchStart('2026-12-03T10:01:00Z', now, 5)).toBe(now);
    expect(watchStart(null, now, 5)).toBe(now);
    expect(watchStart('not a date', now, 5)).toBe(now);
  });
});
