import {describe, expect, it} from 'vitest';
import {MAX_RATE_LIMIT_WAIT_MS, parseRetryAfter, retryDelay} from '../../source/heroku/retry.js';

const policy = {limit: 3, baseDelayMs: 100};

describe('retryDelay', () => {
  it('backs off exponentially on network errors and 5xx, up to the limit', () => {
    expect(retryDelay({kind: 'network'}, 0, policy)).toBe(100);
    expect(retryDelay({kind: 'network'}, 1, policy)).toBe(200);
    expect(retryDelay({kind: 'status', status: 503, retryAfter: null}, 2, policy)).toBe(400);
    expect(retryDelay({kind: 'status', status: 500, retryAfter: null}, 3, policy)).toBeNull();
  });

  it('does not retry client errors', () => {
    for (const status of [400, 401, 403, 404, 416, 422]) {
      expect(retryDelay({kind: 'status', status, retryAfter: null}, 0, policy)).toBeNull();
    }
  });

  it('waits longer on 429, honours Retry-After, and gives up when it asks too much', () => {
    expect(retryDelay({kind: 'status', status: 429, retryAfter: null}, 0, policy)).toBe(400);
    expect(retryDelay({kind: 'status', status: 429, retryAfter: '2'}, 0, policy)).toBe(2000);
    expect(retryDelay({kind: 'status', status: 429, retryAfter: '3600'}, 0, policy)).toBeNull();
    const bound = MAX_RATE_LIMIT_WAIT_MS / 1000;
    expect(retryDelay({kind: 'status', status: 429, retryAfter: String(bound)}, 0, policy)).toBe(
      MAX_RATE_LIMIT_WAIT_MS,
    );
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:03 GMT', now)).toBe(3000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
