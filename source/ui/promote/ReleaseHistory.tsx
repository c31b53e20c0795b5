import {useEffect, useRef, useState} from 'react';
import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {
  HISTORY_LENGTH,
  olderReleaseBlocker,
  rollbackBlocker,
  rollbackConfirmation,
  rollbackConsequence,
} from '../../board/release-history.js';
import type {AppCard, Release} from '../../board/types.js';
import {dispatchKey, type KeyHandlers} from '../../board/key-dispatch.js';
import {hintsFor} from '../../board/key-hints.js';
import {useKeys} from '../hooks/useKeys.js';
import {handledBy, type HandledBy} from '../key-handlers.js';
import {useServices} from '../services.js';
import {CodePrompt} from './CodePrompt.js';
import {wrappedLines} from './dialog-layout.js';
import {ConfirmPrompt, confirmQuestion} from './ConfirmPrompt.js';
import {ReleaseRows} from './ReleaseRows.js';
import {useReleaseHistory} from './useReleaseHistory.js';
import {RollbackLine} from './RollbackLine.js';
import {useRollback} from './useRollback.js';

const NO_RELEASES: Release[] = [];

export type ReleaseHistoryProps = {
  app: AppCard;
  width: number;
  height: number;
  isActive: boolean;
  onClose: () => void;
  // A chosen older release to promote: the promotion dialog takes over.
  onPromote: (release: Release) => void;
  onRolledBack: () => void;
  // Opened to roll back from this version (verification's r): the newest release before it
  // that can be rolled back to is highlighted and its question asked at once.
  rollbackBefore?: number;
};

// `v`: the last releases; `r` rolls back to the selected one, `p` promotes it (staging and
// development apps), Esc returns to the board.
// The rollback question: the question, what else rolls back, the prompt and its field (and a
// line for a wrong answer).
function confirmationLines(app: AppCard, release: Release, inner: number): number {
  const consequence = wrappedLines(rollbackConsequence(release), inner);
  const confirmation = rollbackConfirmation(app);
  const question = wrappedLines(
    confirmQuestion(confirmation, `roll back to v${release.version}`),
    inner,
  );
  // The typed kind has its field below the question.
  const prompt = question + (confirmation.kind === 'type' ? 1 : 0);
  return 1 + consequence + prompt + 1;
}

