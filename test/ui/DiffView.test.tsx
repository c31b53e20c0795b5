import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {AppCard, CommitComparison, CommitDetail} from '../../source/board/types.js';
import {DiffView} from '../../source/ui/DiffView.js';
import {ServicesProvider} from '../../source/ui/services.js';
import type {Services} from '../../source/contract/services.js';
import {fakeServices} from './fake-services.js';
import {makeApp, NOW} from './fixtures.js';
import {frameOf as frame, waitForFrame} from './helpers.js';

type Rendered = ReturnType<typeof render>;
const mounted: Rendered[] = [];

afterEach(() => {
  for (const instance of mounted.splice(0)) instance.unmount();
});

function commit(n: number, overrides: Partial<CommitDetail> = {}): CommitDetail {
  const sha = n.toString(16).padStart(7, '0') + 'f'.repeat(33);
  return {
    sha,
    shortSha: sha.slice(0, 7),
    author: 'alice',
    date: new Date(NOW - 2 * 86_400_000).toISOString(),
    message: `Change number ${n}`,
    url: null,
    ...overrides,
  };
}

function comparison(overrides: Partial<CommitComparison> = {}): CommitComparison {
  return {
    status: 'ahead',
    ahead: 2,
    behind: 0,
    commits: [
      commit(1, {author: 'bob', message: 'Add checkout v2'}),
      commit(2, {message: 'Fix login redirect'}),
    ],
    behindCommits: [],
    files: [{filename: 'web/checkout.ts', status: 'added', additions: 40, deletions: 0}],
    compareUrl: 'https://github.com/acme/shop/compare/aaa...bbb',
    source: 'github',
    reason: null,
    ...overrides,
  };
}

// Only compare, openUrl and now are the diff view's business.
function withCompare(compare: Services['compare'], openUrl?: Services['openUrl']) {
  const fake = fakeServices(openUrl ? {compare, openUrl} : {compare});
  return {services: fake as Services, opened: fake.calls.openUrl};
}

const staging = makeApp('shop-staging', 'staging', {commit: {sha: 'b'.repeat(40), message: 'x'}});
const prod = makeApp('shop-prod', 'production', {commit: {sha: 'a'.repeat(40), message: 'y'}});

function show(
  services: Services,
  options: {
    pairs?: Array<{from: AppCard; to: AppCard}>;
    height?: number;
    onBack?: () => void;
    notify?: (text: string, tone?: string) => void;
  } = {},
) {
  const instance = render(
    <ServicesProvider services={services}>
      <DiffView
        pairs={options.pairs ?? [{from: staging, to: prod}]}
        width={100}
        height={options.height ?? 20}
        isActive
        onBack={options.onBack ?? (() => undefined)}
        notify={options.notify ?? (() => undefined)}
      />
    </ServicesProvider>,
  );
  mounted.push(instance);
  return instance;
}

