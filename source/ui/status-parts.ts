// What the status line says, as parts that give way in order when the terminal is narrow:
// the refresh time loses its words and "(ago)" first, then the e-mail goes, then the time;
// the pipeline, a stale board's warning, the API budget and a running refresh stay longest.

export type StatusPart = {
  key: 'pipeline' | 'email' | 'refreshed' | 'api' | 'refreshing' | 'throttle';
  text: string;
  // Lower gives way first; a part with a `short` form uses it before it goes.
  keep: number;
  short?: string;
};

const SEPARATOR = 3; // ' · '
const REFRESHING_WIDTH = 12; // the spinner and ' refreshing'

export function partWidth(part: StatusPart, short: boolean): number {
  if (part.key === 'refreshing') return REFRESHING_WIDTH;
  return [...(short && part.short !== undefined ? part.short : part.text)].length;
}

export type FittedPart = StatusPart & {shown: string};

// The parts that fit in `width`, in their order, each with the text to show.
export function fitStatusParts(parts: StatusPart[], width: number): FittedPart[] {
  const shortened = new Set<StatusPart>();
  const dropped = new Set<StatusPart>();
  const total = () =>
    parts
      .filter((p) => !dropped.has(p))
      .reduce((n, p, i) => n + (i > 0 ? SEPARATOR : 0) + partWidth(p, shortened.has(p)), 0);
  const byKeep = [...parts].sort((a, b) => a.keep - b.keep);
  // Short forms first, then whole parts; the pipeline's name is cut, never dropped.
  for (const part of byKeep) {
    if (total() <= width) break;
    if (part.short !== undefined) shortened.add(part);
  }
  for (const part of byKeep) {
    if (total() <= width || part.keep >= 100) break;
    dropped.add(part);
  }
  return parts
    .filter((p) => !dropped.has(p))
    .map((p) => ({...p, shown: shortened.has(p) && p.short !== undefined ? p.short : p.text}));
}
