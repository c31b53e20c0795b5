import {describe, expect, it} from 'vitest';
import {demoSimulatorOptions} from '../../source/simulator/demo-options.js';

describe('demoSimulatorOptions', () => {
  it('is healthy with rolling restarts unless the environment picks the failing scenario', () => {
    expect(demoSimulatorOptions({})).toEqual({logs: {scenario: 'healthy'}, rollingRestartMs: 1500});
    expect(demoSimulatorOptions({PIPELINE_TUI_DEMO_SCENARIO: 'failing-promotion'}).logs).toEqual({
      scenario: 'failing-promotion',
    });
  });

  it('adds a second production app, or a two-factor code, when asked', () => {
    expect(demoSimulatorOptions({PIPELINE_TUI_DEMO_SCENARIO: 'two-regions'})).toMatchObject({
      secondProduction: true,
      logs: {scenario: 'healthy'},
    });
    expect(demoSimulatorOptions({PIPELINE_TUI_DEMO_SCENARIO: 'two-factor'}).twoFactorCode).toBe(
      '123456',
    );
  });

  it('names the scenarios when given one it does not know', () => {
    expect(() => demoSimulatorOptions({PIPELINE_TUI_DEMO_SCENARIO: 'failpromo'})).toThrow(
      'PIPELINE_TUI_DEMO_SCENARIO must be one of healthy, failing-promotion, two-regions, two-factor, not "failpromo".',
    );
  });
});
