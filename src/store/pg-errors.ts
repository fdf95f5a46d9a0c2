/**
 * Password-free descriptions of a PostgreSQL URL and of connection failures,
 * for start-up errors and logs.
 */

/** `postgres://user:secret@db:5432/app?sslmode=require` → `postgres://user@db:5432/app`. */
export function redactUrl(databaseUrl: string): string {
  try {
    const u = new URL(databaseUrl);
    const user = u.username ? `${decodeURIComponent(u.username)}@` : '';
    return `${u.protocol}//${user}${u.host}${u.pathname}`;
  } catch {
    return '(unparsable database URL)';
  }
}

function passwordOf(databaseUrl: string): string {
  try {
    return decodeURIComponent(new URL(databaseUrl).password);
  } catch {
    return '';
  }
}

function reasonOf(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) return reasonOf(err.errors[0]);
  if (typeof err !== 'object' || err === null) return String(err);
  const { code, message } = err as { code?: unknown; message?: unknown };
  const msg = typeof message === 'string' && message.length > 0 ? message : 'connection failed';
  return typeof code === 'string' && !msg.includes(code) ? `${code} ${msg}` : msg;
}

/** The failure reason with the URL's password (if any) scrubbed out. */
export function describeConnectError(err: unknown, databaseUrl: string): string {
  let reason = reasonOf(err);
  const password = passwordOf(databaseUrl);
  if (password.length > 0) reason = reason.split(password).join('***');
  if (databaseUrl.length > 0) reason = reason.split(databaseUrl).join(redactUrl(databaseUrl));
  return reason;
}
