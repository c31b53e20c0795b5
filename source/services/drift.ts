import {buildDrift, type ConfigValueClass, type Drift} from '../board/drift.js';
import {driftSideFromWire} from '../board/drift-side.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {AppCard} from '../board/types.js';
import type {HerokuClient} from '../heroku/client.js';
import type {WireConfigVars} from '../heroku/wire.js';
import type {DriftServices} from '../contract/drift.js';
import type {ServicesDeps} from './deps.js';
import {unauthorizedGuard} from './unauthorized.js';

// Config var values are secrets. They are fetched (the client keeps no copy of them),
// compared here in memory, and reduced at once to a per-name "same or not" class; no
// value, hash or length leaves this module.
export function configValueClasses(
  from: WireConfigVars,
  to: WireConfigVars,
): {from: Record<string, ConfigValueClass>; to: Record<string, ConfigValueClass>} {
  const entries = (vars: WireConfigVars) => Object.entries(vars ?? {});
  return {
    from: Object.fromEntries(entries(from).map(([name]) => [name, 0 as ConfigValueClass])),
    to: Object.fromEntries(
      entries(to).map(([name, value]): [string, ConfigValueClass] => [
        name,
        Object.hasOwn(from, name) && from[name] === value ? 0 : 1,
      ]),
    ),
  };
}

async function readSettings(client: HerokuClient, app: AppCard) {
  const [wireApp, addons, formation, buildpacks] = await Promise.all([
    client.app(app.id),
    client.addons(app.id),
    client.formation(app.id),
    client.buildpacks(app.id),
  ]);
  return {wireApp, addons, formation, buildpacks};
}

function side(
  app: AppCard,
  settings: Awaited<ReturnType<typeof readSettings>>,
  config: Record<string, ConfigValueClass>,
) {
  return driftSideFromWire({
    appId: app.id,
    appName: app.name,
    stage: app.stage,
    app: settings.wireApp,
    config,
    addons: settings.addons,
    formation: settings.formation,
    buildpacks: settings.buildpacks,
  });
}

async function configNames(client: HerokuClient, app: AppCard): Promise<Set<string>> {
  return new Set(Object.keys(await client.configVars(app.id)).map((name) => sanitizeText(name)));
}

export function createDriftServices(deps: ServicesDeps): DriftServices {
  const {client} = deps;

  const guard = unauthorizedGuard(deps.onUnauthorized);

  async function drift(from: AppCard, to: AppCard): Promise<Drift> {
    const [classes, fromSettings, toSettings] = await Promise.all([
      Promise.all([client.configVars(from.id), client.configVars(to.id)]).then(([a, b]) =>
        configValueClasses(a, b),
      ),
      readSettings(client, from),
      readSettings(client, to),
    ]);
    return buildDrift({
      from: side(from, fromSettings, classes.from),
      to: side(to, toSettings, classes.to),
    });
  }

  async function missingConfigVars(
    source: AppCard,
    targets: AppCard[],
  ): Promise<Record<string, string[]>> {
    const [sourceNames, ...targetNames] = await Promise.all([
      configNames(client, source),
      ...targets.map((target) => configNames(client, target)),
    ]);
    const result: Record<string, string[]> = {};
    targets.forEach((target, i) => {
      const names = targetNames[i] ?? new Set<string>();
      result[target.id] = [...sourceNames!].filter((name) => !names.has(name)).sort();
    });
    return result;
  }

  return {
    drift: async (from, to) => guard(() => drift(from, to)),
    missingConfigVars: async (source, targets) => guard(() => missingConfigVars(source, targets)),
  };
}
