import { apiFetch } from './api-client'
import { readAuthorKey } from './author-key-store'

/** What this browser's key did on a story page: the posts it wrote and the reactions it made. */
export type Mine = { owned: Set<string>; reacted: string[] }
const NONE: Mine = { owned: new Set(), reacted: [] }
const cache = new Map<string, Promise<Mine>>()

/**
 * One request per page and key, however many edit buttons and reaction groups ask: the
 * story as this key sees it (GET /api/stories/:id marks its posts and lists its reactions).
 */
export function mineOn(storyId: string): Promise<Mine> {
  const key = readAuthorKey()
  if (!key) return Promise.resolve(NONE)
  // Per key too: a person may bring their key after the page loaded (embedded pages).
  const cacheKey = `${storyId}:${key}`
  let pending = cache.get(cacheKey)
  if (!pending) {
    pending = apiFetch<{ story: { id: string; isAuthor?: boolean }; replies: { id: string; isAuthor?: boolean }[]; myReactions?: string[] }>(`/api/stories/${storyId}`).then((res) =>
      res.ok ? { owned: new Set([res.data.story, ...res.data.replies].filter((p) => p.isAuthor).map((p) => p.id)), reacted: res.data.myReactions ?? [] } : NONE,
    )
    cache.set(cacheKey, pending)
  }
  return pending
}
