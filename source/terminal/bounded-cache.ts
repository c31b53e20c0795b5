// Caches for the text Ink measures and draws, bounded so that an all-day session does not
// keep every string it ever showed (a clock, a log line, an age).

// Entries used by this frame or the one before; older ones are let go.
export class TwoFrames<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  get(key: string, make: (key: string) => V): V {
    let value = this.current.get(key);
    if (value !== undefined) return value;
    value = this.previous.get(key);
    if (value === undefined) value = make(key);
    this.current.set(key, value);
    return value;
  }

  endFrame(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

// At most 2 x `size` entries: once `size` are new, the ones not used since are let go.
export class RecentlyUsed<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(private readonly size: number) {}

  get(key: string, make: (key: string) => V): V {
    let value = this.current.get(key);
    if (value !== undefined) return value;
    value = this.previous.get(key);
    if (value === undefined) value = make(key);
    if (this.current.size >= this.size) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
    return value;
  }

  get entries(): number {
    return this.current.size + this.previous.size;
  }
}
