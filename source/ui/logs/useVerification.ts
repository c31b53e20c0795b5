import {useCallback, useEffect, useRef, useState} from 'react';
import type {VerificationReport} from '../../contract/logs.js';
import {errorSentence} from '../error-sentence.js';
import {useServices} from '../services.js';

export type VerifiedTarget = {appId: string; name: string; version: number | null};

export const DEFAULT_WINDOW_MINUTES = 5;
export const MAX_WINDOW_MINUTES = 60;
// The panel's figures are taken this often.
const CHECK_EVERY_MS = 2000;

// A watch over a promotion's targets for a window the person can change: the figures so far,
// redrawn at every check. A window made longer after the watch ended starts it again (the
// log history covers what passed meanwhile).
export function useVerification(
  targets: readonly VerifiedTarget[],
  promotedAt: number,
  initialMinutes = DEFAULT_WINDOW_MINUTES,
) {
  const services = useServices();
  const [minutes, setMinutes] = useState(initialMinutes);
  const windowRef = useRef(initialMinutes);
  const [report, setReport] = useState<VerificationReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [watching, setWatching] = useState(true);
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const live = () => !controller.signal.aborted;
    setWatching(true);
    services
      .verifyPromotion({
        targets: targets.map((t) => ({app: t.name, targetVersion: t.version})),
        minutes: windowRef.current,
        promotedAt,
        windowMinutes: () => windowRef.current,
        signal: controller.signal,
        checkEveryMs: CHECK_EVERY_MS,
        onUpdate: (next) => {
          if (live()) setReport(next);
        },
      })
      .then((final) => {
        if (!live()) return;
        setReport(final);
        setWatching(false);
      })
      .catch((caught: unknown) => {
        if (!live()) return;
        setError(errorSentence(caught));
        setWatching(false);
      });
    return () => controller.abort();
  }, [services, targets, promotedAt, round]);

  const change = useCallback(
    (by: number) => {
      const next = Math.min(MAX_WINDOW_MINUTES, Math.max(1, windowRef.current + by));
      if (next === windowRef.current) return;
      windowRef.current = next;
      setMinutes(next);
      if (!watching && promotedAt + next * 60_000 > services.now()) setRound((r) => r + 1);
    },
    [watching, promotedAt, services],
  );

  const elapsedMinutes = Math.max(0, services.now() - promotedAt) / 60_000;
  return {report, error, minutes, watching, elapsedMinutes, change};
}

// When a watch opened on a production app starts: its release's time while that lies in the
// window, else now (the figures then compare the minutes before the key with those after).
export function watchStart(releaseCreatedAt: string | null, now: number, minutes: number): number {
  const created = releaseCreatedAt ? Date.parse(releaseCreatedAt) : Number.NaN;
  return Number.isFinite(created) && created <= now && now - created < minutes * 60_000
    ? created
    : now;
}
