import {readFileSync, writeFileSync} from 'node:fs';
import {keymapMarkdown} from '../source/board/keymap.js';

const START = '<!-- keys:start -->';
const END = '<!-- keys:end -->';

// The README's key table, as generated from the keymap table.
export function readmeWithKeys(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md lacks the keys markers.');
  return `${readme.slice(0, start + START.length)}\n${keymapMarkdown().trim()}\n${readme.slice(end)}`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', readmeWithKeys(readme));
}
