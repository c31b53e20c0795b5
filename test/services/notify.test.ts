import {describe, expect, it} from 'vitest';
import {notificationSettings} from '../../source/board/notifications.js';
import {createBoardBell} from '../../source/services/notify.js';
import {board, card, release} from '../board/promotion-fixtures.js';

const stagingAt = (version: number) => {
  const deployed = release(version, {current: true});
  return board([
    card('whitewave-staging', 'staging', {release: deployed, deployedRelease: deployed}),
  ]);
};

function bell(noNotify: boolean, env: NodeJS.ProcessEnv = {TERM_PROGRAM: 'WezTerm'}) {
  let written = '';
  const output = {isTTY: true, write: (text: string) => (written += text)};
  const ringer = createBoardBell({
    settings: notificationSettings({noNotify}).settings,
    env,
    output,
  });
  return {ringer, written: () => written};
}

describe('the board bell', () => {
  it('rings the bell and an OSC 9 notification exactly once for a new staging release', () => {
    const {ringer, written} = bell(false);
    ringer.board(stagingAt(41));
    expect(written()).toBe('');
    ringer.board(stagingAt(42));
    ringer.board(stagingAt(42));
    expect(written()).toBe('\u0007\u001b]9;whitewave-staging has v42: Some work\u0007');
  });

  it('rings only the bell on a terminal without desktop notifications', () => {
    const {ringer, written} = bell(false, {TERM: 'xterm-256color'});
    ringer.board(stagingAt(41));
    ringer.board(stagingAt(42));
    expect(written()).toBe('\u0007');
  });

  it('rings never with --no-notify', () => {
    const {ringer, written} = bell(true);
    ringer.board(stagingAt(41));
    ringer.board(stagingAt(42));
    expect(written()).toBe('');
  });
});
