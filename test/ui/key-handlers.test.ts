import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ALL_MODES, KEYMAP, type KeyBinding} from '../../source/board/keymap.js';
import {HANDLED, coverageProblems} from '../../source/ui/key-handlers.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the places that handle keys, against the key table', () => {
  it('handle every command of every mode, and only commands the mode binds', () => {
    expect(coverageProblems(KEYMAP, HANDLED, ALL_MODES)).toEqual([]);
  });

  it('report a command that nothing handles', () => {
    const extra: KeyBinding = {
      command: 'rollback',
      keys: ['x'],
      description: 'roll back from the board',
      modes: ['board'],
      dangerous: true,
    };
    expect(coverageProblems([...KEYMAP, extra], HANDLED, ALL_MODES)).toEqual([
      'rollback is bound in board, but nothing handles it there.',
    ]);
  });

  it('report a handler that no key reaches', () => {
    const handled = {...HANDLED, stray: {picker: ['promote']}} as const;
    expect(coverageProblems(KEYMAP, handled, ALL_MODES)).toEqual([
      'stray handles promote in picker, which no key binds there.',
    ]);
  });

  it('read keys only through the dispatcher', () => {
    // Ink's hook is called where keys are delivered (the wrapper that splits runs of keys,
    // and the router that hands each key to the registered places); every reader of keys
    // dispatches through the table (a text field's editing keys aside: they are its text).
    const delivers = /export function (useKeys|KeyRouter)\(/;
    const readers = sourceFiles('source').filter((path) => {
      const text = readFileSync(path, 'utf8');
      return /\buse(Input|Keys)\(/.test(text) && !delivers.test(text);
    });
    expect(readers.length).toBeGreaterThan(5);
    for (const path of readers) {
      expect(readFileSync(path, 'utf8'), path).toMatch(/\bdispatchKey\(/);
      expect(readFileSync(path, 'utf8'), path).not.toMatch(/\bcommandFor\(|key\.(escape|return)\b/);
    }
  });
});
