import {describe, expect, it} from 'vitest';
import {HerokuClient} from '../../source/heroku/client.js';
import {ApiError} from '../../source/heroku/errors.js';
import {captureServer, caught, clientFor, simulator} from './helpers.js';

describe('readOutputStream', () => {
  it('reads the release-phase output of a release', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    const staging = sim.state.apps.find((a) => a.name === 'whitewave-staging')!;
    const version = staging.releases.findLast((r) => r.outputStreamId)!.version;
    const release = await client.release(staging.name, version);
    expect(release.output_stream_url).toBeTruthy();
    const text = await client.readOutputStream(release.output_stream_url!);
    expect(text).toBe(
      sim.state.streams.get(staging.releases.find((r) => r.version === version)!.outputStreamId!)!
        .text,
    );
  });

  it('answers null while the output is not there yet (404)', async () => {
    const sim = await simulator();
    const {client} = clientFor(sim);
    expect(await client.readOutputStream(`${sim.url}/streams/not-yet`)).toBeNull();
  });

  it('never sends the token to the output host', async () => {
    const output = await captureServer(() => ({
      status: 200,
      body: 'Running release command...\nMigrating\n',
      headers: {'content-type': 'text/plain'},
    }));
    const api = await captureServer(() => ({status: 200, body: '{"id": "a", "email": "e@x.io"}'}));
    const client = new HerokuClient({apiUrl: api.url, token: 'secret-token'});
    await client.account();
    expect(await client.readOutputStream(`${output.url}/streams/abc?sig=1`)).toBe(
      'Running release command...\nMigrating\n',
    );
    expect(api.requests[0]?.headers.authorization).toBe('Bearer secret-token');
    expect(output.requests).toHaveLength(1);
    expect(output.requests[0]?.headers.authorization).toBeUndefined();
    expect(JSON.stringify(output.requests[0]?.headers)).not.toContain('secret-token');
  });

  it('reports other failures without the secret URL', async () => {
    const output = await captureServer(() => ({status: 500, body: 'oops'}));
    const client = new HerokuClient({apiUrl: 'http://127.0.0.1:1', token: 'secret-token'});
    const url = `${output.url}/streams/very-secret-id`;
    const error = (await caught(client.readOutputStream(url))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('The release output could not be read (HTTP 500).');
    expect(error.message).not.toContain('very-secret-id');
    expect(await caught(client.readOutputStream('file:///etc/passwd'))).toBeInstanceOf(ApiError);
  });
});
