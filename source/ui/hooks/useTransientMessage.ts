import {useCallback, useEffect, useRef, useState} from 'react';

export type MessageTone = 'info' | 'warning' | 'error';
export type TransientMessage = {text: string; tone: MessageTone};

// A status-bar message that clears itself; a newer message replaces the older one.
export function useTransientMessage(durationMs = 4000) {
  const [message, setMessage] = useState<TransientMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const show = useCallback(
    (text: string, tone: MessageTone = 'info') => {
      if (timer.current) clearTimeout(timer.current);
      setMessage({text, tone});
      timer.current = setTimeout(() => setMessage(null), durationMs);
    },
    [durationMs],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return {message, show};
}
