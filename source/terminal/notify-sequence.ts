import {sanitizeText} from '../shared/sanitize.js';
import type {NotifyProtocol} from './notify-terminal.js';

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;
const MAX_TEXT = 200;

// Outside text (app names, messages) must not end the sequence early or start another: no
// control characters, and none of the separators the protocol reads.
export function notificationText(text: string, separators = ''): string {
  // eslint-disable-next-line no-control-regex
  let clean = sanitizeText(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  for (const separator of separators) clean = clean.replaceAll(separator, ' ');
  clean = clean.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_TEXT ? `${clean.slice(0, MAX_TEXT - 1)}…` : clean;
}

// The desktop notification as the terminal's protocol writes it; '' for none.
export function notificationSequence(
  protocol: NotifyProtocol,
  title: string,
  body: string,
): string {
  switch (protocol) {
    case 'osc9':
      // OSC 9 has one field; ";" is kept out so iTerm2 does not read it as a sub-command.
      return `${ESC}]9;${notificationText(`${title}: ${body}`, ';')}${BEL}`;
    case 'osc777':
      return `${ESC}]777;notify;${notificationText(title, ';')};${notificationText(body, ';')}${BEL}`;
    case 'osc99':
      // kitty: the title, then the body, of one notification (d=0 means more follows).
      return (
        `${ESC}]99;i=ptui:d=0:p=title;${notificationText(title)}${ST}` +
        `${ESC}]99;i=ptui:d=1:p=body;${notificationText(body)}${ST}`
      );
    case 'none':
      return '';
  }
}

export const BELL = BEL;

// What the board writes for one notice: the bell, then the desktop notification if the
// terminal shows one.
export function noticeOutput(
  notice: {title: string; body: string},
  protocol: NotifyProtocol,
): string {
  return BEL + notificationSequence(protocol, notice.title, notice.body);
}