export function ReleaseHistory(props: ReleaseHistoryProps) {
  const {app, width, height, isActive, onClose, onPromote, onRolledBack} = props;
  const services = useServices();
  const {state, reload} = useReleaseHistory(app);
  const rollback = useRollback(app, () => {
    reload();
    onRolledBack();
  });
  const [cursor, setCursor] = useState(0);
  const cursorRef = useRef(0);
  const [confirming, setConfirming] = useState<Release | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const releases = state.kind === 'ready' ? state.releases : NO_RELEASES;
  const newestPending = releases[0]?.status === 'pending';
  const wasPending = useRef(false);
  // The board learns what runs once the new release settled, not only when it was created.
  useEffect(() => {
    if (wasPending.current && !newestPending && state.kind === 'ready') onRolledBack();
    wasPending.current = newestPending;
  }, [newestPending, state.kind, onRolledBack]);
  // Border, title, column header and hints, then whatever else is showing; the question's
  // lines wrap in a narrow terminal and are counted as they will be drawn.
  const inner = Math.max(10, width - 4);
  const extra =
    (confirming ? confirmationLines(app, confirming, inner) : 0) +
    (rollback.state.kind === 'two-factor' ? 2 : 0) +
    (rollback.state.kind === 'idle' ? 0 : 1) +
    (notice ? wrappedLines(notice, inner) : 0);
  const rows = Math.max(1, height - 5 - extra);

  const selectedId = useRef<string | null>(null);
  const move = (to: (current: number) => number) => {
    const next = Math.min(Math.max(0, to(cursorRef.current)), Math.max(0, releases.length - 1));
    cursorRef.current = next;
    selectedId.current = releases[next]?.id ?? null;
    setCursor(next);
  };
  // A reload adds releases on top: the cursor stays on the release it was on.
  useEffect(() => {
    const index = releases.findIndex((r) => r.id === selectedId.current);
    if (index < 0 || index === cursorRef.current) return;
    cursorRef.current = index;
    setCursor(index);
  }, [releases]);

  const proposed = useRef(false);
  useEffect(() => {
    if (props.rollbackBefore === undefined || proposed.current || state.kind !== 'ready') return;
    proposed.current = true;
    const index = releases.findIndex(
      (r) => r.version < props.rollbackBefore! && rollbackBlocker(r) === null,
    );
    if (index < 0) return setNotice('No earlier release can be rolled back to.');
    cursorRef.current = index;
    selectedId.current = releases[index]!.id;
    setCursor(index);
    setConfirming(releases[index]!);
  }, [props.rollbackBefore, state.kind, releases]);

  const choose = (action: 'rollback' | 'promote') => {
    const release = releases[cursorRef.current];
    if (!release) return;
    const blocker =
      action === 'rollback' ? rollbackBlocker(release) : olderReleaseBlocker(app, release);
    if (blocker) return setNotice(blocker);
    setNotice(null);
    rollback.reset();
    if (action === 'promote') onPromote(release);
    else setConfirming(release);
  };

  const listActive =
    isActive &&
    confirming === null &&
    rollback.state.kind !== 'two-factor' &&
    rollback.state.kind !== 'sending';
  useKeys(
    (input, key) => {
      const handlers: KeyHandlers<HandledBy<'releaseHistory', 'dialog'>> = {
        back: onClose,
        'app-prev': () => move((c) => c - 1),
        'app-next': () => move((c) => c + 1),
        'page-up': () => move((c) => c - rows),
        'page-down': () => move((c) => c + rows),
        'app-first': () => move(() => 0),
        'app-last': () => move(() => releases.length - 1),
        rollback: () => choose('rollback'),
        'promote-release': () => choose('promote'),
      };
      dispatchKey('dialog', input, key, handlers, {context: {app}, refuse: setNotice});
    },
    {isActive: listActive},
  );

  const offset = Math.min(Math.max(0, cursor - rows + 1), Math.max(0, releases.length - rows));
  // In a short terminal the list cannot shrink below a row: the box then takes the height it
  // has, and the list, not the question, gives way inside it.
  const tall = 5 + Math.min(rows, Math.max(1, releases.length)) + extra > height;

  return (
    <Box
      flexDirection="column"
      width={width}
      height={tall ? height : undefined}
      borderStyle="round"
      borderColor={app.stage === 'production' ? 'red' : 'cyan'}
      paddingX={1}
      overflow="hidden"
    >
      <Text bold wrap="truncate-end">
        Releases of {app.name}
        {app.stage === 'production' ? <Text color="red"> (PRODUCTION)</Text> : null}
        <Text dimColor> · the last {HISTORY_LENGTH}, newest first, * = current</Text>
      </Text>
      {state.kind === 'loading' && (
        <Text>
          <Spinner type="dots" /> Loading releases…
        </Text>
      )}
      {state.kind === 'error' && (
        <Text color="red">Could not load the releases: {state.message}</Text>
      )}
      {state.kind === 'ready' && releases.length === 0 && <Text dimColor>No releases yet.</Text>}
      {releases.length > 0 && (
        <ReleaseRows
          releases={releases}
          cursor={cursor}
          offset={offset}
          rows={rows}
          width={width - 4}
          now={services.now()}
        />
      )}
      {/* The question never gives way: the list above it does. */}
      {confirming && (
        <Box flexDirection="column" flexShrink={0}>
          <Text bold wrap="truncate-end">
            Roll {app.name} back to v{confirming.version} (
            {confirming.description || 'no description'})?
          </Text>
          <Text color="yellow">{rollbackConsequence(confirming)}</Text>
          <ConfirmPrompt
            confirmation={rollbackConfirmation(app)}
            action={`roll back to v${confirming.version}`}
            isActive={isActive}
            onConfirm={() => {
              setConfirming(null);
              rollback.rollback(confirming);
            }}
            onCancel={() => {
              setConfirming(null);
              setNotice('Rollback cancelled: nothing was sent.');
            }}
          />
        </Box>
      )}
      {rollback.state.kind === 'two-factor' && (
        <CodePrompt
          message={rollback.state.message}
          isActive={isActive}
          onSubmit={rollback.submitCode}
          onCancel={() => {
            rollback.reset();
            setNotice('Cancelled: nothing was rolled back.');
          }}
        />
      )}
      <RollbackLine state={rollback.state} app={app} releases={releases} />
      {notice && (
        <Box flexShrink={0}>
          <Text color="yellow">{notice}</Text>
        </Box>
      )}
      {!confirming && (
        <Box flexShrink={0}>
          <Text dimColor wrap="truncate-end">
            {hintsFor('dialog', inner, {
              context: {app, release: releases[cursor] ?? null},
              handled: HISTORY_KEYS,
              separator: ' · ',
            })}
          </Text>
        </Box>
      )}
    </Box>
  );
}

const HISTORY_KEYS = handledBy('releaseHistory', 'dialog');
