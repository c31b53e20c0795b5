import {memo} from 'react';
import {Box, Text} from 'ink';
import {visibleWindow, type CardDensity} from '../board/layout.js';
import {comparisonsByUpstream} from '../board/comparisons.js';
import {plural} from '../shared/plural.js';
import {appIndex} from '../board/visible-columns.js';
import type {Comparison, StageColumn as StageColumnModel} from '../board/types.js';
import {AppCard} from './AppCard.js';
import type {CiBySha} from './hooks/useCiStatuses.js';
import {StageName} from './StageHeader.js';

export type StageColumnProps = {
  column: StageColumnModel; // already filtered
  width: number;
  bodyRows: number;
  cardsPerColumn: number;
  density: CardDensity;
  showHeader: boolean;
  active: boolean;
  selectedId: string | null;
  offset: number;
  filtered: boolean;
  // Where the filter's matches are when this stage has none (`3 in review`), narrow layout.
  elsewhere?: string | null;
  comparisons: Comparison[];
  now: number;
  ci?: CiBySha;
};

const NONE: Comparison[] = [];

export function windowLabel(offset: number, end: number, count: number): string {
  return count > end - offset ? `${offset + 1}–${end} of ${count}` : plural(count, 'app');
}

// An empty stage says why; a filtered one says where the matches are, if anywhere.
export function emptyText(stage: string, filtered: boolean, elsewhere: string | null): string {
  if (!filtered) return '  no apps';
  const none = `  no ${stage} app matches the filter`;
  return elsewhere ? `${none}: ${elsewhere}` : none;
}

function StageColumnView(props: StageColumnProps) {
  const {column, width, active, selectedId, comparisons, now} = props;
  const apps = column.apps;
  const cursor = Math.max(0, appIndex(column, selectedId));
  const byApp = comparisonsByUpstream(comparisons);
  // Recomputed here too: on the frame right after a resize the stored offset may predate it.
  const {offset, end} = visibleWindow(apps.length, cursor, props.cardsPerColumn, props.offset);
  // The column does not clip (overflow): its lines are cut at their width by truncate-end
  // and the cards shown fit in bodyRows by construction, while a clipping box makes Ink
  // slice every line inside it again on every frame. Cards clip themselves when they hold
  // wide text (narrow-text.ts).
  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      {props.showHeader ? (
        <Box width={width} height={1}>
          <Text wrap="truncate-end">
            <StageName stage={column.stage} active={active} />
            <Text dimColor> {windowLabel(offset, end, apps.length)}</Text>
          </Text>
        </Box>
      ) : null}
      <Box flexDirection="column" height={props.bodyRows}>
        {apps.length === 0 ? (
          <Box width={width}>
            <Text dimColor wrap="wrap">
              {emptyText(column.stage, props.filtered, props.elsewhere ?? null)}
            </Text>
          </Box>
        ) : (
          apps
            .slice(offset, end)
            .map((app) => (
              <AppCard
                key={app.id}
                app={app}
                width={width}
                density={props.density}
                selected={active && app.id === selectedId}
                comparisons={byApp.get(app.id) ?? NONE}
                now={now}
                ci={app.commit ? props.ci?.get(app.commit.sha.toLowerCase())?.state : null}
              />
            ))
        )}
      </Box>
    </Box>
  );
}

export const StageColumn = memo(StageColumnView);
