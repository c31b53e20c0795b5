import {describe, expect, it} from 'vitest';
import {groupRollout, rollingOut} from '../../source/board/card-rollout.js';
import {dynoGroups} from '../../source/board/build-board.js';
import type {DynoGroup} from '../../source/board/types.js';
import {dynosSegments} from '../../source/ui/card-lines.js';
import {makeApp} from '../ui/fixtures.js';

const web = (g: Partial<DynoGroup>): DynoGroup => ({
  type: 'web',
  quantity: 4,
  size: null,
  up: 4,
  crashed: 0,
  starting: 0,
  idle: 0,
  down: 0,
  ...g,
});
const text = (app: ReturnType<typeof makeApp>) =>
  dynosSegments(app)
    .map((s) => s.text)
    .join('');

describe('the dyno rollout on a card', () => {
  it('keeps the release each dyno runs', () => {
    const groups = dynoGroups(
      [{type: 'web', quantity: 2}],
      [
        {name: 'web.1', type: 'web', state: 'up', release: {id: 'r17', version: 17}},
        {name: 'web.2', type: 'web', state: 'starting', release: {id: 'r16', version: 16}},
      ],
    );
    expect(groups[0]?.versions).toEqual([17, 16]);
  });

  it('counts the dynos on the current release while others run an older one', () => {
    expect(groupRollout(web({versions: [17, 17, 17, 16]}), 17)).toEqual({
      onCurrent: 3,
      total: 4,
      version: 17,
    });
    expect(groupRollout(web({versions: [17, 17]}), 17)).toBeNull();
    expect(groupRollout(web({versions: [null, null]}), 17)).toBeNull();
    expect(groupRollout(web({}), 17)).toBeNull();
  });

  it('reads `web 3/4 on v17` with the crashed and starting dynos standing out', () => {
    const app = makeApp('shop-prod', 'production');
    const version = app.release!.version;
    const rolling = {
      ...app,
      dynos: [web({up: 2, crashed: 1, starting: 1, versions: [version, version, version, 16]})],
    };
    expect(text(rolling)).toBe(`web 3/4 on v${version} 1 crashed 1 starting`);
    const segments = dynosSegments(rolling);
    expect(segments.find((s) => s.text.includes('crashed'))).toMatchObject({
      color: 'red',
      bold: true,
    });
    expect(segments.find((s) => s.text.includes('starting'))?.color).toBe('yellow');
    expect(rollingOut(rolling)).toBe(true);
  });

  it('reads as before once every dyno runs the release', () => {
    const app = makeApp('shop-prod', 'production');
    const done = {...app, dynos: [web({versions: [app.release!.version]})]};
    expect(text(done)).toBe('web 4 up');
    expect(rollingOut(done)).toBe(false);
  });
});
