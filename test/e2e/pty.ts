import pty, {type IPty} from '@lydell/node-pty';
import xterm, {type Terminal} from '@xterm/headless';

// A program in a real pseudo-terminal, its output read by a terminal emulator, so a test
// sees the screen a person would see. Free of vitest: the benchmark drives it too.

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  backspace: '\u007F',
  space: ' ',
  ctrlC: '\u0003',
} as const;

// Ink wraps every frame in "synchronized update" marks on a TTY: the end mark is where a
// frame is complete.
const FRAME_END = '\u001B[?2026l';

export type PtyOptions = {
  file: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  cols?: number;
  rows?: number;
};

// foreground: a palette index (1 red, 2 green, 3 yellow, 6 cyan), null for the default,
// -1 for a true colour.
export type CellStyle = {foreground: number | null; bold: boolean; inverse: boolean; dim: boolean};

export const RED = 1;

export type Exit = {exitCode: number; signal: number | undefined};

// Called once a complete frame is on the emulated screen, with the time its last byte arrived.
export type FrameListener = (arrivedAt: number) => void;

export class PtySession {
  readonly pid: number;
  readonly exited: Promise<Exit>;
  private readonly process: IPty;
  private readonly terminal: Terminal;
  private raw = '';
  private exit: Exit | null = null;
  private readonly frameListeners = new Set<FrameListener>();

  constructor(options: PtyOptions) {
    const cols = options.cols ?? 120;
    const rows = options.rows ?? 40;
    this.terminal = new xterm.Terminal({cols, rows, allowProposedApi: true, scrollback: 0});
    this.process = pty.spawn(options.file, options.args, {
      name: 'xterm-256color',
      cols,
      rows,
      cwd: options.cwd ?? process.cwd(),
      env: options.env as Record<string, string>,
    });
    this.pid = this.process.pid;
    this.process.onData((data) => {
      const arrivedAt = performance.now();
      this.raw += data;
      const frameEnds = data.includes(FRAME_END);
      this.terminal.write(data, () => {
        if (!frameEnds) return;
        for (const listener of this.frameListeners) listener(arrivedAt);
      });
    });
    // Answers to the program's terminal queries (cursor position, attributes) go back to it.
    this.terminal.onData((data) => {
      if (!this.exit) this.process.write(data);
    });
    this.exited = new Promise<Exit>((resolve) => {
      this.process.onExit(({exitCode, signal}) => {
        this.exit = {exitCode, signal};
        resolve(this.exit);
      });
    });
  }

  get running(): boolean {
    return this.exit === null;
  }

  // The visible lines, trailing blanks trimmed.
  screen(): string[] {
    const buffer = this.terminal.buffer.active;
    const lines: string[] = [];
    for (let row = 0; row < this.terminal.rows; row++) {
      lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
    }
    return lines;
  }

  screenText(): string {
    return this.screen().join('\n');
  }

  // How the first cell of `needle` on screen is drawn; null when it is not on screen.
  styleOf(needle: string): CellStyle | null {
    const buffer = this.terminal.buffer.active;
    for (let row = 0; row < this.terminal.rows; row++) {
      const line = buffer.getLine(buffer.viewportY + row);
      if (!line) continue;
      const text = line.translateToString(true);
      const index = text.indexOf(needle);
      if (index < 0) continue;
      // Cells and string indexes agree for the narrow characters the board draws.
      const cell = line.getCell(index);
      if (!cell) return null;
      return {
        foreground: cell.isFgPalette() ? cell.getFgColor() : cell.isFgDefault() ? null : -1,
        bold: cell.isBold() !== 0,
        inverse: cell.isInverse() !== 0,
        dim: cell.isDim() !== 0,
      };
    }
    return null;
  }

  // Everything the program wrote, escape sequences included.
  output(): string {
    return this.raw;
  }

  // Polls the screen until the predicate holds; fails with the screen it last saw.
  async waitForScreen(
    predicate: (text: string, lines: string[]) => boolean,
    timeoutMs = 15_000,
    what = 'the expected screen',
  ): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const lines = this.screen();
      const text = lines.join('\n');
      if (predicate(text, lines)) return text;
      if (Date.now() > deadline) {
        throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Screen:\n${text}`);
      }
      if (this.exit && !predicate(text, lines)) {
        // What the program wrote last can reach the terminal after its exit is reported:
        // give it a moment to be drawn before calling the screen final.
        const drawnBy = Date.now() + 2000;
        while (Date.now() < drawnBy && !predicate(this.screenText(), this.screen())) await settle();
        const last = this.screenText();
        if (predicate(last, this.screen())) return last;
        throw new Error(
          `The program exited (code ${this.exit.exitCode}) while waiting for ${what}. Screen:\n${last}\nOutput:\n${this.raw.slice(-2000)}`,
        );
      }
      await settle();
    }
  }

  async waitForText(needle: string | RegExp, timeoutMs = 15_000): Promise<string> {
    return this.waitForScreen(
      (text) => (typeof needle === 'string' ? text.includes(needle) : needle.test(text)),
      timeoutMs,
      `"${String(needle)}"`,
    );
  }

  async waitForNoText(needle: string | RegExp, timeoutMs = 15_000): Promise<string> {
    return this.waitForScreen(
      (text) => (typeof needle === 'string' ? !text.includes(needle) : !needle.test(text)),
      timeoutMs,
      `"${String(needle)}" to go away`,
    );
  }

  // Each argument is one key press (or a pasted string), written in order.
  press(...keys: string[]): void {
    for (const key of keys) this.process.write(key);
  }

  resize(cols: number, rows: number): void {
    this.terminal.resize(cols, rows);
    this.process.resize(cols, rows);
  }

  onFrame(listener: FrameListener): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  async waitForExit(timeoutMs = 10_000): Promise<Exit> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`The program did not exit within ${timeoutMs} ms.`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  // Ends the program if it still runs, and waits until it is gone.
  async kill(): Promise<void> {
    if (this.exit) return;
    this.process.kill('SIGTERM');
    try {
      await this.waitForExit(3000);
    } catch {
      this.process.kill('SIGKILL');
      await this.waitForExit(3000).catch(() => undefined);
    }
  }

  dispose(): void {
    this.terminal.dispose();
  }
}

const live = new Set<PtySession>();

export function spawnPty(options: PtyOptions): PtySession {
  const session = new PtySession(options);
  live.add(session);
  return session;
}

// Every session still running, ended; for afterEach and the benchmark's exit path.
export async function killAllPtys(): Promise<void> {
  const sessions = [...live];
  live.clear();
  await Promise.all(sessions.map((session) => session.kill()));
  for (const session of sessions) session.dispose();
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 25));
}
