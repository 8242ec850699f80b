import { readAuthorKey, saveAuthorKey } from './author-key-store'
import { partnerHere } from './links'

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; code: string; message: string }

/**
 * fetch for islands: sends the author key, keeps a key the server hands back, and turns
 * every failure (including being offline) into the API's error shape for display.
 */
export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiResult<T>> {
  // The page's language, not the browser's: what the server writes back (why a post is held,
  // the crisis lines and the country's name) must be in the language the person is reading.
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang
  const headers: Record<string, string> = { Accept: 'application/json', ...(lang ? { 'Accept-Language': lang } : {}), ...init.headers }
  const key = readAuthorKey()
  if (key) headers['X-Author-Key'] = key
  // Posts written inside a partner's frame count for that partner (and its stricter policy).
  const partner = partnerHere()
  if (partner && init.method && init.method !== 'GET') headers['X-Lantern-Partner'] = partner
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  let res: Response
  try {
    res = await fetch(path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) })
  } catch {
    return { ok: false, status: 0, code: 'offline', message: '' }
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, any>
  if (typeof json.authorKey === 'string') saveAuthorKey(json.authorKey, { issued: true })
  if (res.ok) return { ok: true, status: res.status, data: json as T }
  return { ok: false, status: res.status, code: json.error?.code ?? 'internal', message: json.error?.message ?? res.statusText }
}

/** A fresh idempotency key per draft: retries of the same submit reuse it. */
export const newIdempotencyKey = () => crypto.randomUUID()
