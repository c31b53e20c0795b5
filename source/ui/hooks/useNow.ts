import {useEffect, useState} from 'react';
import {useServices} from '../services.js';

// The current time, for "refreshed 3m ago": re-read only when the time elapsed since
// `since` reaches the next whole `stepMs`, i.e. when such a label can change. Every tick
// redraws the whole frame in Ink and holds back the frame of a key pressed just after
// it, so the clock ticks no more often than its label needs.
export function useNow(since: number | null, stepMs = 60_000): number {
  const services = useServices();
  const [now, setNow] = useState(() => services.now());
  useEffect(() => {
    if (since === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const elapsed = Math.max(0, services.now() - since);
      const wait = stepMs - (elapsed % stepMs);
      timer = setTimeout(() => {
        setNow(services.now());
        schedule();
      }, wait);
    };
    // Until the first tick `now` may predate `since`, which reads as "just now": true then.
    schedule();
    return () => clearTimeout(timer);
  }, [services, since, stepMs]);
  return now;
}
