import {describe, expect, it} from 'vitest';
import {appOf, pipelineId, servicesFor, simulator} from './fault-services.js';

describe("a redirect from Heroku's GitHub integration", () => {
  it('is reported as the integration failing, not as "not connected to GitHub"', async () => {
    const sim = await simulator();
    const harness = servicesFor(sim);
    const {board} = await harness.services.loadBoard(await pipelineId(harness.services), 'initial');
    sim.faults.add({
      kind: 'status',
      status: 302,
      path: /^\/kolkrabbi\/apps\/[^/]+\/github$/,
      headers: {location: 'https://elsewhere.example/login'},
    });

    const comparison = await harness.services.compare(
      appOf(board, 'whitewave-staging'),
      appOf(board, 'whitewave-prod'),
    );
    expect(comparison.reason ?? '').not.toMatch(/not connected to GitHub/);
    expect(comparison.reason).toMatch(/GitHub integration answered HTTP 302/);
  });
});
