import {describe, expect, it} from 'vitest';
import {CARD_LINES, releaseSegments, type Segment} from '../../source/ui/card-lines.js';
import {comparisonSegments} from '../../source/ui/card-comparisons.js';
import {distinguishingNames} from '../../source/board/target-names.js';
import type {AppCard, Comparison, ComparisonStatus} from '../../source/board/types.js';
import {NOW, makeApp} from './fixtures.js';

const text = (segments: Segment[]) => segments.map((s) => s.text).join('');

function against(app: AppCard, to: string, status: ComparisonStatus, ahead = 0, behind = 0) {
  return {
    fromAppId: app.id,
    from: app.name,
    toAppId: `app-${to}`,
    to,
    status,
    ahead,
    behind,
    source: 'github',
    reason: null,
  } satisfies Comparison;
}

describe('the comparison line of a card with several targets', () => {
  const staging = makeApp('northwind-shop-stg', 'staging');

  it('names every target by what tells them apart, those that differ first', () => {
    const line = comparisonSegments(staging, [
      against(staging, 'northwind-shop-prd-eu', 'identical'),
      against(staging, 'northwind-shop-prd-us', 'ahead', 4),
    ]);
    expect(text(line)).toBe('→ us: 4 ahead · eu: in sync');
    expect(line.find((s) => s.text === '4 ahead')).toMatchObject({color: 'cyan'});
    expect(line.find((s) => s.text === 'in sync')).toMatchObject({color: 'green'});
  });

  it('groups the targets in sync', () => {
    const line = comparisonSegments(staging, [
      against(staging, 'shop-prd-eu', 'identical'),
      against(staging, 'shop-prd-us', 'identical'),
    ]);
    expect(text(line)).toBe('→ eu, us: in sync');
  });

  it('counts by state when the names do not fit, so no target is hidden by the cut', () => {
    const comparisons = [
      against(staging, 'northwind-shop-prd-eu', 'identical'),
      against(staging, 'northwind-shop-prd-us', 'ahead', 4),
      against(staging, 'northwind-shop-prd-ap', 'behind', 0, 1),
    ];
    expect(text(comparisonSegments(staging, comparisons, 20))).toBe(
      '→ 3 apps: 1 behind, 1 ahead, 1 in sync',
    );
    expect(text(comparisonSegments(staging, comparisons, 80))).toBe(
      '→ us: 4 ahead · ap: 1 behind · eu: in sync',
    );
  });

  it('keeps the whole name and the hotfix hint for a single target', () => {
    const line = comparisonSegments(staging, [against(staging, 'shop-prod', 'behind', 0, 2)], 10);
    expect(text(line)).toBe('→ shop-prod: 2 behind (hotfix only in production)');
  });

  it('is the last of the card lines, after release, commit and dynos', () => {
    const lines = CARD_LINES.map((line) =>
      text(
        line({app: staging, comparisons: [against(staging, 'p', 'ahead', 1)], now: NOW, room: 40}),
      ),
    );
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^v\d+ /);
    expect(lines[3]).toBe('→ p: 1 ahead');
  });
});

describe('distinguishingNames', () => {
  it.each([
    [
      ['a-prd-eu', 'a-prd-us'],
      ['eu', 'us'],
    ],
    [
      ['shop-eu', 'shop-eu-2'],
      ['eu', 'eu-2'],
    ],
    [
      ['alpha', 'beta'],
      ['alpha', 'beta'],
    ],
    [['one'], ['one']],
  ])('%j -> %j', (names, expected) => {
    expect(distinguishingNames(names)).toEqual(expected);
  });
});

describe('a card whose newest release did not go out', () => {
  it('says which release runs', () => {
    const app = makeApp('a-staging', 'staging');
    app.deployedRelease = {...app.release!, id: 'rel-8', version: 8};
    app.release = {...app.release!, id: 'rel-9', version: 9, status: 'failed'};
    const segments = releaseSegments(app, NOW);
    expect(text(segments)).toMatch(/^v9 failed, runs v8 3h/);
    // The compact card keeps the first two segments: the running release stays in them.
    expect(text(segments.slice(0, 2))).toBe('v9 failed, runs v8');
  });
});
