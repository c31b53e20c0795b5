import {overviewDocument, overviewText} from '../board/overview-document.js';
import type {Services} from '../contract/services.js';

export type StatusAllInput = {
  services: Services;
  json: boolean;
  stdout: NodeJS.WritableStream;
};

// `pipeline-tui status --all [--json]`: the overview's rows once every one is loaded. Exit 1
// when a row could not be loaded (its `error` says why), else 0.
export async function runStatusAll(input: StatusAllInput): Promise<number> {
  const {services} = input;
  const pipelines = await services.listPipelines();
  const feed = services.overview(pipelines);
  feed.focus(pipelines.map((p) => p.id));
  try {
    const done = await feed.settled();
    if (input.json) {
      const document = overviewDocument(done.rows, done.requests, done.budget);
      input.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    } else {
      input.stdout.write(overviewText(done.rows, services.now()));
    }
    return done.rows.some((row) => row.load === 'failed') ? 1 : 0;
  } finally {
    feed.stop();
  }
}
