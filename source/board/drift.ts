import {plural} from '../shared/plural.js';
import type {Stage} from './types.js';

// What differs between two apps of adjacent stages besides the code. Config var values
// are secrets: they never reach this module. The caller compares them in memory and
// hands over, per name, an opaque value class that only says "same as the other side's
// class for this name, or not"; nothing of a value (not even a hash) is kept here.

export type ConfigValueClass = 0 | 1;

export type DriftAddon = {service: string; plan: string};
export type DriftProcess = {type: string; quantity: number; size: string | null};

export type DriftSide = {
  appId: string;
  app: string;
  stage: Stage;
  // name -> value class. A name present on both sides with the same class has the same value.
  config: Record<string, ConfigValueClass>;
  addons: DriftAddon[];
  formation: DriftProcess[];
  stack: string | null;
  region: string | null;
  buildpacks: string[];
};

export type DriftStatus = 'only-from' | 'only-to' | 'differs' | 'same';

export type AddonDrift = {service: string; from: string[]; to: string[]; status: DriftStatus};

export type ProcessDrift = {
  type: string;
  from: {quantity: number; size: string | null} | null;
  to: {quantity: number; size: string | null} | null;
  status: DriftStatus;
};

export type ValueDrift = {from: string | null; to: string | null; same: boolean};

export type Drift = {
  from: {appId: string; app: string; stage: Stage};
  to: {appId: string; app: string; stage: Stage};
  config: {onlyInFrom: string[]; onlyInTo: string[]; differs: string[]; same: string[]};
  addons: AddonDrift[];
  formation: ProcessDrift[];
  stack: ValueDrift;
  region: ValueDrift;
  buildpacks: {from: string[]; to: string[]; same: boolean};
};

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function statusOf(inFrom: boolean, inTo: boolean, same: boolean): DriftStatus {
  if (!inTo) return 'only-from';
  if (!inFrom) return 'only-to';
  return same ? 'same' : 'differs';
}

function compareConfig(from: DriftSide, to: DriftSide): Drift['config'] {
  const result: Drift['config'] = {onlyInFrom: [], onlyInTo: [], differs: [], same: []};
  for (const name of Object.keys(from.config)) {
    if (!Object.hasOwn(to.config, name)) result.onlyInFrom.push(name);
    else if (from.config[name] === to.config[name]) result.same.push(name);
    else result.differs.push(name);
  }
  for (const name of Object.keys(to.config)) {
    if (!Object.hasOwn(from.config, name)) result.onlyInTo.push(name);
  }
  for (const list of Object.values(result)) list.sort(byName);
  return result;
}

function plansByService(addons: readonly DriftAddon[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const {service, plan} of addons) map.set(service, [...(map.get(service) ?? []), plan]);
  for (const plans of map.values()) plans.sort(byName);
  return map;
}

// Grouped by service: an app may have two databases of one service, and what matters is
// whether both sides have the same plans of it.
function compareAddons(from: DriftSide, to: DriftSide): AddonDrift[] {
  const a = plansByService(from.addons);
  const b = plansByService(to.addons);
  const services = [...new Set([...a.keys(), ...b.keys()])].sort(byName);
  return services.map((service) => {
    const fromPlans = a.get(service) ?? [];
    const toPlans = b.get(service) ?? [];
    const status = statusOf(a.has(service), b.has(service), sameList(fromPlans, toPlans));
    return {service, from: fromPlans, to: toPlans, status};
  });
}

function compareFormation(from: DriftSide, to: DriftSide): ProcessDrift[] {
  const a = new Map(from.formation.map((p) => [p.type, {quantity: p.quantity, size: p.size}]));
  const b = new Map(to.formation.map((p) => [p.type, {quantity: p.quantity, size: p.size}]));
  const types = [...new Set([...a.keys(), ...b.keys()])].sort(byName);
  return types.map((type) => {
    const f = a.get(type) ?? null;
    const t = b.get(type) ?? null;
    const same = f !== null && t !== null && f.quantity === t.quantity && f.size === t.size;
    return {type, from: f, to: t, status: statusOf(f !== null, t !== null, same)};
  });
}

