import {describeError} from '../shared/errors.js';
import {sanitizeText} from '../shared/sanitize.js';

// One sentence for a person: the error's describe() (with the Request-Id for Heroku's).
export function errorSentence(error: unknown): string {
  return sanitizeText(describeError(error)).trim() || 'Something went wrong.';
}