describe('DiffView', () => {
  it('shows the pair, the status in words, the commits, the files and the compare URL', async () => {
    const {services} = withCompare(async () => comparison());
    const instance = show(services);
    const text = await waitForFrame(instance, (t) => t.includes('Fix login redirect'));
    const header = `shop-staging (v${staging.release?.version} bbbbbbb) → shop-prod (v${prod.release?.version} aaaaaaa)`;
    expect(text).toContain(header);
    expect(text).toContain('2 ahead · via GitHub');
    expect(text).toContain(
      'shop-staging has 2 commits that shop-prod lacks: promoting shop-staging would ship them.',
    );
    expect(text).toMatch(/0000001 {2}bob {6}2d {2}Add checkout v2/);
    expect(text).toMatch(/0000002 {2}alice {4}2d {2}Fix login redirect/);
    expect(text).toContain('Files changed (1, +40 -0)');
    expect(text).toContain('+40 -0  (added) web/checkout.ts');
    expect(text).toContain('https://github.com/acme/shop/compare/aaa...bbb');
    expect(text.split('\n').length).toBeLessThanOrEqual(20);
  });

  it('shows a spinner while the comparison loads', async () => {
    const {services} = withCompare(() => new Promise(() => undefined));
    const instance = show(services);
    await waitForFrame(instance, (t) => t.includes('Comparing commits…'));
  });

  it('gives the reason when the commits cannot be compared', async () => {
    const reason =
      'GitHub cannot find commit bbbbbbb or aaaaaaa in acme/shop: it may have been force-pushed away.';
    const {services} = withCompare(async () =>
      comparison({
        status: 'unknown',
        ahead: null,
        behind: null,
        commits: [],
        files: [],
        compareUrl: null,
        reason,
      }),
    );
    const text = await waitForFrame(show(services), (t) => t.includes('force-pushed'));
    expect(text).toContain('cannot compare · via GitHub');
    expect(text).toContain(reason);
    expect(text).not.toContain('o open');
  });

  it('names a hotfix that only production has', async () => {
    const {services} = withCompare(async () =>
      comparison({
        status: 'behind',
        ahead: 0,
        behind: 1,
        commits: [],
        files: [],
        behindCommits: [commit(9, {message: 'Hotfix: timeout'})],
      }),
    );
    const text = await waitForFrame(show(services), (t) => t.includes('Hotfix: timeout'));
    expect(text).toContain('1 behind (hotfix only in production)');
    expect(text).toContain('Commits in shop-prod not in shop-staging (1)');
  });

  it('scrolls with j/k, PgDn, g and G and never grows past its height', async () => {
    const commits = Array.from({length: 40}, (_, i) => commit(i + 1));
    const {services} = withCompare(async () => comparison({ahead: 40, commits, files: []}));
    const instance = show(services, {height: 12});
    await waitForFrame(instance, (t) => t.includes('Change number 1\n'));
    const lines = () => frame(instance).split('\n');
    expect(lines().length).toBeLessThanOrEqual(12);

    instance.stdin.write('j');
    instance.stdin.write('j');
    instance.stdin.write('j');
    // Three quick presses move three lines: the summary, the blank and the title are gone.
    await waitForFrame(instance, (t) => t.split('\n')[2]?.includes('Change number 1') === true);
    instance.stdin.write('k');
    await waitForFrame(
      instance,
      (t) => t.split('\n')[2]?.includes('Commits in shop-staging') === true,
    );

    instance.stdin.write('G');
    await waitForFrame(instance, (t) => t.includes('Change number 40'));
    expect(frame(instance)).not.toContain('Change number 30\n');
    instance.stdin.write('j'); // already at the end: stays there
    instance.stdin.write('g');
    await waitForFrame(instance, (t) => t.includes('shop-staging has 40 commits'));

    instance.stdin.write('\u001b[6~'); // PgDn
    await waitForFrame(
      instance,
      (t) => !t.includes('shop-staging has 40 commits') && t.includes('Change number 8'),
    );
    expect(lines().length).toBeLessThanOrEqual(12);
  });

  it('takes a run of keys that Ink hands over as one string as that many presses', async () => {
    const commits = Array.from({length: 40}, (_, i) => commit(i + 1));
    const {services} = withCompare(async () => comparison({ahead: 40, commits, files: []}));
    const instance = show(services, {height: 12});
    await waitForFrame(instance, (t) => t.includes('Change number 1\n'));
    instance.stdin.write('jjj');
    await waitForFrame(instance, (t) => t.split('\n')[2]?.includes('Change number 1') === true);
    instance.stdin.write('jjk');
    await waitForFrame(instance, (t) => t.split('\n')[2]?.includes('Change number 2') === true);
  });

  it('opens the compare URL with o and says so', async () => {
    const {services, opened} = withCompare(async () => comparison());
    const notices: string[] = [];
    const instance = show(services, {notify: (text) => notices.push(text)});
    await waitForFrame(instance, (t) => t.includes('o open'));
    instance.stdin.write('o');
    await vi.waitFor(() =>
      expect(opened).toEqual(['https://github.com/acme/shop/compare/aaa...bbb']),
    );
    expect(notices).toEqual(['Opening https://github.com/acme/shop/compare/aaa...bbb']);
  });

  it('says where the compare page is when no browser can show it', async () => {
    const {services} = withCompare(
      async () => comparison(),
      async (url) => {
        throw new Error(`No display to open a browser on: ${url}`);
      },
    );
    const notices: Array<[string, string | undefined]> = [];
    const instance = show(services, {notify: (text, tone) => notices.push([text, tone])});
    await waitForFrame(instance, (t) => t.includes('o open'));
    instance.stdin.write('o');
    await vi.waitFor(() =>
      expect(notices.at(-1)).toEqual([
        'No display to open a browser on: https://github.com/acme/shop/compare/aaa...bbb',
        'error',
      ]),
    );
  });

  it('goes back with Esc and with q', async () => {
    const onBack = vi.fn();
    const {services} = withCompare(async () => comparison());
    const instance = show(services, {onBack});
    await waitForFrame(instance, (t) => t.includes('Esc back'));
    instance.stdin.write('\u001b');
    await vi.waitFor(() => expect(onBack).toHaveBeenCalledTimes(1));
    instance.stdin.write('q');
    await vi.waitFor(() => expect(onBack).toHaveBeenCalledTimes(2));
  });

  it('switches between several production apps with → and Tab', async () => {
    const prodEu = makeApp('shop-prod-eu', 'production', {
      commit: {sha: 'c'.repeat(40), message: 'z'},
    });
    const asked: string[] = [];
    const {services} = withCompare(async (_from, to) => {
      asked.push(to.name);
      return to.name === 'shop-prod-eu'
        ? comparison({status: 'identical', ahead: 0, behind: 0, commits: [], files: []})
        : comparison();
    });
    const instance = show(services, {
      pairs: [
        {from: staging, to: prod},
        {from: staging, to: prodEu},
      ],
    });
    await waitForFrame(instance, (t) => t.includes('Target 1 of 2: [shop-prod]  shop-prod-eu'));
    await waitForFrame(instance, (t) => t.includes('2 ahead'));
    instance.stdin.write('\u001b[C'); // →
    const text = await waitForFrame(instance, (t) => t.includes('in sync'));
    expect(text).toContain('Target 2 of 2: shop-prod  [shop-prod-eu]');
    expect(text).toContain(
      'Up to date: shop-staging and shop-prod-eu run the same code (bbbbbbb).',
    );
    instance.stdin.write('\t');
    await waitForFrame(instance, (t) => t.includes('2 ahead'));
    expect(asked).toEqual(['shop-prod', 'shop-prod-eu', 'shop-prod']);
  });

  it('says so when a failing services call rejects', async () => {
    const {services} = withCompare(async () => {
      throw new Error('boom.');
    });
    const text = await waitForFrame(show(services), (t) => t.includes('cannot compare'));
    expect(text).toContain('The comparison failed: boom.');
  });

  it('fits a very short area', async () => {
    const {services} = withCompare(async () => comparison());
    const instance = show(services, {height: 4});
    const text = await waitForFrame(instance, (t) => t.includes('2 ahead'));
    expect(text.split('\n').length).toBeLessThanOrEqual(4);
  });

  it('does not compare again when a refresh hands in new cards for the same commits', async () => {
    const asked: string[] = [];
    const {services} = withCompare(async (from) => {
      asked.push(from.commit?.sha.slice(0, 3) ?? '');
      return comparison();
    });
    const view = (from: AppCard) => (
      <ServicesProvider services={services}>
        <DiffView
          pairs={[{from, to: {...prod}}]}
          width={100}
          height={20}
          isActive
          onBack={() => undefined}
          notify={() => undefined}
        />
      </ServicesProvider>
    );
    const instance = render(view(staging));
    mounted.push(instance);
    await waitForFrame(instance, (t) => t.includes('2 ahead'));
    instance.rerender(view({...staging}));
    // A moved commit does compare again; had the copy above asked too, it would show here first.
    instance.rerender(view({...staging, commit: {sha: 'd'.repeat(40), message: 'moved'}}));
    await vi.waitFor(() => expect(asked.length).toBeGreaterThanOrEqual(2));
    expect(asked).toEqual(['bbb', 'ddd']);
  });
});