export function buildDrift(input: {from: DriftSide; to: DriftSide}): Drift {
  const {from, to} = input;
  return {
    from: {appId: from.appId, app: from.app, stage: from.stage},
    to: {appId: to.appId, app: to.app, stage: to.stage},
    config: compareConfig(from, to),
    addons: compareAddons(from, to),
    formation: compareFormation(from, to),
    stack: {from: from.stack, to: to.stack, same: from.stack === to.stack},
    region: {from: from.region, to: to.region, same: from.region === to.region},
    buildpacks: {
      from: from.buildpacks,
      to: to.buildpacks,
      same: sameList(from.buildpacks, to.buildpacks),
    },
  };
}

// One pair in `status --json`: names, plans, sizes and counts only. Add-ons and processes
// are listed only where the two sides differ.
export type DriftReport = {
  from: string;
  to: string;
  configOnlyIn: {from: string[]; to: string[]};
  configDiffers: string[];
  configSame: number;
  addons: Array<{service: string; from: string[]; to: string[]}>;
  formation: Array<Pick<ProcessDrift, 'type' | 'from' | 'to'>>;
  stack: ValueDrift;
  region: ValueDrift;
  buildpacks: Drift['buildpacks'];
  summary: string;
  error: null;
};

// A pair whose drift could not be read (e.g. no permission to see config vars).
export type DriftFailure = {from: string; to: string; error: string};

export type DriftDocument = DriftReport | DriftFailure;

export function driftDocument(drift: Drift): DriftReport {
  return {
    from: drift.from.app,
    to: drift.to.app,
    configOnlyIn: {from: [...drift.config.onlyInFrom], to: [...drift.config.onlyInTo]},
    configDiffers: [...drift.config.differs],
    configSame: drift.config.same.length,
    addons: drift.addons
      .filter((addon) => addon.status !== 'same')
      .map(({service, from, to}) => ({service, from: [...from], to: [...to]})),
    formation: drift.formation
      .filter((process) => process.status !== 'same')
      .map(({type, from, to}) => ({type, from, to})),
    stack: {...drift.stack},
    region: {...drift.region},
    buildpacks: {
      ...drift.buildpacks,
      from: [...drift.buildpacks.from],
      to: [...drift.buildpacks.to],
    },
    summary: driftSummary(drift),
    error: null,
  };
}

// How the view and the summary name a side: by its stage, or by its app when both
// sides share a stage.
export function sideLabels(drift: Pick<Drift, 'from' | 'to'>): {from: string; to: string} {
  if (drift.from.stage === drift.to.stage) return {from: drift.from.app, to: drift.to.app};
  return {from: drift.from.stage, to: drift.to.stage};
}

function differ(n: number): string {
  return n === 1 ? 'differs' : 'differ';
}

export function hasDrift(drift: Drift): boolean {
  return driftSummaryParts(drift).length > 0;
}

// The clauses of the summary, most urgent first; none when the two apps are set up alike.
export function driftSummaryParts(drift: Drift): string[] {
  const labels = sideLabels(drift);
  const parts: string[] = [];
  const {onlyInFrom, onlyInTo, differs} = drift.config;
  if (onlyInFrom.length > 0)
    parts.push(`${plural(onlyInFrom.length, 'config var')} missing on ${labels.to}`);
  if (onlyInTo.length > 0)
    parts.push(`${plural(onlyInTo.length, 'config var')} missing on ${labels.from}`);
  if (differs.length > 0)
    parts.push(`${plural(differs.length, 'config var')} ${differ(differs.length)}`);
  const addons = (status: DriftStatus) => drift.addons.filter((a) => a.status === status).length;
  const addonsMissingTo = addons('only-from');
  const addonsMissingFrom = addons('only-to');
  const plans = addons('differs');
  if (addonsMissingTo > 0)
    parts.push(`${plural(addonsMissingTo, 'add-on')} missing on ${labels.to}`);
  if (addonsMissingFrom > 0)
    parts.push(`${plural(addonsMissingFrom, 'add-on')} missing on ${labels.from}`);
  if (plans > 0) parts.push(`${plural(plans, 'add-on plan')} ${differ(plans)}`);
  const processes = drift.formation.filter((p) => p.status !== 'same').length;
  if (processes > 0) parts.push(`${plural(processes, 'process type')} ${differ(processes)}`);
  if (!drift.stack.same) parts.push('stack differs');
  if (!drift.region.same) parts.push('region differs');
  if (!drift.buildpacks.same) parts.push('buildpacks differ');
  return parts;
}

// One line, e.g. '2 config vars missing on production, 1 add-on plan differs'.
export function driftSummary(drift: Drift): string {
  const parts = driftSummaryParts(drift);
  return parts.length > 0 ? parts.join(', ') : 'no drift';
}
