import {sanitizeText} from './sanitize.js';

// The seven characters of a commit SHA that people read and paste.
export function shortSha(sha: string | null | undefined): string {
  return sanitizeText(sha).trim().slice(0, 7);
}
