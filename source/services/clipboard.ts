import {mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fitsOsc52, osc52} from '../terminal/osc52.js';
import type {CopyOutcome} from '../contract/notes.js';

export type {CopyOutcome} from '../contract/notes.js';
export {copyOutcomeSentence} from '../contract/notes.js';

export type CopyDeps = {
  // Where the sequence goes: the terminal the board is drawn on.
  output: {isTTY?: boolean; write(text: string): unknown};
  env: NodeJS.ProcessEnv;
  // Directory of the fallback file; by default <tmp>/pipeline-tui.
  directory?: string;
  writeFile?: (path: string, text: string) => void;
  now?: () => number;
};

// The fallback file: private to the person (notes can name internal commits).
function saveFile(path: string, text: string): void {
  writeFileSync(path, text, {encoding: 'utf8', mode: 0o600});
}

// Copies through OSC 52 when the output is a terminal and the text fits one sequence;
// otherwise writes the text to a file and says where, so nothing is lost.
export function copyText(text: string, name: string, deps: CopyDeps): CopyOutcome {
  if (deps.output.isTTY && fitsOsc52(text)) {
    deps.output.write(osc52(text, deps.env));
    return {kind: 'clipboard'};
  }
  const directory = deps.directory ?? join(tmpdir(), 'pipeline-tui');
  mkdirSync(directory, {recursive: true, mode: 0o700});
  const stamp = new Date((deps.now ?? Date.now)()).toISOString().replace(/[:.]/g, '-');
  const safeName = name.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 80) || 'notes';
  const path = join(directory, `${safeName}-${stamp}.md`);
  (deps.writeFile ?? saveFile)(path, text);
  return {kind: 'file', path};
}
