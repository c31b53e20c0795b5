import {afterEach, describe, expect, it} from 'vitest';
import {ciStatusOf} from '../../source/board/ci-status.js';
import type {NotesRequest} from '../../source/contract/notes.js';
import type {CommitComparison} from '../../source/board/types.js';
import {DiffView} from '../../source/ui/DiffView.js';
import {ServicesProvider} from '../../source/ui/services.js';
import {comparisonResult, fakeServices} from './fake-services.js';
import {makeApp, makeBoard} from './fixtures.js';
import {renderAt, unmountAll, waitForFrame} from './helpers.js';

afterEach(unmountAll);

const staging = makeApp('ledger-staging', 'staging', {commit: {sha: 'b'.repeat(40), message: 'x'}});
const prod = makeApp('ledger-production', 'production', {
  commit: {sha: 'a'.repeat(40), message: 'y'},
});
const board = makeBoard([staging, prod]);

function show(compare: () => Promise<CommitComparison>) {
  const said: Array<[string, string | undefined]> = [];
  const asked: NotesRequest[] = [];
  const copied: Array<[string, string]> = [];
  const services = fakeServices({
    compare,
    ciStatus: async (app) =>
      app.id === staging.id
        ? ciStatusOf([
            {name: 'test', state: 'failed', url: null, source: 'gitlab'},
            {name: 'lint', state: 'passed', url: null, source: 'gitlab'},
          ])
        : ciStatusOf([]),
    releaseNotes: async (request) => {
      asked.push(request);
      return '## ledger: ledger-staging → ledger-production\n';
    },
    copyNotes: (markdown, name) => {
      copied.push([markdown, name]);
      return {kind: 'file', path: '/tmp/pipeline-tui/ledger-staging.md'};
    },
  });
  const instance = renderAt(
    <ServicesProvider services={services}>
      <DiffView
        pairs={[{from: staging, to: prod}]}
        board={board}
        width={100}
        height={20}
        isActive
        onBack={() => {}}
        notify={(text, tone) => said.push([text, tone])}
      />
    </ServicesProvider>,
    {columns: 100, rows: 20},
  );
  return {instance, said, asked, copied};
}

describe('DiffView: GitLab, CI and release notes', () => {
  it('says via GitLab and lists the checks of the commit that would ship', async () => {
    const {instance} = show(async () => comparisonResult({source: 'gitlab', ahead: 2}));
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('CI of'));
    expect(frame).toContain('2 ahead · via GitLab');
    expect(frame).toMatch(/CI of ledger-staging {2}✗ test {2}✓ lint/);
    expect(frame).toContain('n copy notes');
  });

  it('n copies the notes of this pair and says where they went', async () => {
    const {instance, said, asked, copied} = show(async () => comparisonResult({ahead: 2}));
    await waitForFrame(instance.lastFrame, (f) => f.includes('n copy notes'));
    instance.stdin.write('n');
    await waitForFrame(instance.lastFrame, () => copied.length > 0);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({source: {id: staging.id}, targetAppIds: [prod.id]});
    expect(asked[0]!.board).toBe(board);
    expect(copied[0]).toEqual([
      '## ledger: ledger-staging → ledger-production\n',
      'ledger-staging',
    ]);
    await waitForFrame(instance.lastFrame, () => said.length >= 2);
    expect(said.at(-1)![0]).toBe(
      'The terminal cannot take the clipboard here, so the release notes were written to /tmp/pipeline-tui/ledger-staging.md.',
    );
  });

  it('refuses n, saying why, until the commits are compared', async () => {
    const {instance, said, asked} = show(() => new Promise(() => undefined));
    await waitForFrame(instance.lastFrame, (f) => f.includes('Comparing commits…'));
    instance.stdin.write('n');
    await waitForFrame(instance.lastFrame, () => said.length > 0);
    expect(said[0]).toEqual([
      'No release notes here: they need the commits compared, or a promotion that succeeded.',
      'warning',
    ]);
    expect(asked).toHaveLength(0);
    expect(instance.lastFrame()).not.toContain('copy notes');
  });
});
