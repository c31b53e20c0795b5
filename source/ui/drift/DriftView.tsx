import {useMemo} from 'react';
import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {driftSummaryParts, hasDrift} from '../../board/drift.js';
import type {AppCard} from '../../board/types.js';
import {usePairScroll} from '../hooks/usePairScroll.js';
import {driftLines, type Line} from './drift-lines.js';
import {useDrift, type DriftState} from './useDrift.js';

export type DriftViewProps = {
  // Every upstream app of the stage against every app of the next stage.
  pairs: Array<{from: AppCard; to: AppCard}>;
  // The pair shown first (the selected app's), when there are several.
  initialPair?: number;
  width: number;
  height: number;
  isActive: boolean;
  onBack: () => void;
  // Says why a key is refused here, as a transient message.
  onRefused?: (reason: string) => void;
};

// Every pair when they fit on the line; otherwise the count alone (the header names the pair).
function pairTabs(pairs: DriftViewProps['pairs'], index: number, width: number): Line {
  const count = `Pair ${index + 1} of ${pairs.length}`;
  const names = pairs.map((p) => `${p.from.name} ⇄ ${p.to.name}`);
  if (count.length + 2 + names.join('  ').length > width) return [{text: count, dim: true}];
  return [
    {text: `${count}: `, dim: true},
    ...names.flatMap((name, i) => [
      {text: name, bold: i === index, dim: i !== index},
      {text: '  '},
    ]),
  ];
}

const SUMMARY_LINES = 4;

// The summary's clauses packed into a few lines, so the whole verdict stays in view.
function packed(clauses: string[], width: number, color: string): Line[] {
  const lines: string[] = [];
  for (const clause of clauses) {
    const last = lines[lines.length - 1];
    if (
      last !== undefined &&
      (last.length + 2 + clause.length <= width || lines.length === SUMMARY_LINES)
    ) {
      lines[lines.length - 1] = `${last}, ${clause}`;
    } else lines.push(clause);
  }
  return lines.map((text) => [{text, color}]);
}

function statusLines(state: DriftState, width: number): Line[] {
  switch (state.kind) {
    case 'idle':
    case 'loading':
      return [[{text: 'Reading config vars, add-ons, formation and buildpacks…'}]];
    case 'failed':
      return [[{text: `Drift unavailable: ${state.reason}`, color: 'red'}]];
    case 'done':
      return hasDrift(state.drift)
        ? packed(driftSummaryParts(state.drift), width, 'yellow')
        : [[{text: 'No drift: both apps are set up alike.', color: 'green'}]];
  }
}

function Row({line, spinner}: {line: Line; spinner?: boolean}) {
  return (
    <Box height={1} flexShrink={0}>
      <Text wrap="truncate-end">
        {spinner ? <Spinner type="dots" /> : null}
        {spinner ? ' ' : null}
        {line.length === 0 ? ' ' : null}
        {line.map((segment, i) => (
          <Text key={i} color={segment.color} bold={segment.bold} dimColor={segment.dim}>
            {segment.text}
          </Text>
        ))}
      </Text>
    </Box>
  );
}

export function DriftView(props: DriftViewProps) {
  const {pairs, initialPair, width, height, isActive, onBack, onRefused} = props;
  const view = usePairScroll({pairCount: pairs.length, initialPair, isActive, onBack, onRefused});
  const pair = pairs[view.pair];
  const state = useDrift(pair?.from ?? null, pair?.to ?? null);

  const status = statusLines(state, width);
  const top = (pairs.length > 1 ? 2 : 1) + status.length;
  const bodyHeight = Math.max(0, height - top - 1);
  const body = useMemo(
    () => (state.kind === 'done' ? driftLines(state.drift, width) : []),
    [state, width],
  );
  const {offset, position} = view.place({length: body.length, rows: bodyHeight});

  if (!pair) {
    return (
      <Box height={Math.max(0, Math.min(height, 1))}>
        <Text>No drift to show: this stage has no next stage with apps.</Text>
      </Box>
    );
  }

  const visible = body.slice(offset, offset + bodyHeight);
  const hints = view.hints(Math.max(0, width - position.length));
  const rows: Array<{line: Line; spinner?: boolean}> = [
    {line: [{text: `${pair.from.name} ⇄ ${pair.to.name}`, bold: true}]},
    ...(pairs.length > 1 ? [{line: pairTabs(pairs, view.pair, width)}] : []),
    ...status.map((line) => ({line, spinner: state.kind === 'loading'})),
    ...visible.map((line) => ({line})),
    ...Array.from({length: bodyHeight - visible.length}, () => ({line: [] as Line})),
    {line: [{text: hints + position, dim: true}]},
  ];

  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {rows.slice(0, Math.max(0, height)).map((row, i) => (
        <Row key={i} line={row.line} spinner={row.spinner} />
      ))}
    </Box>
  );
}
