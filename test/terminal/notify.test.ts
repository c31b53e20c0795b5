import {describe, expect, it} from 'vitest';
import {notifyProtocol} from '../../source/terminal/notify-terminal.js';
import {
  noticeOutput,
  notificationSequence,
  notificationText,
} from '../../source/terminal/notify-sequence.js';

describe('which terminal shows desktop notifications', () => {
  it.each([
    [{TERM_PROGRAM: 'iTerm.app'}, 'osc9'],
    [{TERM_PROGRAM: 'WezTerm'}, 'osc9'],
    [{TERM_PROGRAM: 'ghostty'}, 'osc9'],
    [{TERM: 'xterm-ghostty'}, 'osc9'],
    [{WT_SESSION: 'a-guid'}, 'osc9'],
    [{KITTY_WINDOW_ID: '1', TERM: 'xterm-kitty'}, 'osc99'],
    [{VTE_VERSION: '7600'}, 'osc777'],
    [{TERM: 'foot'}, 'osc777'],
    [{TERM_PROGRAM: 'Apple_Terminal'}, 'none'],
    [{TERM: 'xterm-256color'}, 'none'],
    [{TERM_PROGRAM: 'iTerm.app', TMUX: '/tmp/tmux'}, 'none'],
  ] as const)('%o -> %s', (env, protocol) => {
    expect(notifyProtocol(env)).toBe(protocol);
  });
});

describe('notification sequences', () => {
  it('writes OSC 9, OSC 777 and kitty OSC 99', () => {
    expect(notificationSequence('osc9', 'Promoted', 'v42 is live')).toBe(
      '\u001b]9;Promoted: v42 is live\u0007',
    );
    expect(notificationSequence('osc777', 'Promoted', 'v42 is live')).toBe(
      '\u001b]777;notify;Promoted;v42 is live\u0007',
    );
    expect(notificationSequence('osc99', 'Promoted', 'v42')).toBe(
      '\u001b]99;i=ptui:d=0:p=title;Promoted\u001b\\\u001b]99;i=ptui:d=1:p=body;v42\u001b\\',
    );
    expect(notificationSequence('none', 'Promoted', 'v42')).toBe('');
  });

  it('keeps outside text from ending the sequence or adding fields', () => {
    const hostile = 'evil\u0007\u001b]52;c;AAAA\u0007;x\nnext';
    const sequence = notificationSequence('osc777', 'app;name', hostile);
    expect(sequence.split('\u0007')).toHaveLength(2);
    const inner = sequence.slice(1, -1);
    expect([...inner].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
    expect(sequence.split(';')).toHaveLength(4);
    expect(notificationText('x'.repeat(500))).toHaveLength(200);
  });

  it('rings the bell before the notification', () => {
    expect(noticeOutput({title: 'a', body: 'b'}, 'none')).toBe('\u0007');
    expect(noticeOutput({title: 'a', body: 'b'}, 'osc9')).toBe('\u0007\u001b]9;a: b\u0007');
  });
});
