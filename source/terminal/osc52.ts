// OSC 52 asks the terminal to put text on the clipboard; it works over SSH because the
// terminal on the person's own machine does the copying. Pure: the caller writes it.

const ESC = '\u001b';
const BEL = '\u0007';
// Many terminals drop a longer sequence (xterm's default limit is about 100 kB).
export const OSC52_MAX_BYTES = 100_000;

export function osc52(text: string, env: {TMUX?: string; STY?: string} = {}): string {
  const payload = Buffer.from(text, 'utf8').toString('base64');
  const sequence = `${ESC}]52;c;${payload}${BEL}`;
  // tmux and screen pass a sequence on to the outer terminal only when wrapped.
  if (env.TMUX) return `${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${ESC}\\`;
  if (env.STY) return `${ESC}P${sequence}${ESC}\\`;
  return sequence;
}

// The text inside an OSC 52 sequence (tmux-wrapped or not), or null: for tests and checks.
export function decodeOsc52(sequence: string): string | null {
  // eslint-disable-next-line no-control-regex
  const match = /\u001b\]52;[a-z]*;([A-Za-z0-9+/=]*)(?:\u0007|\u001b\\)/.exec(sequence);
  return match ? Buffer.from(match[1] ?? '', 'base64').toString('utf8') : null;
}

export function fitsOsc52(text: string): boolean {
  return Math.ceil(Buffer.byteLength(text, 'utf8') / 3) * 4 <= OSC52_MAX_BYTES;
}
