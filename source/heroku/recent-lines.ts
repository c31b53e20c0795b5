// The newest lines seen, to recognise the ones a new session's history repeats. Bounded: a
// session's history is at most 1,500 lines, so remembering a few more is enough.

export class RecentLines {
  private readonly seen = new Set<string>();
  private readonly order: string[] = [];
  private head = 0;

  constructor(private readonly capacity = 2000) {}

  get size(): number {
    return this.seen.size;
  }

  has(line: string): boolean {
    return this.seen.has(line);
  }

  addAll(lines: readonly string[]): void {
    for (const line of lines) {
      if (this.seen.has(line)) continue;
      if (this.order.length < this.capacity) {
        this.order.push(line);
      } else {
        this.seen.delete(this.order[this.head]!);
        this.order[this.head] = line;
        this.head = (this.head + 1) % this.capacity;
      }
      this.seen.add(line);
    }
  }
}
