import {render} from 'ink';
import type {LoginResult} from '../contract/login.js';
import {LoginScreen} from './LoginScreen.js';
import {Session, type SessionProps} from './Session.js';
import {exitCodeOf} from './exit-result.js';
import {KeyRouter} from './hooks/key-router.js';

export const MAX_FPS = 120;

// The entry points that put a screen on the terminal. cli.tsx loads this module only when a
// screen is needed, after it has chosen React's build, so no JSX runs before that choice.

// Resolves with the exit code the session ended with: 1 when the person quit after a failure.
export async function showSession(props: SessionProps): Promise<number> {
  // The alternate screen keeps the person's scrollback intact and leaves no board behind on quit.
  process.stdout.write('\u001B[?1049h\u001B[H');
  try {
    // Ink draws at most 30 frames a second by default: a key held down (auto-repeat every
    // 33 ms) or the first board then waits for the next slot. 120 leaves the wait under 9 ms.
    const instance = render(
      <KeyRouter>
        <Session {...props} />
      </KeyRouter>,
      {exitOnCtrlC: true, maxFps: MAX_FPS},
    );
    return exitCodeOf(await instance.waitUntilExit());
  } finally {
    process.stdout.write('\u001B[?1049l');
  }
}

// The login screen alone, for `pipeline-tui login`: exit code 0 once a token is saved.
export async function showLogin(props: {
  apiHost: string;
  validate: (token: string) => Promise<LoginResult>;
}): Promise<number> {
  let code = 1;
  const instance = render(
    <LoginScreen
      apiHost={props.apiHost}
      validate={props.validate}
      onDone={() => {
        code = 0;
        instance.unmount();
      }}
      onCancel={() => instance.unmount()}
    />,
  );
  await instance.waitUntilExit();
  return code;
}
