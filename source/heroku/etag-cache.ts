// Bodies Heroku said were current, by request; a 304 answer reuses them. In memory only:
// some bodies are sensitive and nothing of them belongs on disk.

export type CachedResponse = {
  etag: string;
  body: unknown;
  nextRange: string | null;
};

export class EtagCache {
  private readonly entries = new Map<string, CachedResponse>();

  constructor(private readonly maxEntries = 2000) {}

  static key(parts: {
    method: string;
    url: string;
    accept: string;
    range?: string | null;
    body?: string | null;
  }): string {
    return JSON.stringify([
      parts.method,
      parts.url,
      parts.accept,
      parts.range ?? '',
      parts.body ?? '',
    ]);
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Map order doubles as recency for the eviction below.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
