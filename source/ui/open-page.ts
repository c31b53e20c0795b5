import {sanitizeText} from '../shared/sanitize.js';
import {openableUrl} from '../shared/web-url.js';
import {errorSentence} from './error-sentence.js';
import type {MessageTone} from './hooks/useTransientMessage.js';

// Says which page is being opened, and where to find it when no browser could show it.
export function openPage(
  openUrl: (url: string) => Promise<void>,
  address: string,
  notify: (text: string, tone?: MessageTone) => void,
): void {
  // The last gate before the browser: whatever built the address, only a web page opens.
  const url = openableUrl(sanitizeText(address));
  if (!url) {
    notify('That address is not a web page, so it was not opened.', 'warning');
    return;
  }
  notify(`Opening ${url}`);
  openUrl(url).catch((error: unknown) => notify(errorSentence(error), 'error'));
}
