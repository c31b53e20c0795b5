import {Box, Text} from 'ink';
import {CI_FAILED} from '../../board/promotion-checks.js';
import type {PromotionPlan} from '../../board/promotion-plan.js';
import {formatAge} from '../../shared/age.js';

// Two sections of the promote dialog, drawn in the rows its layout gave them
// (dialog-layout.ts): the commits that ship, and the warnings.

type Commit = PromotionPlan['commits'][number];

// The commits reaching the targets, as many as there is room for, and how many more.
export function PlanCommits(props: {
  commits: readonly Commit[];
  shown: number;
  header: boolean;
  targets: number;
  now: number;
}) {
  const shown = props.commits.slice(0, props.shown);
  const hidden = props.commits.length - shown.length;
  return (
    <>
      {props.header && (
        <Text bold>
          Commits reaching {props.targets > 1 ? 'them' : 'it'} ({props.commits.length})
        </Text>
      )}
      {shown.map((commit) => (
        <Text key={commit.sha} wrap="truncate-end">
          {'  '}
          <Text color="yellow">{commit.shortSha}</Text>{' '}
          <Text dimColor>
            {commit.author ?? '?'} {commit.date ? formatAge(commit.date, props.now) : ''}
          </Text>{' '}
          {commit.message}
        </Text>
      ))}
      {props.header && hidden > 0 && <Text dimColor> … and {hidden} more</Text>}
    </>
  );
}

// The commits a target would lose (the first few: `removed`, of `removedCount`), then the
// warnings that fit in `shown` rows, then how many did not.
export function PlanWarnings(props: {
  removed: readonly Commit[];
  removedCount: number;
  warnings: readonly string[];
  shown: number;
  hidden: number;
  // Warnings of a promotion that goes backwards: in bold red.
  backwards: ReadonlySet<string>;
  targets: number;
}) {
  const {removed, backwards, hidden} = props;
  return (
    <>
      {removed.length > 0 && props.shown > 0 && (
        <Box flexDirection="column">
          <Text bold color="red">
            {`Commits ${props.targets > 1 ? 'they' : 'it'} would lose (${props.removedCount})`}
          </Text>
          {removed.map((commit) => (
            <Text key={commit.sha} color="red" wrap="truncate-end">
              {'  - '}
              {commit.shortSha} {commit.author ?? '?'} {commit.message}
            </Text>
          ))}
        </Box>
      )}
      {props.warnings.slice(0, props.shown - (removed.length > 0 ? 1 : 0)).map((warning, i) => (
        <Text
          key={i}
          color={backwards.has(warning) || warning.startsWith(CI_FAILED) ? 'red' : 'yellow'}
          bold={backwards.has(warning)}
        >
          ! {warning}
        </Text>
      ))}
      {hidden > 0 && (
        <Text color="yellow" wrap="truncate-end">
          ! {hidden} more warning{hidden > 1 ? 's' : ''}: a taller terminal shows{' '}
          {hidden > 1 ? 'them' : 'it'}
        </Text>
      )}
    </>
  );
}
