import {describe, expect, it} from 'vitest';
import {latestByApp} from '../../source/shared/latest-by-app.js';

describe('latestByApp', () => {
  it('keeps the highest version per app, whatever the order', () => {
    const latest = latestByApp([
      {id: 'r1', app: {id: 'a'}, version: 3},
      {id: 'r2', app: {id: 'a'}, version: 7},
      {id: 'r3', app: {id: 'b'}, version: 1},
      {id: 'r4', app: {id: 'a'}, version: 5},
    ]);
    expect([...latest].map(([app, r]) => [app, r.id])).toEqual([
      ['a', 'r2'],
      ['b', 'r3'],
    ]);
  });

  it('skips records without an app id', () => {
    expect(latestByApp([null, {version: 2}, {app: {id: ''}, version: 1}]).size).toBe(0);
  });
});
