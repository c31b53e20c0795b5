// '1 commit', '3 commits': a count and its noun, for the nouns that take an s.
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
