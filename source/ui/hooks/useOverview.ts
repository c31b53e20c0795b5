import {useEffect, useMemo, useState} from 'react';
import type {PipelineSummary} from '../../board/types.js';
import type {OverviewFeed, OverviewProgress} from '../../contract/overview.js';
import {useServices} from '../services.js';

// Rows arrive one by one; the screen is drawn again at most this often while they do.
const DRAW_EVERY_MS = 100;
// An idle refresh costs one request per pipeline: every ten minutes, plus Ctrl-R.
export const OVERVIEW_REFRESH_MS = 10 * 60_000;

export function useOverview(pipelines: PipelineSummary[] | null): {
  feed: OverviewFeed | null;
  progress: OverviewProgress | null;
} {
  const services = useServices();
  const feed = useMemo(
    () =>
      pipelines && typeof services.overview === 'function' ? services.overview(pipelines) : null,
    [services, pipelines],
  );
  // Drawn with the feed it came from, so a new feed never shows another's rows.
  const [drawn, setDrawn] = useState<{feed: OverviewFeed; progress: OverviewProgress} | null>(null);
  useEffect(() => {
    if (!feed) return;
    const setProgress = (progress: OverviewProgress) => setDrawn({feed, progress});
    setProgress(feed.progress());
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = feed.subscribe(() => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        setProgress(feed.progress());
      }, DRAW_EVERY_MS);
    });
    const refresh = setInterval(() => feed.refresh(), OVERVIEW_REFRESH_MS);
    return () => {
      unsubscribe();
      clearInterval(refresh);
      if (timer) clearTimeout(timer);
    };
  }, [feed]);
  if (!feed) return {feed, progress: null};
  return {feed, progress: drawn?.feed === feed ? drawn.progress : feed.progress()};
}
