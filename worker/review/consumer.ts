import { eq } from 'drizzle-orm'
import { database, type Database } from '../../db/client'
import { sendAuthorMessage } from '../../db/queries/author-messages'
import { flagPost } from '../../db/queries/queue'
import { aiReviews, deadLetters, replies, stories, type PostType, type QueueReason } from '../../db/schema'
import { heldText } from '../../moderation/policy/messages'
import { newId } from '../lib/ids'
import { notifyModerators } from '../notify/notify-moderators'
import { askLlamaGuard, askOpenAi, withTimeout, type Opinion, type WorkersAi } from './models'

export type ReviewMessage = { postType: PostType; postId: string }

/** Bindings and settings for second opinions; all optional, all off by default. */
export type ReviewEnv = Env & {
  AI?: WorkersAi
  OPENAI_API_KEY?: string
  OPENAI_BASE_URL?: string
  AI_TIMEOUT_MS?: string
  REVIEW_RETRY_BASE_SECONDS?: string
  REVIEW_MAX_ATTEMPTS?: string
}

const RANK = { none: 0, concern: 1, high: 2, imminent: 3 } as const

/**
 * What a self-harm opinion adds to the screen's decision. It can only add: a queue
 * reason (raising priority) and possibly a hold. It never publishes, lowers or deletes.
 */
export function escalation(opinion: Opinion, screenLevel: keyof typeof RANK): { reason: QueueReason; hold: boolean } | null {
  if (!opinion.selfHarm) return null
  if (opinion.instructions) return { reason: 'method', hold: true }
  if (opinion.intent) return { reason: 'high', hold: RANK[screenLevel] >= RANK.concern }
  return { reason: 'concern', hold: false }
}

async function loadPost(db: Database, msg: ReviewMessage) {
  if (msg.postType === 'story') {
    const s = await db.select().from(stories).where(eq(stories.id, msg.postId)).get()
    return s && { ...s, storyId: s.id, text: `${s.originalTitle ?? s.title}\n\n${s.originalBody ?? s.body}` }
  }
  const r = await db.select().from(replies).where(eq(replies.id, msg.postId)).get()
  if (!r) return undefined
  const story = await db.select({ spaceSlug: stories.spaceSlug, partnerSlug: stories.partnerSlug }).from(stories).where(eq(stories.id, r.storyId)).get()
  return story && { ...r, ...story, text: r.originalBody ?? r.body }
}

function ask(env: ReviewEnv, text: string): Promise<Opinion> {
  const timeoutMs = Number(env.AI_TIMEOUT_MS ?? 8000)
  if (env.AI) return withTimeout(askLlamaGuard(env.AI, text), timeoutMs)
  if (env.OPENAI_API_KEY) return withTimeout(askOpenAi(env.OPENAI_API_KEY, text, fetch, env.OPENAI_BASE_URL), timeoutMs)
  throw new Error('no safety model is configured')
}

/** Reviews one post; throws when the model fails, so the message is retried. */
export async function reviewPost(env: ReviewEnv, msg: ReviewMessage): Promise<void> {
  const db = database(env.DB)
  const post = await loadPost(db, msg)
  if (!post || post.status === 'deleted' || post.status === 'removed') return
  const opinion = await ask(env, post.text)
  const step = escalation(opinion, post.crisisLevel)
  let raised = false
  if (step) {
    const flagged = await flagPost(
      db,
      { postType: msg.postType, postId: msg.postId, storyId: post.storyId, spaceSlug: post.spaceSlug, partnerSlug: post.partnerSlug, authorHash: post.authorHash, lang: post.lang, reason: step.reason, source: 'ai', reasons: [`second opinion (${opinion.provider}): ${opinion.categories.join(', ')}`] },
      newId,
    )
    raised = flagged.raised
    if (flagged.raised) await notifyModerators(env, flagged.item)
    if (step.hold && post.status === 'published') {
      await holdPost(db, msg, post.authorHash, post.lang, step.reason === 'method' ? 'method' : 'crisis')
      raised = true
    }
  }
  await db.insert(aiReviews).values({ id: newId(), postType: msg.postType, postId: msg.postId, provider: opinion.provider, flagged: opinion.flagged, categories: opinion.categories, raised })
}

async function holdPost(db: Database, msg: ReviewMessage, authorHash: string, lang: string, why: 'method' | 'crisis') {
  const table = msg.postType === 'story' ? stories : replies
  await db.update(table).set({ status: 'held' }).where(eq(table.id, msg.postId))
  const text = heldText({ status: 'held', heldBecause: [why] }, lang)!
  await sendAuthorMessage(db, { id: newId(), authorHash, kind: 'held', postType: msg.postType, postId: msg.postId, body: `${text.intro} ${text.reasons.join('; ')}. ${text.outro}` })
}

/**
 * Queue consumer for `lantern-reviews`. A failure (timeout, malformed answer, outage) is
 * retried with exponential backoff; after the last attempt the message is written to
 * dead_letters, so no post ever silently misses its review.
 */
export async function handleReviewBatch(batch: MessageBatch<ReviewMessage>, env: ReviewEnv): Promise<void> {
  const maxAttempts = Number(env.REVIEW_MAX_ATTEMPTS ?? 5)
  const base = Number(env.REVIEW_RETRY_BASE_SECONDS ?? 10)
  for (const message of batch.messages) {
    try {
      await reviewPost(env, message.body)
      message.ack()
    } catch (error) {
      if (message.attempts >= maxAttempts) {
        await database(env.DB)
          .insert(deadLetters)
          .values({ id: newId(), queue: batch.queue, body: message.body, error: String(error).slice(0, 500), attempts: message.attempts })
        message.ack()
      } else {
        message.retry({ delaySeconds: base * 2 ** (message.attempts - 1) })
      }
    }
  }
}
