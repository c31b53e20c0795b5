import {useEffect, useRef} from 'react';

// A ref that always holds the value of the last render, for callbacks that run later
// (an answer arriving, a timer firing) and must not restart the effect that set them up.
// Declared before the effects that read it, so it is current by the time they run.
export function useLatest<T>(value: T): {readonly current: T} {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
