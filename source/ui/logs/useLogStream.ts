import {useCallback, useEffect, useRef, useState} from 'react';
import {
  appendLines,
  emptyLogBuffer,
  setFilter,
  setPaused,
  type LogBuffer,
  type LogFilter,
} from '../../board/log-buffer.js';
import {parseLogLine, type LogLine} from '../../board/log-line.js';
import type {LogFeed} from '../../contract/logs.js';
import type {LogNotice} from './LogPane.js';

// A log stream as React state: a bounded buffer of parsed (sanitised) lines, a notice when the
// stream dropped or ended, pause and filters. The stream comes through a small interface, so
// a test hands in a fake and the app hands in the Heroku reader.

export type {LogFeed, LogFeedHandlers} from '../../contract/logs.js';

export type LogStreamState = {
  buffer: LogBuffer;
  notice: LogNotice | null;
  setPaused(paused: boolean): void;
  togglePaused(): void;
  setFilter(filter: Partial<LogFilter>): void;
};

// At 1,000 lines a second a redraw per chunk would starve the keys: lines are taken in batches.
export const FLUSH_MS = 100;

export function useLogStream(
  feed: LogFeed | null,
  options: {capacity?: number; flushMs?: number} = {},
): LogStreamState {
  const [buffer, setBuffer] = useState(() => emptyLogBuffer(options.capacity));
  const [notice, setNotice] = useState<LogNotice | null>(null);
  const pending = useRef<LogLine[]>([]);
  const flushMs = options.flushMs ?? FLUSH_MS;
  const capacity = options.capacity;

  useEffect(() => {
    if (!feed) return;
    let ended = false;
    const flush = () => {
      if (pending.current.length === 0) return;
      const lines = pending.current;
      pending.current = [];
      setBuffer((current) => appendLines(current, lines));
    };
    const timer = setInterval(flush, flushMs);
    const running = feed.start({
      onLines: (raw) => {
        for (const text of raw) pending.current.push(parseLogLine(text));
        // Bounded between flushes too: only the newest lines can end up on screen.
        const limit = capacity ?? 5000;
        if (pending.current.length > limit)
          pending.current.splice(0, pending.current.length - limit);
      },
      onReconnect: ({gapMs}) => setNotice({kind: 'reconnected', gapMs}),
      onError: (text) => setNotice({kind: 'error', text}),
      onEnd: () => {
        ended = true;
        flush();
        setNotice((current) => current ?? {kind: 'ended'});
      },
    });
    running.done.catch((error: unknown) => {
      if (ended) return;
      setNotice({kind: 'error', text: error instanceof Error ? error.message : String(error)});
    });
    return () => {
      clearInterval(timer);
      running.stop();
    };
  }, [feed, flushMs, capacity]);

  const pause = useCallback((paused: boolean) => setBuffer((b) => setPaused(b, paused)), []);
  const toggle = useCallback(() => setBuffer((b) => setPaused(b, !b.paused)), []);
  const filter = useCallback(
    (next: Partial<LogFilter>) => setBuffer((b) => setFilter(b, next)),
    [],
  );
  return {buffer, notice, setPaused: pause, togglePaused: toggle, setFilter: filter};
}
