import {describe, expect, it} from 'vitest';
import type {HerokuClient} from '../../source/heroku/client.js';
import {Artifacts} from '../../source/heroku/snapshot-artifacts.js';
import type {WireBuild, WireRelease, WireSlug} from '../../source/heroku/wire.js';

// A client that records which slugs were asked for and answers with a commit of its own.
function client() {
  const asked: string[] = [];
  const fake = {
    slug: async (_app: string, id: string): Promise<WireSlug> => {
      asked.push(id);
      return {id, commit: `fetched-${id}`};
    },
  };
  return {client: fake as unknown as HerokuClient, asked};
}

const release = (slug: string): WireRelease => ({
  id: `r-${slug}`,
  version: 1,
  status: 'succeeded',
  slug: {id: slug},
  created_at: '2026-01-01T00:00:00Z',
});

describe('Artifacts with the latest builds', () => {
  it('takes commits from succeeded builds, skips odd entries, and asks for the rest', async () => {
    const {client: heroku, asked} = client();
    const builds = [
      null,
      'nonsense',
      {id: 'b1', status: 'succeeded', slug: {id: 's1'}, source_blob: {version: 'aaa'}},
      {id: 'b2', status: 'failed', slug: {id: 's2'}, source_blob: {version: 'bbb'}},
      {id: 'b3', status: 'succeeded', slug: null, source_blob: {version: 'ccc'}},
    ] as unknown as WireBuild[];
    const artifacts = new Artifacts(heroku, undefined, builds);
    artifacts.want('app-1', release('s1'));
    artifacts.want('app-2', release('s2'));
    await artifacts.load();
    expect(artifacts.slugs.s1?.commit).toBe('aaa');
    expect(artifacts.slugs.s2?.commit).toBe('fetched-s2');
    expect(asked).toEqual(['s2']);
  });
});
