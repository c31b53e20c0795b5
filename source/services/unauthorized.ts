import {UnauthorizedError} from '../heroku/errors.js';

// Runs Heroku work and tells the session when Heroku rejects the token, so the login
// screen can come back; the error still reaches the caller.
export function unauthorizedGuard(onUnauthorized?: (error: UnauthorizedError) => void) {
  return async function guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UnauthorizedError) onUnauthorized?.(error);
      throw error;
    }
  };
}
