import { apiFetch } from './api-client'
import { readAuthorKey } from './author-key-store'

const cache = new Map<string, Promise<Set<string>>>()

/**
 * Ids of the posts on a story page that this browser's key wrote: one request per page,
 * however many edit buttons ask.
 */
export function ownedPostIds(storyId: string): Promise<Set<string>> {
  const key = readAuthorKey()
  if (!key) return Promise.resolve(new Set())
  // Per key too: a person may bring their key after the page loaded (embedded pages).
  const cacheKey = `${storyId}:${key}`
  let pending = cache.get(cacheKey)
  if (!pending) {
    pending = apiFetch<{ story: { id: string; isAuthor?: boolean }; replies: { id: string; isAuthor?: boolean }[] }>(`/api/stories/${storyId}`).then((res) =>
      res.ok ? new Set([res.data.story, ...res.data.replies].filter((p) => p.isAuthor).map((p) => p.id)) : new Set<string>(),
    )
    cache.set(cacheKey, pending)
  }
  return pending
}
