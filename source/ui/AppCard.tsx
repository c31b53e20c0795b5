import {memo} from 'react';
import {Box, Text} from 'ink';
import {COMPACT_CARD_HEIGHT, FULL_CARD_HEIGHT, type CardDensity} from '../board/layout.js';
import {sanitizeText} from '../board/sanitize.js';
import type {AppCard as AppCardModel, Comparison} from '../board/types.js';
import {
  commitSegments,
  dynosSegments,
  noteSegments,
  releaseSegments,
  type Segment,
} from './card-lines.js';
import {Segments} from './Segments.js';

export type AppCardProps = {
  app: AppCardModel;
  width: number;
  density: CardDensity;
  selected: boolean;
  comparisons: Comparison[];
  now: number;
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

function AppCardView({app, width, density, selected, comparisons, now}: AppCardProps) {
  if (density === 'compact') {
    const dim: Segment = {text: ' · ', dim: true};
    return (
      <Box flexDirection="column" width={width} height={COMPACT_CARD_HEIGHT} overflow="hidden">
        <NameLine app={app} selected={selected} marker />
        <Box paddingLeft={2}>
          <Segments
            segments={[...releaseSegments(app, now).slice(0, 2), dim, ...commitSegments(app)]}
          />
        </Box>
        <Box paddingLeft={2}>
          <Segments segments={[...dynosSegments(app), dim, ...noteSegments(app, comparisons)]} />
        </Box>
      </Box>
    );
  }
  return (
    <Box
      flexDirection="column"
      width={width}
      height={FULL_CARD_HEIGHT}
      overflow="hidden"
      borderStyle={selected ? 'bold' : 'round'}
      borderColor={selected ? 'cyan' : 'gray'}
      borderDimColor={!selected}
    >
      <NameLine app={app} selected={selected} marker={false} />
      <Segments segments={releaseSegments(app, now)} />
      <Segments segments={commitSegments(app)} />
      <Segments segments={dynosSegments(app)} />
      <Segments segments={noteSegments(app, comparisons)} />
    </Box>
  );
}

// Cards re-render only when their own app, size, selection or comparisons change.
export const AppCard = memo(AppCardView);
