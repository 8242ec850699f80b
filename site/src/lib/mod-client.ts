/**
 * fetch for the moderator islands: JSON in and out, the session cookie (sent by the
 * browser; SameSite=Strict) and the page's CSRF token on every change. Failures, being
 * offline included, come back in the API's error shape for display.
 */
export type ModResult<T> = { ok: true; data: T } | { ok: false; status: number; code: string; message: string; details?: Record<string, unknown> }

export async function modFetch<T = Record<string, unknown>>(path: string, init: { method?: string; body?: unknown; csrf?: string } = {}): Promise<ModResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (init.csrf) headers['X-CSRF-Token'] = init.csrf
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  let res: Response
  try {
    res = await fetch(path, { method: init.method ?? 'GET', headers, credentials: 'same-origin', body: init.body === undefined ? undefined : JSON.stringify(init.body) })
  } catch {
    return { ok: false, status: 0, code: 'offline', message: '' }
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, any>
  if (res.ok) return { ok: true, data: json as T }
  if (res.status === 401 && json.error?.code === 'not_signed_in') location.href = `/mod/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`
  return { ok: false, status: res.status, code: json.error?.code ?? 'internal', message: json.error?.message ?? res.statusText, details: json.error?.details }
}

/** Whether a key press belongs to a text field (typing must never trigger an action). */
export const isTyping = (event: KeyboardEvent) => {
  const el = event.target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

/** Waiting time in calm words: "7 min", "1 h 5 min". */
export function formatWaiting(minutes: number, units: { minutes: string; hours: string }): string {
  if (minutes < 60) return `${minutes} ${units.minutes}`
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return m === 0 ? `${h} ${units.hours}` : `${h} ${units.hours} ${m} ${units.minutes}`
}

export const clockTime = (iso: string | null, locale: string) => (iso ? new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }) : '')
