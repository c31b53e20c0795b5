// Cuts a byte stream into lines with bounded memory: a line longer than maxLineBytes is cut
// there (and marked), and the rest of it up to the next line break is skipped. Bytes that are
// not UTF-8 decode to U+FFFD.

export const MAX_LINE_BYTES = 10 * 1024;
export const CUT_MARK = ' [line cut]';

export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private skipping = false;

  constructor(private readonly maxLineBytes = MAX_LINE_BYTES) {}

  push(chunk: Buffer): string[] {
    const lines: string[] = [];
    let start = 0;
    while (start < chunk.length) {
      const end = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, end === -1 ? chunk.length : end);
      this.take(piece, lines);
      if (end === -1) break;
      this.finishLine(lines);
      start = end + 1;
    }
    return lines;
  }

  // What is left when the stream ends without a final line break.
  end(): string[] {
    const lines: string[] = [];
    if (this.pendingBytes > 0) this.finishLine(lines);
    this.skipping = false;
    return lines;
  }

  private take(piece: Buffer, lines: string[]): void {
    if (this.skipping || piece.length === 0) return;
    const room = this.maxLineBytes - this.pendingBytes;
    if (piece.length <= room) {
      // Copied: the caller's chunk is not kept alive by a short remainder.
      this.pending.push(Buffer.from(piece));
      this.pendingBytes += piece.length;
      return;
    }
    this.pending.push(Buffer.from(piece.subarray(0, room)));
    this.pendingBytes += room;
    lines.push(this.text() + CUT_MARK);
    this.skipping = true;
  }

  private finishLine(lines: string[]): void {
    if (this.skipping) {
      this.skipping = false;
      return;
    }
    const text = this.text();
    this.pending = [];
    this.pendingBytes = 0;
    lines.push(text.endsWith('\r') ? text.slice(0, -1) : text);
  }

  private text(): string {
    const text = Buffer.concat(this.pending).toString('utf8');
    this.pending = [];
    this.pendingBytes = 0;
    return text;
  }
}
