import type {Services} from '../contract/services.js';

// Rows around the overview's list (title, filter, column titles, hints, a spare line).
const OVERVIEW_CHROME = 5;

// With no pipeline named, the overview opens: its pipeline list and the rows of its first
// screen (in name order, as rows not loaded yet are sorted) start loading while Ink loads.
// The screen's first listPipelines is answered from this one, and services.overview hands it
// the feed already under way.
export function prefetchOverview(services: Services, screenRows: number): Services {
  const listed = services.listPipelines();
  const feed = listed.then((pipelines) => {
    const feed = services.overview(pipelines);
    const first = pipelines.slice(0, Math.max(1, screenRows - OVERVIEW_CHROME));
    feed.focus(first.map((p) => p.id));
    return feed;
  });
  // A failure is reported when the screen asks, not as an unhandled rejection now.
  feed.catch(() => undefined);
  let used = false;
  return {
    ...services,
    listPipelines() {
      if (used) return services.listPipelines();
      used = true;
      return listed;
    },
  };
}
