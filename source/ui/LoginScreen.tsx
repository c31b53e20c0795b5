import {useCallback, useEffect, useRef, useState} from 'react';
import {Box, Text, useInput} from 'ink';
import Spinner from 'ink-spinner';
import {dispatchKey, type KeyHandlers} from '../board/key-dispatch.js';
import {hintsFor, offeredKey} from '../board/key-hints.js';
import {sanitizeText} from '../shared/sanitize.js';
import {handledBy, type HandledBy} from './key-handlers.js';
import type {LoginResult} from '../contract/login.js';
import {LineInput} from './LineInput.js';

export type LoginScreenProps = {
  apiHost: string;
  // Why the screen is shown again mid-session, e.g. the saved token was rejected.
  reason?: string | null;
  // Checks the token (GET /account) and saves it; the screen itself does no I/O.
  validate: (token: string) => Promise<LoginResult>;
  onDone: (email: string) => void;
  onCancel: () => void;
  // How long "Logged in as" stays before onDone; Enter skips the wait.
  doneDelayMs?: number;
};

type Phase =
  {kind: 'input'; error: string | null} | {kind: 'checking'} | {kind: 'done'; email: string};

const LOGIN_DONE_DELAY_MS = 1500;
const MASK_CHAR = '•';

export function LoginScreen({
  apiHost,
  reason,
  validate,
  onDone,
  onCancel,
  doneDelayMs = LOGIN_DONE_DELAY_MS,
}: LoginScreenProps) {
  const [value, setValue] = useState('');
  const [phase, setPhase] = useState<Phase>({kind: 'input', error: null});
  // Each check gets a number; a result for an older number (Esc pressed, screen gone)
  // is dropped instead of drawing over what came after.
  const attempt = useRef(0);
  // onDone and onCancel end the screen: only the first of them may run.
  const ended = useRef(false);
  const checking = useRef(false);

  const end = useCallback((finish: () => void) => {
    if (ended.current) return;
    ended.current = true;
    attempt.current++;
    finish();
  }, []);

  useEffect(
    () => () => {
      attempt.current++;
    },
    [],
  );

  useEffect(() => {
    if (phase.kind !== 'done') return;
    const timer = setTimeout(() => end(() => onDone(phase.email)), doneDelayMs);
    return () => clearTimeout(timer);
  }, [phase, doneDelayMs, end, onDone]);

  // LineInput submits the text as it is when Enter arrives, even when Enter came in the
  // same chunk as the paste, before any frame showed the pasted token.
  const submit = useCallback(
    (typed: string) => {
      const token = typed.trim();
      if (token === '') {
        setPhase({kind: 'input', error: 'Paste a token first.'});
        return;
      }
      // Two quick Enters arrive before the input is hidden: one check only.
      if (checking.current) return;
      checking.current = true;
      const id = ++attempt.current;
      setPhase({kind: 'checking'});
      validate(token)
        .catch((): LoginResult => ({ok: false, message: 'The token could not be checked.'}))
        .then((result) => {
          if (id !== attempt.current) return;
          checking.current = false;
          if (result.ok) {
            setPhase({kind: 'done', email: sanitizeText(result.email)});
            return;
          }
          setValue('');
          setPhase({kind: 'input', error: sanitizeText(result.message)});
        });
    },
    [validate],
  );

  // While the token is typed or checked Esc cancels (the field has Enter); once it is good,
  // Enter goes on.
  useInput((input, key) => {
    const cancel = () => end(onCancel);
    if (phase.kind !== 'done') {
      const typing: KeyHandlers<HandledBy<'login', 'typing'>> = {back: cancel};
      dispatchKey('typing', input, key, typing);
      return;
    }
    const done: KeyHandlers<HandledBy<'login', 'notice'>> = {
      choose: () => end(() => onDone(phase.email)),
      back: cancel,
    };
    dispatchKey('notice', input, key, done);
  });

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>
        Log in to Heroku <Text dimColor>({sanitizeText(apiHost)})</Text>
      </Text>
      {reason ? <Text color="yellow">{sanitizeText(reason)}</Text> : null}
      <Box flexDirection="column" marginTop={1}>
        <Text>pipeline-tui needs a Heroku API token. Get one from:</Text>
        <Text>
          {'  • the Heroku CLI: '}
          <Text bold>heroku auth:token</Text>
        </Text>
        <Text>
          {'  • the Dashboard: '}
          <Text bold>dashboard.heroku.com/account → API Key → Reveal</Text>
        </Text>
        <Text dimColor>It is saved in a file only you can read.</Text>
      </Box>
      <Box marginTop={1}>
        <Text>Token: </Text>
        {phase.kind === 'input' ? (
          <LineInput value={value} onChange={setValue} onSubmit={submit} mask={MASK_CHAR} />
        ) : (
          <Text dimColor>{MASK_CHAR.repeat(Math.min(value.length, 40))}</Text>
        )}
      </Box>
      <Box marginTop={1}>
        <Status phase={phase} />
      </Box>
      <Text dimColor>
        {phase.kind === 'done'
          ? hintsFor('notice', 80, {handled: LOGGED_IN_KEYS, separator: ' · '})
          : `Enter check · ${offeredKey('typing', 'back')} quit`}
      </Text>
    </Box>
  );
}

function Status({phase}: {phase: Phase}) {
  if (phase.kind === 'checking') {
    return (
      <Text>
        <Spinner /> Checking the token with Heroku…
      </Text>
    );
  }
  if (phase.kind === 'done') return <Text color="green">✓ Logged in as {phase.email}</Text>;
  return (
    <Box flexDirection="column">
      {phase.error ? <Text color="red">✗ {phase.error}</Text> : null}
      <Text dimColor>Paste the token, then press Enter.</Text>
    </Box>
  );
}

const LOGGED_IN_KEYS = handledBy('login', 'notice');
