import {describe, expect, it} from 'vitest';
import {HerokuClient} from '../../source/heroku/client.js';
import {ApiError} from '../../source/heroku/errors.js';
import {cleanRequestId} from '../../source/heroku/request-id.js';
import {captureServer, caught} from './helpers.js';

const TOKEN = 'HRKU-r1r2r3r4-aaaa-bbbb-cccc-0d0e0f101112';

async function failureWithRequestId(requestId: string): Promise<ApiError> {
  const api = await captureServer(() => ({
    status: 401,
    body: '{"id": "unauthorized", "message": "Invalid credentials provided."}',
    headers: {'content-type': 'application/json', 'request-id': requestId},
  }));
  const client = new HerokuClient({apiUrl: api.url, token: TOKEN});
  const error = await caught(client.account());
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('Request-Id from a hostile server', () => {
  it('a server echoing the token as the Request-Id does not get it printed', async () => {
    const error = await failureWithRequestId(`${TOKEN}`);
    expect(error.describe()).not.toContain(TOKEN);
    expect(error.describe()).toContain('(Request-Id [redacted])');
  });

  it('the token inside a longer Request-Id, split by junk, is still cut out', async () => {
    const error = await failureWithRequestId(`abc-${TOKEN}-def`);
    expect(error.requestId).toBe('abc-[redacted]-def');
    const spaced = await failureWithRequestId(`${TOKEN.slice(0, 10)} ${TOKEN.slice(10)}`);
    expect(spaced.describe()).not.toContain(TOKEN);
  });

  it('a huge Request-Id is bounded', async () => {
    const error = await failureWithRequestId('a'.repeat(6000));
    expect(error.requestId!.length).toBeLessThanOrEqual(101);
    expect(error.describe().length).toBeLessThan(200);
  });

  it('keeps an ordinary Request-Id whole', async () => {
    const id = '0f3b7c2e-1a2b-4c5d-8e9f-aabbccddeeff';
    expect((await failureWithRequestId(id)).describe()).toContain(`(Request-Id ${id})`);
  });

  it('drops characters a request id never has (spaces, quotes, controls)', () => {
    expect(cleanRequestId('id "quoted"\u001b[2J; x')).toBe('idquoted[2Jx');
    expect(cleanRequestId('   ')).toBeNull();
  });

  it('bounds a Request-Id set on an error by hand', () => {
    const error = new ApiError('Failed.', {requestId: 'z'.repeat(500)});
    expect(error.describe()).toBe(`Failed. (Request-Id ${'z'.repeat(100)}…)`);
  });
});
