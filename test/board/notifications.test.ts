import {describe, expect, it} from 'vitest';
import {
  createNotifier,
  notificationSettings,
  type NotificationSettings,
} from '../../source/board/notifications.js';
import type {PromotionProgress} from '../../source/board/promotion-progress.js';
import type {Board} from '../../source/board/types.js';
import {board as makeBoard, card, release} from './promotion-fixtures.js';

const on: NotificationSettings = notificationSettings({noNotify: false}).settings;

function board(staging: number, crashed = 0): Board {
  const deployed = release(staging, {current: true});
  const dynos = [
    {
      type: 'web',
      quantity: 2,
      size: 'Standard-2X',
      up: 2 - crashed,
      crashed,
      starting: 0,
      idle: 0,
      down: 0,
    },
  ];
  return makeBoard([
    card('whitewave-staging', 'staging', {
      id: 'staging-id',
      release: deployed,
      deployedRelease: deployed,
    }),
    card('whitewave-prod', 'production', {id: 'prod-id', dynos}),
  ]);
}

function progress(
  phase: PromotionProgress['phase'],
  status: 'succeeded' | 'failed',
): PromotionProgress {
  return {
    phase,
    promotionId: 'promo-1',
    source: {
      appId: 'staging-id',
      name: 'whitewave-staging',
      releaseId: 'rel-42',
      version: 42,
      sha: null,
    },
    pipelineName: 'whitewave',
    startedAt: 1,
    now: 2,
    finishedAt: 2,
    targets: [
      {
        appId: 'prod-id',
        name: 'whitewave-prod',
        status,
        errorMessage: status === 'failed' ? 'Release phase failed' : null,
        releaseId: null,
        releaseVersion: null,
        finishedAt: 2,
        output: [],
      },
    ],
    message: null,
    twoFactorSent: false,
    waiting: null,
  };
}

describe('the notifier', () => {
  it('rings once for a new staging release, however often the board is seen again', () => {
    const notifier = createNotifier(on);
    expect(notifier.board(board(41))).toEqual([]);
    const notices = notifier.board(board(42));
    expect(notices).toEqual([
      expect.objectContaining({kind: 'staging-release', title: 'whitewave-staging has v42'}),
    ]);
    expect(notifier.board(board(42))).toEqual([]);
    expect(notifier.board(board(42))).toEqual([]);
  });

  it('rings for a crashed production dyno once', () => {
    const notifier = createNotifier(on);
    notifier.board(board(41));
    expect(notifier.board(board(41, 1))).toEqual([
      expect.objectContaining({
        kind: 'crash',
        title: 'whitewave-prod: a web dyno crashed',
        body: '1 of 2 web dynos crashed.',
      }),
    ]);
    expect(notifier.board(board(41, 1))).toEqual([]);
  });

  it('rings once when a promotion settles, saying whether it worked', () => {
    const notifier = createNotifier(on);
    expect(notifier.promotion(progress('running', 'succeeded'))).toEqual([]);
    expect(notifier.promotion(progress('finished', 'succeeded'))).toEqual([
      expect.objectContaining({
        kind: 'promotion',
        title: 'Promoted to whitewave-prod',
        body: 'whitewave-staging v42 is live.',
      }),
    ]);
    expect(notifier.promotion(progress('finished', 'succeeded'))).toEqual([]);
    const failed = createNotifier(on).promotion(progress('finished', 'failed'));
    expect(failed[0]).toMatchObject({
      title: 'Promotion to whitewave-prod did not succeed',
      body: 'whitewave-prod: Release phase failed',
    });
  });

  it('rings never with --no-notify, and not for kinds turned off', () => {
    const silent = createNotifier(notificationSettings({noNotify: true}).settings);
    silent.board(board(41));
    expect(silent.board(board(42, 1))).toEqual([]);
    expect(silent.promotion(progress('finished', 'succeeded'))).toEqual([]);
    const crashesOnly = createNotifier(
      notificationSettings({noNotify: false, setting: 'crash'}).settings,
    );
    crashesOnly.board(board(41));
    expect(crashesOnly.board(board(42, 1)).map((n) => n.kind)).toEqual(['crash']);
    expect(notificationSettings({noNotify: false, setting: 'none'}).settings.enabled).toBe(false);
  });

  it('says in one sentence what is wrong with PIPELINE_TUI_NOTIFY', () => {
    expect(notificationSettings({noNotify: false, setting: 'crash,bells'}).problem).toBe(
      'PIPELINE_TUI_NOTIFY has "bells"; use promotion, staging-release, crash or none, separated by commas.',
    );
  });
});
