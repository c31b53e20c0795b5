import {useEffect, useState} from 'react';
import {useServices} from '../services.js';

// The current time, ticking, for "refreshed 12s ago". Only the component that shows it
// re-renders on each tick.
export function useNow(intervalMs = 1000): number {
  const services = useServices();
  const [now, setNow] = useState(() => services.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(services.now()), intervalMs);
    return () => clearInterval(timer);
  }, [services, intervalMs]);
  return now;
}
