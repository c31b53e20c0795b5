// The promote dialog's first line: what ships and where. When the line is too narrow for
// all of it, the source app's name gives way first (the release stays, and so does the
// word PRODUCTION, which the person must not miss).

const PREFIX = 'Promote ';

export function promotionTitle(
  sourceName: string,
  release: string,
  production: boolean,
  width: number,
): {text: string; production: string} {
  const tail = production ? ' to PRODUCTION' : '';
  const full = `${PREFIX}${sourceName} ${release}`;
  if (full.length + tail.length <= width) return {text: full, production: tail};
  const room = width - tail.length - PREFIX.length - release.length - 1;
  // Five characters of a name still say which app it is; fewer only look broken.
  if (room >= 5) {
    return {text: `${PREFIX}${sourceName.slice(0, room - 1)}… ${release}`, production: tail};
  }
  return {text: release, production: tail};
}
