// The promote dialog's first line: what ships and where. When the line is too narrow for
// all of it, the parts give way in this order: the release's SHA (its version stays), the
// word "Promote", then the end of the app's name. The version and the word PRODUCTION,
// which the person must not miss, always stay, and so does the start of the app's name.

const PREFIX = 'Promote ';

// `sha` is set when the title left the release's SHA out: the line under it carries it.
export type PromotionTitle = {text: string; production: string; sha: string | null};
// Five characters of a name still say which app it is; fewer only look broken.
const SHORTEST_NAME = 5;

export function promotionTitle(
  sourceName: string,
  release: string,
  production: boolean,
  width: number,
): PromotionTitle {
  const tail = production ? ' to PRODUCTION' : '';
  const [version = release, ...rest] = release.split(' ');
  const sha = rest.length > 0 ? rest.join(' ') : null;
  const full = `${PREFIX}${sourceName} ${release}`;
  if ([...full].length + tail.length <= width) return {text: full, production: tail, sha: null};
  const fits = (text: string) => [...text].length + tail.length <= width;
  for (const text of [`${PREFIX}${sourceName} ${version}`, `${sourceName} ${version}`]) {
    if (fits(text)) return {text, production: tail, sha};
  }
  const room = width - tail.length - version.length - 1;
  const kept = Math.max(SHORTEST_NAME, room) - 1;
  return {text: `${[...sourceName].slice(0, kept).join('')}… ${version}`, production: tail, sha};
}
