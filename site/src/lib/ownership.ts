import { apiFetch } from './api-client'
import { readAuthorKey } from './author-key-store'

const cache = new Map<string, Promise<Set<string>>>()

/**
 * Ids of the posts on a story page that this browser's key wrote: one request per page,
 * however many edit buttons ask.
 */
export function ownedPostIds(storyId: string): Promise<Set<string>> {
  if (!readAuthorKey()) return Promise.resolve(new Set())
  let pending = cache.get(storyId)
  if (!pending) {
    pending = apiFetch<{ story: { id: string; isAuthor?: boolean }; replies: { id: string; isAuthor?: boolean }[] }>(`/api/stories/${storyId}`).then((res) =>
      res.ok ? new Set([res.data.story, ...res.data.replies].filter((p) => p.isAuthor).map((p) => p.id)) : new Set<string>(),
    )
    cache.set(storyId, pending)
  }
  return pending
}
