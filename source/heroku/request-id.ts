// Heroku's Request-Id is quoted in messages for support. It comes from the server, so it is
// treated as outside text: the token is cut out of it (a server that echoes the
// Authorization header there must not get it printed), only the characters a request id
// uses are kept, and its length is bounded.

const MAX_REQUEST_ID = 100;
const REDACTED = '[redacted]';

export function cleanRequestId(value: string | null | undefined, token?: string): string | null {
  if (!value) return null;
  let text = String(value);
  const secret = token?.trim();
  if (secret && secret.length >= 4) text = text.split(secret).join(REDACTED);
  text = text.replace(/[^A-Za-z0-9._:,=/[\]-]/g, '');
  if (secret && secret.length >= 4 && text.includes(secret)) return REDACTED;
  if (text.length > MAX_REQUEST_ID) text = `${text.slice(0, MAX_REQUEST_ID)}…`;
  return text === '' ? null : text;
}
