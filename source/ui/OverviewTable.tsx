import {Text} from 'ink';
import {rowCells, type OverviewRow} from '../board/overview-rows.js';

type Cells = ReturnType<typeof rowCells>;
type Column = {key: keyof Cells; title: string; width: number};

// Columns by priority: the name, the state, the waiting age and what is broken always; then
// the last promotion, the generation and the owner as room allows, drawn in a fixed order.
const ORDER: Array<keyof Cells> = [
  'name',
  'owner',
  'generation',
  'state',
  'waiting',
  'promotion',
  'marks',
];
const PRIORITY: Column[] = [
  {key: 'name', title: 'PIPELINE', width: 12},
  {key: 'state', title: 'STAGING → PROD', width: 16},
  {key: 'waiting', title: 'WAITING', width: 11},
  {key: 'marks', title: 'BROKEN', width: 16},
  {key: 'promotion', title: 'LAST PROMOTION', width: 15},
  {key: 'generation', title: 'GEN', width: 5},
  {key: 'owner', title: 'OWNER', width: 16},
];
// Room left over goes to these, up to these widths, in this order.
const WIDER: Array<[keyof Cells, number]> = [
  ['state', 19],
  ['promotion', 22],
  ['name', 24],
  ['state', 24],
  ['owner', 24],
];

export function overviewColumns(width: number): Column[] {
  let room = width - 2;
  const chosen: Column[] = [];
  for (const column of PRIORITY) {
    const gap = chosen.length > 0 ? 1 : 0;
    if (room < column.width + gap) break;
    chosen.push({...column});
    room -= column.width + gap;
  }
  for (const [key, most] of WIDER) {
    const column = chosen.find((c) => c.key === key);
    if (!column || room <= 0) continue;
    const more = Math.min(room, most - column.width);
    column.width += more;
    room -= more;
  }
  return ORDER.flatMap((key) => chosen.filter((c) => c.key === key));
}

function fit(text: string, width: number): string {
  if (width <= 0) return '';
  if (text.length <= width) return text.padEnd(width);
  return `${text.slice(0, Math.max(0, width - 1))}…`;
}

function stateColor(row: OverviewRow): string | undefined {
  switch (row.state?.kind) {
    case 'ahead':
      return 'yellow';
    case 'in-sync':
      return 'green';
    case 'diverged':
    case 'behind':
      return 'magenta';
    default:
      return undefined;
  }
}

export function OverviewHeader({width}: {width: number}) {
  return (
    <Text dimColor wrap="truncate-end">
      {'  '}
      {overviewColumns(width)
        .map((c) => fit(c.title, c.width))
        .join(' ')}
    </Text>
  );
}

export function OverviewLine({
  row,
  selected,
  width,
  now,
}: {
  row: OverviewRow;
  selected: boolean;
  width: number;
  now: number;
}) {
  const cells = rowCells(row, now);
  const loaded = row.load === 'done';
  return (
    <Text wrap="truncate-end" inverse={selected}>
      {selected ? '❯ ' : '  '}
      {overviewColumns(width).map((c, index) => {
        const text = fit(cells[c.key], c.width);
        const gap = index === 0 ? '' : ' ';
        if (c.key === 'name')
          return (
            <Text key={c.key} bold>
              {text}
            </Text>
          );
        if (c.key === 'marks')
          return (
            <Text key={c.key} color="red">
              {gap + text}
            </Text>
          );
        if (c.key === 'state') {
          const color = row.load === 'failed' ? 'red' : stateColor(row);
          return (
            <Text key={c.key} color={color} dimColor={!loaded && row.load !== 'failed'}>
              {gap + text}
            </Text>
          );
        }
        return (
          <Text key={c.key} dimColor={!loaded || c.key !== 'waiting'}>
            {gap + text}
          </Text>
        );
      })}
    </Text>
  );
}
