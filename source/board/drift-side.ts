import type {WireAddon, WireApp, WireBuildpackInstallation, WireFormation} from '../heroku/wire.js';
import type {ConfigValueClass, DriftSide} from './drift.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {Stage} from './types.js';

// A private buildpack's URL may carry a token in its user part or query: keep neither.
export function buildpackLabel(installation: WireBuildpackInstallation): string {
  const name = installation.buildpack.name;
  if (name) return sanitizeText(name);
  const url = sanitizeText(installation.buildpack.url)
    .replace(/^([a-z][\w+.-]*:\/\/)[^/@]*@/i, '$1')
    .replace(/[?#].*$/, '');
  return url;
}

// The side of a drift from what Heroku returns. `config` is the value classes the caller
// computed; the wire lists may lack any field (a missing field is not a crash).
export function driftSideFromWire(input: {
  appId: string;
  appName: string;
  stage: Stage;
  app: WireApp | null;
  config: Record<string, ConfigValueClass>;
  addons: readonly WireAddon[];
  formation: readonly WireFormation[];
  buildpacks: readonly WireBuildpackInstallation[];
}): DriftSide {
  // fromEntries defines own properties, so a var named __proto__ stays a var.
  const config: Record<string, ConfigValueClass> = Object.fromEntries(
    Object.entries(input.config).map(([name, value]) => [sanitizeText(name), value]),
  );
  return {
    appId: input.appId,
    app: sanitizeText(input.appName),
    stage: input.stage,
    config,
    addons: input.addons
      .filter((addon) => addon.state !== 'deprovisioned')
      .map((addon) => ({
        service: sanitizeText(addon.addon_service?.name ?? addon.name ?? 'unknown'),
        plan: sanitizeText(addon.plan?.name ?? 'unknown'),
      })),
    formation: input.formation.map((process) => ({
      type: sanitizeText(process.type),
      quantity: typeof process.quantity === 'number' ? process.quantity : 0,
      size: sanitizeText(process.dyno_size?.name ?? process.size ?? '') || null,
    })),
    stack: sanitizeText(input.app?.stack?.name ?? '') || null,
    region: sanitizeText(input.app?.region?.name ?? '') || null,
    buildpacks: [...input.buildpacks]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((installation) => buildpackLabel(installation)),
  };
}
