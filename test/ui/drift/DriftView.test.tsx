import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {buildDrift, type Drift, type DriftSide} from '../../../source/board/drift.js';
import {driftSideFromWire} from '../../../source/board/drift-side.js';
import type {AppCard} from '../../../source/board/types.js';
import {DriftView} from '../../../source/ui/drift/DriftView.js';
import {ServicesProvider} from '../../../source/ui/services.js';
import {makeApp} from '../fixtures.js';
import {frame, servicesWith, waitForFrame, type Rendered} from './frames.js';

const mounted: Rendered[] = [];

afterEach(() => {
  for (const instance of mounted.splice(0)) instance.unmount();
});

function sideOf(app: AppCard, overrides: Partial<DriftSide> = {}): DriftSide {
  return {
    appId: app.id,
    app: app.name,
    stage: app.stage,
    config: {},
    addons: [],
    formation: [],
    stack: 'heroku-24',
    region: 'us',
    buildpacks: ['heroku/ruby'],
    ...overrides,
  };
}

const staging = makeApp('whitewave-staging', 'staging');
const prod = makeApp('whitewave-prod', 'production');
const prodEu = makeApp('whitewave-prod-eu', 'production');

function sampleDrift(from: AppCard, to: AppCard): Drift {
  return buildDrift({
    from: sideOf(from, {
      config: {FEATURE_CHECKOUT_V2: 0, DATABASE_URL: 0, RAILS_ENV: 0, LOG_LEVEL: 0, ONLY_ME: 0},
      addons: [
        {service: 'heroku-postgresql', plan: 'heroku-postgresql:essential-0'},
        {service: 'papertrail', plan: 'papertrail:choklad'},
        {service: 'heroku-redis', plan: 'heroku-redis:mini'},
      ],
      formation: [
        {type: 'web', quantity: 1, size: 'Basic'},
        {type: 'worker', quantity: 1, size: 'Basic'},
      ],
    }),
    to: sideOf(to, {
      config: {DATABASE_URL: 1, RAILS_ENV: 0, LOG_LEVEL: 1, SENTRY_DSN: 0},
      addons: [
        {service: 'heroku-postgresql', plan: 'heroku-postgresql:standard-0'},
        {service: 'heroku-redis', plan: 'heroku-redis:mini'},
      ],
      formation: [
        {type: 'web', quantity: 2, size: 'Standard-1X'},
        {type: 'worker', quantity: 1, size: 'Basic'},
      ],
      stack: 'heroku-22',
    }),
  });
}

function mount(
  props: Partial<Parameters<typeof DriftView>[0]> & {
    drift?: (from: AppCard, to: AppCard) => Promise<Drift>;
  },
) {
  const drift = vi.fn(props.drift ?? (async (from: AppCard, to: AppCard) => sampleDrift(from, to)));
  const onBack = vi.fn();
  const instance = render(
    <ServicesProvider services={servicesWith({drift})}>
      <DriftView
        pairs={props.pairs ?? [{from: staging, to: prod}]}
        initialPair={props.initialPair}
        width={props.width ?? 100}
        height={props.height ?? 40}
        isActive={props.isActive ?? true}
        onBack={onBack}
      />
    </ServicesProvider>,
  );
  mounted.push(instance);
  return {instance, drift, onBack};
}

const press = {esc: '\u001b', down: '\u001b[B', right: '\u001b[C', left: '\u001b[D'};

