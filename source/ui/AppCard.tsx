import {memo} from 'react';
import {Box, Text} from 'ink';
import {COMPACT_CARD_HEIGHT, FULL_CARD_HEIGHT, type CardDensity} from '../board/layout.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {AppCard as AppCardModel, Comparison} from '../board/types.js';
import type {CiState} from '../board/ci-status.js';
import {
  CARD_LINES,
  commitSegments,
  dynosSegments,
  noteSegments,
  releaseSegments,
  type Segment,
} from './card-lines.js';
import {isNarrowText} from './narrow-text.js';
import {Segments} from './Segments.js';

export type AppCardProps = {
  app: AppCardModel;
  width: number;
  density: CardDensity;
  selected: boolean;
  // This app's comparisons with the next stage's apps.
  comparisons: Comparison[];
  now: number;
  // The CI state of the card's commit; null while unknown.
  ci?: CiState | null;
};

function NameLine({
  app,
  selected,
  marker,
}: {
  app: AppCardModel;
  selected: boolean;
  marker: boolean;
}) {
  return (
    <Text wrap="truncate-end">
      {marker ? <Text color="cyan">{selected ? '▶ ' : '  '}</Text> : null}
      <Text bold inverse={selected}>
        {sanitizeText(app.name)}
      </Text>
      {app.namingWarning ? <Text color="yellow"> ⚠</Text> : null}
    </Text>
  );
}

const textOf = (lines: Segment[][]) => lines.map((line) => line.map((s) => s.text).join(''));

const textWidth = (segments: Segment[]) => segments.reduce((n, s) => n + [...s.text].length, 0);

function AppCardView({app, width, density, selected, comparisons, now, ci}: AppCardProps) {
  if (density === 'compact') {
    const release = releaseSegments(app, now);
    const commit = commitSegments(app, ci ?? null);
    const dynos = dynosSegments(app);
    const dim: Segment = {text: ' · ', dim: true};
    const note = noteSegments(app, comparisons, width - 2 - textWidth(dynos) - dim.text.length);
    // Lines are cut at the card's width; only wide characters need the card to clip as well.
    const overflow = isNarrowText(app.name, ...textOf([release, commit, dynos, note]))
      ? 'visible'
      : 'hidden';
    return (
      <Box flexDirection="column" width={width} height={COMPACT_CARD_HEIGHT} overflow={overflow}>
        <NameLine app={app} selected={selected} marker />
        <Box paddingLeft={2}>
          <Segments segments={[...release.slice(0, 2), dim, ...commit]} />
        </Box>
        <Box paddingLeft={2}>
          <Segments segments={[...dynos, dim, ...note]} />
        </Box>
      </Box>
    );
  }
  const lines = CARD_LINES.map((line) => line({app, comparisons, now, room: width - 2, ci}));
  const overflow = isNarrowText(app.name, ...textOf(lines)) ? 'visible' : 'hidden';
  return (
    <Box
      flexDirection="column"
      width={width}
      height={FULL_CARD_HEIGHT}
      overflow={overflow}
      borderStyle={selected ? 'bold' : 'round'}
      borderColor={selected ? 'cyan' : 'gray'}
      borderDimColor={!selected}
    >
      <NameLine app={app} selected={selected} marker={false} />
      {lines.map((segments, i) => (
        <Segments key={i} segments={segments} />
      ))}
    </Box>
  );
}

function sameProps(a: AppCardProps, b: AppCardProps): boolean {
  return (
    a.app === b.app &&
    a.width === b.width &&
    a.density === b.density &&
    a.selected === b.selected &&
    a.now === b.now &&
    (a.ci ?? null) === (b.ci ?? null) &&
    a.comparisons.length === b.comparisons.length &&
    a.comparisons.every((c, i) => c === b.comparisons[i])
  );
}

// Cards re-render only when their own app, size, selection or comparisons change. A new
// comparison elsewhere on the board hands every card a new list with the same entries.
export const AppCard = memo(AppCardView, sameProps);
