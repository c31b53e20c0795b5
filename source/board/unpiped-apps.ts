import type {WireApp, WireCoupling} from '../heroku/wire.js';

// The apps of the account and its teams that are in no pipeline: what can be added.

export type UnpipedApp = {
  id: string;
  name: string;
  region: string | null;
  team: string | null; // null for the account's own apps
  lastRelease: string | null; // ISO time of the newest release
};

export function unpipedApps(apps: WireApp[], couplings: WireCoupling[]): UnpipedApp[] {
  const coupled = new Set(couplings.map((c) => c.app.id));
  const seen = new Set<string>();
  const result: UnpipedApp[] = [];
  for (const app of apps) {
    if (coupled.has(app.id) || seen.has(app.id)) continue;
    seen.add(app.id);
    result.push({
      id: app.id,
      name: app.name,
      region: app.region?.name ?? null,
      team: app.team?.name ?? null,
      lastRelease: app.released_at ?? null,
    });
  }
  return result.sort((a, b) => a.name.localeCompare(b.name));
}

// Case-insensitive match on name, team or region, as the list's filter field.
export function filterUnpiped(apps: UnpipedApp[], query: string): UnpipedApp[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return apps;
  return apps.filter((app) => {
    const text = `${app.name} ${app.team ?? ''} ${app.region ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