describe('DriftView', () => {
  it('reads at a glance: missing on each side, differing, same, add-ons, formation, stack', async () => {
    const {instance} = mount({});
    const text = await waitForFrame(instance, (t) => t.includes('Buildpacks'));
    expect(text).toContain('whitewave-staging ⇄ whitewave-prod');
    expect(text).toContain(
      '2 config vars missing on production, 1 config var missing on staging, 2 config vars differ',
    );
    expect(text).toMatch(/Missing on production \(2\)\n\s+\+ FEATURE_CHECKOUT_V2\s+\+ ONLY_ME/);
    expect(text).toMatch(/Missing on staging \(1\)\n\s+- SENTRY_DSN/);
    expect(text).toMatch(/Different values \(2\)\n\s+≠ DATABASE_URL\s+≠ LOG_LEVEL/);
    expect(text).toContain('Same on both: 1 var');
    expect(text).toMatch(/heroku-postgresql\s+essential-0\s+standard-0\s+differs/);
    expect(text).toMatch(/papertrail\s+choklad\s+—\s+missing on production/);
    expect(text).toMatch(/heroku-redis\s+mini\s+mini\s+same/);
    expect(text).toMatch(/web\s+1 × Basic\s+2 × Standard-1X\s+differs/);
    expect(text).toMatch(/Stack\s+heroku-24\s+heroku-22\s+differs/);
    expect(text).toMatch(/Region\s+us\s+us\s+same/);
    expect(text).toMatch(/Buildpacks\s+heroku\/ruby\s+heroku\/ruby\s+same/);
    // One column layout down the screen: every verdict starts in the same column.
    const verdicts = text
      .split('\n')
      .filter((line) => /^ {2}(heroku-|papertrail|web|worker|Stack|Region|Buildpacks)/.test(line))
      .map((line) => line.search(/(differs|same|missing on \w+)$/));
    expect(verdicts).toHaveLength(8);
    expect(new Set(verdicts).size).toBe(1);
  });

  it('says so when there is no drift', async () => {
    const {instance} = mount({
      drift: async (from, to) => buildDrift({from: sideOf(from), to: sideOf(to)}),
    });
    const text = await waitForFrame(instance, (t) => t.includes('No drift'));
    expect(text).toContain('No config vars on either side');
    expect(text).toContain('No add-ons on either side');
  });

  it('is never taller than its height and scrolls to the end', async () => {
    const many = Object.fromEntries(
      Array.from({length: 40}, (_, i) => [
        `VAR_${String(i).padStart(2, '0')}_LONG_NAME_HERE`,
        0 as const,
      ]),
    );
    const {instance} = mount({
      height: 12,
      width: 40,
      drift: async (from, to) => buildDrift({from: sideOf(from, {config: many}), to: sideOf(to)}),
    });
    const first = await waitForFrame(instance, (t) => t.includes('VAR_00'));
    expect(first.split('\n').length).toBeLessThanOrEqual(12);
    expect(first).not.toContain('Buildpacks');
    expect(first).toMatch(/1-9\/\d+/);
    instance.stdin.write('G');
    const last = await waitForFrame(instance, (t) => t.includes('Buildpacks'));
    expect(last.split('\n').length).toBeLessThanOrEqual(12);
    expect(last).not.toContain('VAR_00');
    instance.stdin.write('g');
    await waitForFrame(instance, (t) => t.includes('VAR_00'));
    instance.stdin.write(press.down);
    await waitForFrame(instance, (t) => t.includes('2-10/'));
  });

  it('goes back on Esc and on q', async () => {
    const first = mount({});
    await waitForFrame(first.instance, (t) => t.includes('Buildpacks'));
    first.instance.stdin.write(press.esc);
    await vi.waitFor(() => expect(first.onBack).toHaveBeenCalledTimes(1), {timeout: 2000});
    const second = mount({});
    await waitForFrame(second.instance, (t) => t.includes('Buildpacks'));
    second.instance.stdin.write('q');
    await vi.waitFor(() => expect(second.onBack).toHaveBeenCalledTimes(1), {timeout: 2000});
  });

  it('switches between pairs with ← and →, asking once per pair', async () => {
    const {instance, drift} = mount({
      pairs: [
        {from: staging, to: prod},
        {from: staging, to: prodEu},
      ],
    });
    await waitForFrame(instance, (t) => t.includes('Pair 1 of 2') && t.includes('Buildpacks'));
    instance.stdin.write(press.right);
    const second = await waitForFrame(
      instance,
      (t) => t.includes('Pair 2 of 2') && t.includes('Buildpacks'),
    );
    expect(second.split('\n')[0]).toBe('whitewave-staging ⇄ whitewave-prod-eu');
    instance.stdin.write(press.left);
    const back = await waitForFrame(instance, (t) => t.includes('Pair 1 of 2'));
    expect(back.split('\n')[0]).toBe('whitewave-staging ⇄ whitewave-prod');
    expect(drift.mock.calls.map(([, to]) => to.name)).toEqual([
      'whitewave-prod',
      'whitewave-prod-eu',
    ]);
  });

  it('counts the pairs when their names do not fit the width', async () => {
    const {instance} = mount({
      pairs: [
        {from: staging, to: prod},
        {from: staging, to: prodEu},
      ],
      width: 50,
    });
    const text = await waitForFrame(instance, (t) => t.includes('Config vars'));
    expect(text.split('\n')[1]).toBe('Pair 1 of 2');
  });

  it('starts on the given pair', async () => {
    const {instance} = mount({
      pairs: [
        {from: staging, to: prod},
        {from: staging, to: prodEu},
      ],
      initialPair: 1,
    });
    const text = await waitForFrame(instance, (t) => t.includes('Buildpacks'));
    expect(text.split('\n')[0]).toBe('whitewave-staging ⇄ whitewave-prod-eu');
  });

  it('shows a failure as one sentence', async () => {
    const {instance} = mount({
      drift: async () => {
        throw new Error('You do not have access to the app whitewave-prod.');
      },
    });
    await waitForFrame(instance, (t) =>
      t.includes('Drift unavailable: You do not have access to the app whitewave-prod.'),
    );
  });

  it('ignores keys while inactive', async () => {
    const drift = vi.fn(async (from: AppCard, to: AppCard) => sampleDrift(from, to));
    const onBack = vi.fn();
    const view = (isActive: boolean) => (
      <ServicesProvider services={servicesWith({drift})}>
        <DriftView
          pairs={[{from: staging, to: prod}]}
          width={100}
          height={12}
          isActive={isActive}
          onBack={onBack}
        />
      </ServicesProvider>
    );
    const instance = render(view(false));
    mounted.push(instance);
    await waitForFrame(instance, (t) => t.includes('Config vars'));
    instance.stdin.write('q');
    instance.stdin.write('G');
    instance.rerender(view(true));
    // Once active, the same keys act: the earlier ones were delivered and ignored.
    instance.stdin.write('G');
    await waitForFrame(instance, (t) => t.includes('Buildpacks'));
    expect(onBack).not.toHaveBeenCalled();
    instance.stdin.write('q');
    await vi.waitFor(() => expect(onBack).toHaveBeenCalledTimes(1), {timeout: 2000});
  });

  it('draws names from outside as plain text', async () => {
    const {instance} = mount({
      drift: async (from, to) => {
        const wire = {app: null, addons: [], formation: [], buildpacks: []};
        return buildDrift({
          from: driftSideFromWire({
            ...wire,
            appId: from.id,
            appName: from.name,
            stage: from.stage,
            config: {'EVIL\u001b]0;pwned\u0007\u001b[2J_NAME': 0},
          }),
          to: driftSideFromWire({
            ...wire,
            appId: to.id,
            appName: to.name,
            stage: to.stage,
            config: {},
          }),
        });
      },
    });
    const raw = await waitForFrame(instance, (t) => t.includes('EVIL_NAME'));
    expect(instance.lastFrame()).not.toContain('\u001b]0;');
    expect(raw).not.toContain('pwned');
  });

  it('says when there is nothing to compare', () => {
    const {instance} = mount({pairs: []});
    expect(frame(instance)).toContain('No drift to show');
  });
});
