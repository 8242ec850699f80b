/**
 * Telling D1's passing failures from our own mistakes. D1 reports a lost connection, an
 * overloaded or restarting database in words (developers.cloudflare.com/d1/observability/
 * debug-d1, "Error list"); Drizzle wraps them in its own error, so causes are read too.
 */
const TRANSIENT = [
  'Network connection lost',
  'D1 DB is overloaded',
  'Cannot resolve D1 DB due to transient issue',
  'storage caused object to be reset',
  'reset because its code was updated',
  'Internal error while starting up D1 DB storage',
  'D1 DB storage operation exceeded timeout',
  'internal error',
]

/** The messages of an error and of every cause under it, joined. */
export function errorText(error: unknown): string {
  const parts: string[] = []
  for (let e: unknown = error; e instanceof Error && parts.length < 5; e = e.cause) parts.push(e.message)
  return parts.join(' | ')
}

/** Worth retrying: the database was unreachable or busy; the request changed nothing or all. */
export const isD1Unavailable = (error: unknown): boolean => {
  const text = errorText(error)
  return TRANSIENT.some((t) => text.includes(t))
}

/** How long a client should wait before retrying while D1 is unavailable (Retry-After). */
export const RETRY_AFTER_SECONDS = 5
