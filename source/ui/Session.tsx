import {useCallback, useEffect, useRef, useState} from 'react';
import {Box, Text, useApp} from 'ink';
import {App} from './App.js';
import {quitLine, useNoticeKeys} from './hooks/useNoticeKeys.js';
import type {LoginResult, SessionLogin} from '../contract/login.js';
import {LoginScreen} from './LoginScreen.js';
import {ServicesProvider} from './services.js';
import {FAILED_EXIT} from './exit-result.js';
import type {Services} from '../contract/services.js';

export type SessionProps = {
  apiHost: string;
  // Services for the token found at start; null when there is none and the login screen comes first.
  initialServices: Services | null;
  // Validates a typed token (GET /account), saves it, and gives services that use it.
  login: SessionLogin;
  // Lets the session hear of a token rejected mid-session.
  subscribeUnauthorized: (listener: () => void) => () => void;
  // A token from HEROKU_API_KEY cannot be replaced from here: a rejection ends the session.
  tokenFromEnv: boolean;
  board: {pipeline?: string; app?: string; refreshSeconds: number};
};

type State =
  | {kind: 'login'; reason: string | null}
  | {kind: 'board'; services: Services; generation: number}
  | {kind: 'fatal'; message: string};

// The login screen when there is no usable token, then the board; back to the login
// screen when Heroku rejects a saved token, and the board resumes afterwards.
export function Session(props: SessionProps) {
  const {exit} = useApp();
  const [state, setState] = useState<State>(() =>
    props.initialServices
      ? {kind: 'board', services: props.initialServices, generation: 0}
      : {kind: 'login', reason: null},
  );
  const pending = useRef<Services | null>(null);
  const {subscribeUnauthorized, tokenFromEnv, login} = props;

  useEffect(
    () =>
      subscribeUnauthorized(() => {
        setState((current) => {
          if (current.kind !== 'board') return current;
          if (tokenFromEnv) {
            return {
              kind: 'fatal',
              message:
                'Heroku rejected the token in HEROKU_API_KEY: set a valid token and start again.',
            };
          }
          return {
            kind: 'login',
            reason: 'Heroku rejected the saved token: log in again to continue.',
          };
        });
      }),
    [subscribeUnauthorized, tokenFromEnv],
  );

  const validate = useCallback(
    async (token: string): Promise<LoginResult> => {
      const result = await login(token);
      if (result.ok && 'services' in result) pending.current = result.services;
      return result.ok ? {ok: true, email: result.email} : result;
    },
    [login],
  );

  const onDone = useCallback(() => {
    const services = pending.current;
    if (!services) return;
    setState((current) => ({
      kind: 'board',
      services,
      generation: current.kind === 'board' ? current.generation + 1 : Date.now(),
    }));
  }, []);

  useNoticeKeys(() => exit(FAILED_EXIT), state.kind === 'fatal');

  if (state.kind === 'fatal') {
    return (
      <Box flexDirection="column">
        <Text color="red">{state.message}</Text>
        <Text dimColor>{quitLine()}</Text>
      </Box>
    );
  }
  if (state.kind === 'login') {
    return (
      <LoginScreen
        apiHost={props.apiHost}
        reason={state.reason}
        validate={validate}
        onDone={onDone}
        onCancel={exit}
      />
    );
  }
  return (
    <ServicesProvider key={state.generation} services={state.services}>
      <App {...props.board} />
    </ServicesProvider>
  );
}
