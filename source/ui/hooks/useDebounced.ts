import {useEffect, useState} from 'react';

// `value` once it has stayed the same for `delayMs`: what a cursor rests on, not every
// row it passes over.
export function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(() => value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
