import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {AppCard, CommitComparison} from '../../source/board/types.js';
import {unknownComparison} from '../../source/board/comparisons.js';
import {DiffView} from '../../source/ui/DiffView.js';
import {ServicesProvider} from '../../source/ui/services.js';
import type {Services} from '../../source/contract/services.js';
import {fakeServices} from './fake-services.js';
import {makeApp} from './fixtures.js';
import {KEYS, waitFor, waitForFrame} from './helpers.js';

const mounted: Array<ReturnType<typeof render>> = [];
afterEach(() => {
  for (const instance of mounted.splice(0)) instance.unmount();
});

const staging = makeApp('shop-staging', 'staging');
const prod = makeApp('shop-prod', 'production');
const stagingEu = makeApp('shop-staging-eu', 'staging');

const unknown: CommitComparison = unknownComparison(
  'GitHub has no record of these commits.',
  'github',
);

function show(pairs: Array<{from: AppCard; to: AppCard}>) {
  const said: string[] = [];
  const services = fakeServices({compare: async () => unknown}) as Services;
  const instance = render(
    <ServicesProvider services={services}>
      <DiffView
        pairs={pairs}
        width={100}
        height={20}
        isActive
        onBack={() => undefined}
        notify={(text) => said.push(text)}
      />
    </ServicesProvider>,
  );
  mounted.push(instance);
  return {instance, said};
}

describe('keys the diff refuses on its pair', () => {
  it('offers neither switching with one pair nor opening without a page, and says why', async () => {
    const {instance, said} = show([{from: staging, to: prod}]);
    const frame = await waitForFrame(instance, (t) => t.includes('no record'));
    const hints = frame.trimEnd().split('\n').at(-1) ?? '';
    expect(hints).toContain('Esc back');
    expect(hints).not.toContain('←→');
    expect(hints).not.toContain('o open');
    instance.stdin.write(KEYS.right);
    await waitFor(() => said.length > 0, 2000, 'a refusal');
    expect(said).toEqual(['There is only one pair to compare here.']);
    instance.stdin.write('o');
    await waitFor(() => said.length > 1, 2000, 'a second refusal');
    expect(said[1]).toBe(
      'There is no compare page for this pair: its commits could not be compared.',
    );
  });

  it('says why o opens nothing for commits compared in the local git checkout', async () => {
    const local: CommitComparison = {
      ...unknown,
      status: 'ahead',
      ahead: 1,
      behind: 0,
      source: 'local-git',
      reason: null,
    };
    const said: string[] = [];
    const services = fakeServices({compare: async () => local}) as Services;
    const instance = render(
      <ServicesProvider services={services}>
        <DiffView
          pairs={[{from: staging, to: prod}]}
          width={100}
          height={20}
          isActive
          onBack={() => undefined}
          notify={(text) => said.push(text)}
        />
      </ServicesProvider>,
    );
    mounted.push(instance);
    const frame = await waitForFrame(instance, (t) => t.includes('1 commit that'));
    // One commit is "it", not "them".
    expect(frame.replace(/\s+/g, ' ')).toContain('would ship it.');
    instance.stdin.write('o');
    await waitFor(() => said.length > 0, 2000, 'a refusal');
    expect(said).toEqual([
      'These commits were compared in the local git checkout: there is no web page to open.',
    ]);
  });

  it('offers switching between several pairs, and switches with l and h', async () => {
    const {instance, said} = show([
      {from: staging, to: prod},
      {from: stagingEu, to: prod},
    ]);
    const frame = await waitForFrame(instance, (t) => t.includes('no record'));
    expect(frame).toContain('←→ pair');
    instance.stdin.write('l');
    await waitForFrame(instance, (t) => t.includes('shop-staging-eu (v'));
    instance.stdin.write('h');
    await waitForFrame(instance, (t) => t.includes('shop-staging (v'));
    expect(said).toEqual([]);
  });
});
