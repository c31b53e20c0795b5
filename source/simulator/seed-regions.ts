import {couple} from './builder.js';
import {findApp, findPipeline} from './state.js';
import type {SimState} from './state.js';

// A second production app for waves: the demo's EU app joins whitewave's production stage,
// next to whitewave-prod (served from the US).
export function coupleSecondProduction(state: SimState): void {
  const pipeline = findPipeline(state, 'whitewave');
  const eu = findApp(state, 'whitewave-prod-eu');
  if (!pipeline || !eu || state.couplings.some((c) => c.appId === eu.id)) return;
  couple(state, pipeline, eu, 'production');
}
