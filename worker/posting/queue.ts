import type { Database } from '../../db/client'
import { flagPost, type Flag } from '../../db/queries/queue'
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

/**
 * After a post is stored: a queue item for anything held or flagged (one per post, raised
 * on edit), and, when a safety model is configured, a message asking for its opinion.
 * Reasons are the findings' notes, which never quote method details.
 */
export async function queueForReview(db: Database, env: SecondOpinionEnv & NotifyEnv, post: PostRef, prepared: PreparedPost) {
  const [strongest, ...rest] = prepared.decision.queue
  const flagged = strongest
    ? await flagPost(
        db,
        {
          ...post,
          lang: prepared.lang,
          reason: strongest,
          source: 'screen',
          reasons: reasonsOf(prepared, [strongest, ...rest]),
        },
        newId,
      )
    : null
  // High and imminent items reach the volunteers' webhook at once (never with the post's words).
  if (flagged?.raised) await notifyModerators(env, flagged.item)
  if (secondOpinionConfigured(env)) await env.REVIEWS!.send({ postType: post.postType, postId: post.postId })
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
