import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {copyOutcomeSentence, copyText} from '../../source/services/clipboard.js';
import {decodeOsc52, fitsOsc52, osc52} from '../../source/terminal/osc52.js';

const notes = '## whitewave: staging → prod\n\n- `abc1234` Fix (#12) — Maya\n';

describe('OSC 52', () => {
  it('encodes text that decodes back to the same, unicode included', () => {
    const sequence = osc52(notes);
    expect(sequence.startsWith('\u001b]52;c;')).toBe(true);
    expect(sequence.endsWith('\u0007')).toBe(true);
    expect(decodeOsc52(sequence)).toBe(notes);
    expect(sequence.slice(7, -1)).toBe(Buffer.from(notes).toString('base64'));
  });

  it('wraps the sequence for tmux so it reaches the outer terminal', () => {
    const sequence = osc52(notes, {TMUX: '/tmp/tmux-1/default,1,0'});
    expect(sequence.startsWith('\u001bPtmux;\u001b\u001b]52;c;')).toBe(true);
    expect(sequence.endsWith('\u001b\\')).toBe(true);
    expect(decodeOsc52(sequence.replace('\u001b\u001b]', '\u001b]'))).toBe(notes);
  });

  it('knows when a text is too long for one sequence', () => {
    expect(fitsOsc52(notes)).toBe(true);
    expect(fitsOsc52('x'.repeat(80_000))).toBe(false);
  });
});

describe('copying release notes', () => {
  it('writes the sequence to a terminal', () => {
    let written = '';
    const outcome = copyText(notes, 'whitewave', {
      output: {isTTY: true, write: (text: string) => (written += text)},
      env: {},
    });
    expect(outcome).toEqual({kind: 'clipboard'});
    expect(decodeOsc52(written)).toBe(notes);
    expect(copyOutcomeSentence(outcome)).toBe('Release notes copied to the clipboard.');
  });

  it('writes a private file and says where when the output is not a terminal', () => {
    const directory = mkdtempSync(join(tmpdir(), 'notes-'));
    try {
      let written = '';
      const outcome = copyText(notes, 'whitewave staging/prod', {
        output: {isTTY: false, write: (text: string) => (written += text)},
        env: {},
        directory,
        now: () => Date.parse('2026-12-03T10:00:00Z'),
      });
      expect(written).toBe('');
      expect(outcome).toEqual({
        kind: 'file',
        path: join(directory, 'whitewave-staging-prod-2026-12-03T10-00-00-000Z.md'),
      });
      if (outcome.kind !== 'file') throw new Error('expected a file');
      expect(readFileSync(outcome.path, 'utf8')).toBe(notes);
      expect(statSync(outcome.path).mode & 0o777).toBe(0o600);
      expect(copyOutcomeSentence(outcome)).toBe(
        `The terminal cannot take the clipboard here, so the release notes were written to ${outcome.path}.`,
      );
    } finally {
      rmSync(directory, {recursive: true, force: true});
    }
  });
});
