// A cache for the text Ink measures and draws, bounded so that an all-day session does not
// keep every string it ever showed (a clock, a log line, an age).
//
// Two generations: a lookup keeps its entry in the newer one; `rotate()` makes the newer the
// older and lets go of what the older still held, i.e. of every entry not used since the last
// rotation. The frame buffer rotates after each frame (what the last two frames drew stays);
// given a size, the cache also rotates itself once that many entries are new (at most twice
// the size are kept).
export class TwoGenerations<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(private readonly size = Number.POSITIVE_INFINITY) {}

  get(key: string, make: (key: string) => V): V {
    let value = this.current.get(key);
    if (value !== undefined) return value;
    value = this.previous.get(key);
    if (value === undefined) value = make(key);
    if (this.current.size >= this.size) this.rotate();
    this.current.set(key, value);
    return value;
  }

  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get entries(): number {
    return this.current.size + this.previous.size;
  }
}
