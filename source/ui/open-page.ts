import {sanitizeText} from '../shared/sanitize.js';
import {errorSentence} from './error-sentence.js';
import type {MessageTone} from './hooks/useTransientMessage.js';

// Says which page is being opened, and where to find it when no browser could show it.
export function openPage(
  openUrl: (url: string) => Promise<void>,
  address: string,
  notify: (text: string, tone?: MessageTone) => void,
): void {
  const url = sanitizeText(address);
  notify(`Opening ${url}`);
  openUrl(url).catch((error: unknown) => notify(errorSentence(error), 'error'));
}
