import {sanitizeText} from '../board/sanitize.js';

// One sentence for a person. The Heroku client's errors carry a describe() that adds the
// Request-Id; this module may not import them, so it asks for the method by shape.
export function errorSentence(error: unknown): string {
  const describe = (error as {describe?: unknown} | null)?.describe;
  const text =
    typeof describe === 'function'
      ? String(describe.call(error))
      : error instanceof Error
        ? error.message
        : String(error);
  return sanitizeText(text).trim() || 'Something went wrong.';
}
