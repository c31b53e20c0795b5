import {useEffect, useState} from 'react';

// `value` once it has stayed the same for `delayMs`: what a cursor rests on, not every
// row it passes over.
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(() => value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
