import type {Services} from './services.js';

// What the login screen is told of a typed token. cli.tsx checks it with Heroku and saves it
// (source/credentials/login.ts); the screen itself does no I/O.
export type LoginResult = {ok: true; email: string} | {ok: false; message: string};

// Validates a typed token (GET /account), saves it, and gives services that use it.
export type SessionLogin = (
  token: string,
) => Promise<{ok: true; email: string; services: Services} | LoginResult>;
