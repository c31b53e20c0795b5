// Keeps the last `limit` bytes of a stream of chunks, holding never more than the limit plus
// one chunk: a hostile or endless stream costs bounded memory, and the tail (where a failed
// release command says why) is what survives.
export class TailBuffer {
  private chunks: Buffer[] = [];
  private held = 0;
  private dropped = false;

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    // A single chunk larger than the limit keeps only its own tail.
    const piece =
      chunk.length > this.limit ? Buffer.from(chunk.subarray(chunk.length - this.limit)) : chunk;
    if (piece !== chunk) this.dropped = true;
    this.chunks.push(piece);
    this.held += piece.length;
    while (this.held - (this.chunks[0]?.length ?? 0) >= this.limit && this.chunks.length > 1) {
      this.held -= this.chunks.shift()!.length;
      this.dropped = true;
    }
  }

  // Bytes held right now: at most the limit plus one chunk.
  get size(): number {
    return this.held;
  }

  text(): string {
    const all = Buffer.concat(this.chunks);
    let tail = all.subarray(Math.max(0, all.length - this.limit));
    // Cutting may land inside a UTF-8 character: skip its continuation bytes.
    if (this.dropped || tail.length < all.length) {
      let start = 0;
      while (start < tail.length && start < 3 && (tail[start]! & 0xc0) === 0x80) start++;
      tail = tail.subarray(start);
    }
    return tail.toString('utf8');
  }
}
