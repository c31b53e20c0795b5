import {sink} from './capture.js';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runNotes} from '../../source/commands/notes.js';
import {createRuntime} from '../../source/services/runtime.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';

describe('pipeline-tui notes', () => {
  let sim: Simulator;
  beforeEach(async () => {
    sim = await startSimulator({seed: 'demo'});
  });
  afterEach(async () => {
    await sim.close();
  });

  async function notes(app: string, options: {to?: string[]; release?: string} = {}) {
    const out = sink();
    const services = createRuntime({env: {}, simulator: sim}).services(sim.token);
    const code = await runNotes({services, app, stdout: out.stream, ...options});
    return {code, text: out.text()};
  }

  it('prints what a promotion of a GitLab-hosted app ships, with merge request links', async () => {
    const {code, text} = await notes('ledger-staging');
    expect(code).toBe(0);
    const lines = text.split('\n');
    expect(lines[0]).toBe('## ledger: ledger-staging → ledger-production');
    expect(lines[2]).toMatch(
      /^- From \*\*ledger-staging\*\* v\d+ \(`[0-9a-f]{7}`\), released .+ UTC by /,
    );
    expect(lines[3]).toMatch(/^- To \*\*ledger-production\*\* v\d+ \(`[0-9a-f]{7}`\)/);
    expect(text).toMatch(
      /2 commits ship \(\[compare\]\(https:\/\/gitlab\.com\/northwind\/ledger\/-\/compare\/[0-9a-f]{12}\.\.\.[0-9a-f]{12}\)\):/,
    );
    expect(text).toContain(
      'Reject unbalanced entries (!14) ([!14](https://gitlab.com/northwind/ledger/-/merge_requests/14)) — Inês Duarte,',
    );
    expect(text).toContain("Merge branch 'audit-log' into 'main'");
  });

  it('prints the GitHub pipeline to a chosen target, and an older release', async () => {
    const {text} = await notes('whitewave-staging', {to: ['whitewave-prod']});
    expect(text.split('\n')[0]).toBe('## whitewave: whitewave-staging → whitewave-prod');
    expect(text).toMatch(
      /\[`[0-9a-f]{7}`\]\(https:\/\/github\.com\/whitewave-co\/whitewave\/commit\/[0-9a-f]{40}\)/,
    );
    const staging = sim.state.apps.find((a) => a.name === 'whitewave-staging')!;
    const older = staging.releases.filter((r) => r.slugId).at(-2)!;
    const pinned = await notes('whitewave-staging', {release: `v${older.version}`});
    expect(pinned.text).toContain(`- From **whitewave-staging** v${older.version}`);
  });

  it('says in one sentence what is wrong with the arguments', async () => {
    await expect(notes('whitewave-staging', {release: 'latest'})).rejects.toThrow(
      '--release takes a version such as v42, not "latest".',
    );
    await expect(notes('whitewave-staging', {to: ['nowhere']})).rejects.toThrow(
      'No app named nowhere is in pipeline whitewave.',
    );
  });
});
