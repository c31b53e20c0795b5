import {sanitizeText} from '../../shared/sanitize.js';
import {useServices} from '../services.js';
import {useAsync} from './useAsync.js';

// The account's email for the status bar; null until known, and left out if it fails.
export function useAccountEmail(): string | null {
  const services = useServices();
  const account = useAsync('account', () => services.account());
  return account.status === 'done' ? sanitizeText(account.value.email) : null;
}
