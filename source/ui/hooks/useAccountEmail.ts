import {useEffect, useState} from 'react';
import {sanitizeText} from '../../shared/sanitize.js';
import {useServices} from '../services.js';

// The account's email for the status bar; null until known, and left out if it fails.
export function useAccountEmail(): string | null {
  const services = useServices();
  const [email, setEmail] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    services.account().then(
      (account) => {
        if (!cancelled) setEmail(sanitizeText(account.email));
      },
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [services]);
  return email;
}
