import {ConfigError} from '../shared/errors.js';
import type {SimulatorOptions} from './index.js';

// How the demo's simulator behaves beyond its seed, from the environment:
// PIPELINE_TUI_DEMO_SCENARIO=failing-promotion makes production answer 5xx and H12 once a
// promotion lands on it, so verification has something to find. Dynos always restart one by
// one after a release, as Heroku's do. `two-regions` adds whitewave-prod-eu to production
// (waves), `two-factor` asks for the code 123456 before a promotion or a rollback.

export const SCENARIOS = ['healthy', 'failing-promotion', 'two-regions', 'two-factor'] as const;
export const DEMO_TWO_FACTOR_CODE = '123456';
export const DEMO_ROLLING_RESTART_MS = 1500;

export function demoSimulatorOptions(env: NodeJS.ProcessEnv): Partial<SimulatorOptions> {
  const scenario = env.PIPELINE_TUI_DEMO_SCENARIO?.trim() || 'healthy';
  if (!(SCENARIOS as readonly string[]).includes(scenario)) {
    throw new ConfigError(
      `PIPELINE_TUI_DEMO_SCENARIO must be one of ${SCENARIOS.join(', ')}, not "${scenario}".`,
    );
  }
  return {
    logs: {scenario: scenario === 'failing-promotion' ? 'failing-promotion' : 'healthy'},
    rollingRestartMs: DEMO_ROLLING_RESTART_MS,
    ...(scenario === 'two-regions' ? {secondProduction: true} : {}),
    ...(scenario === 'two-factor' ? {twoFactorCode: DEMO_TWO_FACTOR_CODE} : {}),
  };
}
