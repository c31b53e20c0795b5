import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {offeredKey} from '../../board/key-hints.js';
import {handledBy, type HandledBy} from '../key-handlers.js';
import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {shortSha} from '../../shared/short-sha.js';
import {
  elapsedMs,
  formatElapsed,
  isSettled,
  progressSummary,
  type PromotionProgress as Progress,
  type TargetProgress,
} from '../../board/promotion-progress.js';
import {useKeys} from '../hooks/useKeys.js';
import {wrappedLines} from './dialog-layout.js';
import {CodePrompt} from './CodePrompt.js';
import type {PromotionRun} from '../../contract/promotion.js';

export type PromotionProgressProps = {
  // The two-factor prompt answers the run; what is drawn is `progress`, its latest state.
  run: PromotionRun;
  progress: Progress;
  width: number;
  height: number;
  isActive: boolean;
  // Back to the board; a running promotion goes on (`p` shows it again).
  onClose: () => void;
};

function TargetLine({target, progress}: {target: TargetProgress; progress: Progress}) {
  const elapsed = formatElapsed(elapsedMs(progress, target));
  const version = target.releaseVersion === null ? '' : ` v${target.releaseVersion}`;
  if (target.status === 'pending') {
    // Nothing spins once the promotion settled: the time is frozen with it.
    const waiting =
      progress.phase === 'sending' || progress.phase === 'two-factor' || isSettled(progress);
    return (
      <Text wrap="truncate-end">
        {waiting ? ' ' : <Spinner type="dots" />} {target.name}{' '}
        <Text dimColor>
          {waiting ? 'waiting' : 'promoting'}
          {version} · {elapsed}
        </Text>
      </Text>
    );
  }
  if (target.status === 'succeeded') {
    return (
      <Text wrap="truncate-end">
        <Text color="green">✓</Text> {target.name} <Text color="green">succeeded</Text>
        <Text dimColor>
          {version} · {elapsed}
        </Text>
      </Text>
    );
  }
  if (target.status === 'unknown') {
    return (
      <Text color="yellow" wrap="truncate-end">
        ? {target.name} outcome unknown · {elapsed}
      </Text>
    );
  }
  const what = target.status === 'timed-out' ? 'still pending, stopped waiting' : 'failed';
  return (
    <Text color="red">
      ✗ {target.name} {what}
      {target.errorMessage ? `: ${target.errorMessage}` : ''} · {elapsed}
    </Text>
  );
}

function outputLines(progress: Progress, room: number): string[] {
  const withOutput = progress.targets.filter((t) => t.output.length > 0);
  const lines = withOutput.flatMap((t) =>
    withOutput.length > 1 ? [`— ${t.name} —`, ...t.output] : t.output,
  );
  return room > 0 ? lines.slice(-room) : [];
}

export function PromotionProgress({
  run,
  progress,
  width,
  height,
  isActive,
  onClose,
}: PromotionProgressProps) {
  const settled = isSettled(progress);
  const asking = progress.phase === 'two-factor';

  useKeys(
    (input, key) => {
      const handlers: KeyHandlers<HandledBy<'progress', 'dialog'>> = {
        back: onClose,
        choose: onClose,
      };
      dispatchKey('dialog', input, key, handlers, {context: {settled}});
    },
    {isActive: isActive && !asking},
  );

  const source = progress.source;
  const sha = shortSha(source.sha);
  const summary = settled ? progressSummary(progress) : null;
  const hint = progressHint(settled);
  // Border, title, targets, the summary (or a line of phase), the hint, the output header;
  // the summary and the hint wrap in a narrow terminal and are counted as drawn.
  const inner = Math.max(10, width - 4);
  const notice = settled
    ? null
    : progress.phase === 'searching'
      ? progress.message
      : progress.waiting;
  const fixed =
    2 +
    1 +
    progress.targets.length +
    (summary ? wrappedLines(summary.text, inner) : notice ? wrappedLines(notice, inner) : 1) +
    (asking ? 3 : wrappedLines(hint, inner)) +
    1;
  const output = outputLines(progress, height - fixed);
  const color =
    summary === null
      ? 'cyan'
      : summary.ok
        ? 'green'
        : progress.phase === 'timed-out' || progress.phase === 'unknown'
          ? 'yellow'
          : 'red';

  return (
    <Box
      flexDirection="column"
      width={width}
      borderStyle="round"
      borderColor={color}
      paddingX={1}
      overflow="hidden"
    >
      {/* What is shipping and how each target fares never give way; the output does. */}
      <Box flexShrink={0}>
        <Text bold wrap="truncate-end">
          Promoting {source.name} v{source.version}
          {sha ? ` ${sha}` : ''} · {formatElapsed(elapsedMs(progress))}
        </Text>
      </Box>
      {progress.targets.map((target) => (
        <Box key={target.appId} flexShrink={0}>
          <TargetLine target={target} progress={progress} />
        </Box>
      ))}
      {asking && (
        <CodePrompt
          message={progress.message ?? ''}
          isActive={isActive}
          onSubmit={(code) => run.submitTwoFactorCode(code)}
          onCancel={() => run.cancelTwoFactor()}
        />
      )}
      {progress.phase === 'sending' && <Text dimColor>Sending the promotion to Heroku…</Text>}
      {notice && <Text color="yellow">{notice}</Text>}
      {output.length > 0 && <Text bold>Release output</Text>}
      {output.map((line, i) => (
        <Text key={i} dimColor wrap="truncate-end">
          {line || ' '}
        </Text>
      ))}
      {summary && (
        <Box flexShrink={0}>
          <Text color={color}>{summary.text}</Text>
        </Box>
      )}
      {!asking && (
        <Box flexShrink={0}>
          <Text dimColor>{hint}</Text>
        </Box>
      )}
    </Box>
  );
}

const PROGRESS_KEYS = handledBy('progress', 'dialog');

// The keys that close the progress, from the table: Enter only once the promotion settled.
function progressHint(settled: boolean): string {
  const options = {context: {settled}, handled: PROGRESS_KEYS};
  const keys = [offeredKey('dialog', 'choose', options), offeredKey('dialog', 'back', options)];
  const said = keys.filter((k) => k !== null).join(' or ');
  return settled ? `${said}: back to the board` : `${said}: stop watching (it goes on at Heroku)`;
}
