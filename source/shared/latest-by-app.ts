// What latestByApp reads of a release: any list of versioned, per-app records will do.
type Versioned = {app?: {id?: string} | null; version?: number | null} | null | undefined;

// The newest release per app id; should the list hold two for an app, the higher version wins.
export function latestByApp<T extends Versioned>(releases: readonly T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const release of releases) {
    const appId = release?.app?.id;
    if (!appId) continue;
    const seen = latest.get(appId);
    if (!seen || (release.version ?? 0) > (seen.version ?? 0)) latest.set(appId, release);
  }
  return latest;
}
