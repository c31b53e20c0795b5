import {useEffect, useMemo, useRef, useState} from 'react';
import {isSettled, NO_CI, type CiStatus} from '../../board/ci-status.js';
import type {AppCard} from '../../board/types.js';
import {useServices} from '../services.js';

// A few commits at a time: each asks GitHub or GitLab and Heroku CI.
const CONCURRENCY = 3;
// Ink draws at most one frame per 32 ms: two of them, so the frame that shows the board is
// on the terminal before the first CI request goes out.
const AFTER_FRAME_MS = 64;

export type CiBySha = ReadonlyMap<string, CiStatus>;

// The CI status of the commits of the cards on screen, by SHA, asked once the board is drawn
// (never before its first frame) and kept: a finished run is final, a running or missing one
// is asked again when a later board still shows it (the services keep their own cache).
export function useCiStatuses(
  pipelineId: string | null,
  apps: AppCard[],
  boardKey: unknown,
): CiBySha {
  const services = useServices();
  const known = useRef(new Map<string, CiStatus>());
  const inFlight = useRef(new Set<string>());
  const mounted = useRef(true);
  const [version, setVersion] = useState(0);
  const wanted = apps
    .filter((app) => app.commit?.sha)
    .map((app) => `${app.commit!.sha.toLowerCase()}\n${app.id}\n${app.name}`)
    .join('\n\n');

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (pipelineId === null || wanted === '') return;
    const flying = inFlight.current;
    const queue = wanted
      .split('\n\n')
      .map((entry) => entry.split('\n') as [string, string, string])
      .filter(([sha]) => {
        const status = known.current.get(sha);
        return !flying.has(sha) && !(status && isSettled(status));
      });
    for (const [sha] of queue) flying.add(sha);
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [sha, id, name] = next;
        const status = await services
          .ciStatus({id, name, commit: {sha}}, pipelineId)
          .catch(() => NO_CI);
        flying.delete(sha);
        known.current.set(sha, status);
        if (mounted.current) setVersion((v) => v + 1);
      }
    };
    // After the frame that shows the board: the first frame waits for nothing of CI.
    const timer = setTimeout(() => {
      for (let i = 0; i < CONCURRENCY; i++) void worker();
    }, AFTER_FRAME_MS);
    return () => {
      clearTimeout(timer);
      // Not started: asked again if a later board still shows them.
      for (const [sha] of queue.splice(0)) flying.delete(sha);
    };
  }, [services, pipelineId, wanted, boardKey]);

  // `version` stands for the contents of `known`, which a ref does not announce.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => new Map(known.current), [version]);
}
