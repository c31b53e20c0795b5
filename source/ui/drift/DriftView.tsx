import {useState} from 'react';
import {Box, Text, useInput} from 'ink';
import Spinner from 'ink-spinner';
import {driftSummary, hasDrift} from '../../board/drift.js';
import {commandFor} from '../../board/keymap.js';
import type {AppCard} from '../../board/types.js';
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
};

function pairStep(
  input: string,
  key: {tab: boolean; shift: boolean; leftArrow: boolean; rightArrow: boolean},
): number {
  if (key.tab) return key.shift ? -1 : 1;
  if (key.rightArrow || input === 'l') return 1;
  if (key.leftArrow || input === 'h') return -1;
  return 0;
}

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
        ? packed(driftSummary(state.drift).split(', '), width, 'yellow')
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

export function DriftView({pairs, initialPair, width, height, isActive, onBack}: DriftViewProps) {
  const [pairIndex, setPairIndex] = useState(() =>
    Math.max(0, Math.min(initialPair ?? 0, pairs.length - 1)),
  );
  const [scroll, setScroll] = useState(0);
  const index = Math.min(pairIndex, Math.max(0, pairs.length - 1));
  const pair = pairs[index];
  const state = useDrift(pair?.from ?? null, pair?.to ?? null);

  const status = statusLines(state, width);
  const top = (pairs.length > 1 ? 2 : 1) + status.length;
  const bodyHeight = Math.max(0, height - top - 1);
  const body = state.kind === 'done' ? driftLines(state.drift, width) : [];
  const maxScroll = Math.max(0, body.length - bodyHeight);
  const offset = Math.min(scroll, maxScroll);

  useInput(
    (input, key) => {
      const switchBy = pairStep(input, key);
      if (switchBy !== 0) {
        if (pairs.length < 2) return;
        setPairIndex(
          (i) => (Math.min(i, pairs.length - 1) + switchBy + pairs.length) % pairs.length,
        );
        setScroll(0);
        return;
      }
      // Downward moves are clamped when drawn, not here: a key pressed just as the drift
      // arrives may reach a handler that still believes the body is empty.
      const page = Math.max(1, bodyHeight - 1);
      const up = (by: number) => setScroll((s) => Math.max(0, Math.min(s, maxScroll) - by));
      switch (commandFor(input, key, 'diff')) {
        case 'app-prev':
          return up(1);
        case 'app-next':
          return setScroll((s) => Math.min(s, maxScroll) + 1);
        case 'page-up':
          return up(page);
        case 'page-down':
          return setScroll((s) => Math.min(s, maxScroll) + page);
        case 'app-first':
          return setScroll(0);
        case 'app-last':
          return setScroll(Number.MAX_SAFE_INTEGER);
        case 'back':
          return onBack();
        default:
          return;
      }
    },
    {isActive},
  );

  if (!pair) {
    return (
      <Box height={Math.max(0, Math.min(height, 1))}>
        <Text>No drift to show: this stage has no next stage with apps.</Text>
      </Box>
    );
  }

  const visible = body.slice(offset, offset + bodyHeight);
  const position =
    body.length > bodyHeight
      ? `  ${offset + 1}-${Math.min(body.length, offset + bodyHeight)}/${body.length}`
      : '';
  const hints = [pairs.length > 1 ? '←→ pair' : null, body.length > bodyHeight ? '↑↓ scroll' : null]
    .concat('Esc back')
    .filter(Boolean)
    .join('  ');
  const rows: Array<{line: Line; spinner?: boolean}> = [
    {line: [{text: `${pair.from.name} ⇄ ${pair.to.name}`, bold: true}]},
    ...(pairs.length > 1 ? [{line: pairTabs(pairs, index, width)}] : []),
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
