import type { Database } from '../../db/client'
import { flagPost, insertQueueItem, type Flag } from '../../db/queries/queue'
import { newId } from '../lib/ids'
import { notifyModerators, type NotifyEnv } from '../notify/notify-moderators'
import type { PreparedPost } from './prepare'

/** Which post, where, and by whom: what a queue item needs besides the reasons. */
export type PostRef = Pick<Flag, 'postType' | 'postId' | 'storyId' | 'spaceSlug' | 'partnerSlug' | 'authorHash'>

/** The queue reference of a story, or of a reply in it. */
export const postRef = (
  post: { postType: PostRef['postType']; postId: string; authorHash: string },
  story: { id: string; spaceSlug: string; partnerSlug: string | null },
): PostRef => ({ ...post, storyId: story.id, spaceSlug: story.spaceSlug, partnerSlug: story.partnerSlug })

/** Optional bindings for the AI second opinion; absent unless an operator configures them. */
export type SecondOpinionEnv = { AI?: unknown; OPENAI_API_KEY?: string; REVIEWS?: Queue }

export const secondOpinionConfigured = (env: SecondOpinionEnv) => Boolean(env.REVIEWS && (env.AI || env.OPENAI_API_KEY))

/** The queue flag a screened post earns, or null when it needs no volunteer. */
export function flagFor(post: PostRef, prepared: PreparedPost): Flag | null {
  const [strongest, ...rest] = prepared.decision.queue
  if (!strongest) return null
  return { ...post, lang: prepared.lang, reason: strongest, source: 'screen', reasons: reasonsOf(prepared, [strongest, ...rest]) }
}

/**
 * Once a post is stored: high and imminent items reach the volunteers' webhook at once
 * (never with the post's words), and, when a safety model is configured, a message asks
 * for its opinion.
 */
export async function announce(env: SecondOpinionEnv & NotifyEnv, post: PostRef, item: { id: string; reason: string } | null, raised: boolean) {
  if (item && raised) await notifyModerators(env, item)
  if (secondOpinionConfigured(env)) await env.REVIEWS!.send({ postType: post.postType, postId: post.postId })
}

/**
 * A new post's writes, to commit with the post in one batch: its queue item, if it needs
 * one (a new post has none open). `after` announces it once committed.
 */
export function queueNewPost(db: Database, env: SecondOpinionEnv & NotifyEnv, post: PostRef, prepared: PreparedPost) {
  const flag = flagFor(post, prepared)
  const item = flag ? { id: newId(), reason: flag.reason } : null
  return {
    writes: flag && item ? [insertQueueItem(db, flag, item.id)] : [],
    after: () => announce(env, post, item, true),
  }
}

/**
 * After an edit is stored: raises the post's open item, or opens one (one per post),
 * then announces it. Reasons are the findings' notes, which never quote method details.
 */
export async function queueForReview(db: Database, env: SecondOpinionEnv & NotifyEnv, post: PostRef, prepared: PreparedPost) {
  const flag = flagFor(post, prepared)
  const flagged = flag ? await flagPost(db, flag, newId) : null
  await announce(env, post, flagged?.item ?? null, flagged?.raised ?? false)
  return flagged?.item ?? null
}

function reasonsOf(prepared: PreparedPost, queue: string[]): string[] {
  const s = prepared.screening
  const notes = [
    ...s.crisis.reasons.map((r) => r.note),
    ...(s.methodDetail.length ? ['describes a method or means'] : []),
    ...(s.stigma.length ? [`stigmatising language kept by the author (${s.stigma.length})`] : []),
    ...s.pii.map((p) => `personal data: ${p.kind}`),
  ]
  return [...new Set([`${queue.join(', ')} (screen ${prepared.screenVersion})`, ...notes])]
}
