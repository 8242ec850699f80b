import { database } from '../../db/client'
import { clearNotified, markNotified, takeOverdueItems } from '../../db/queries/notifications'
import { triageConfig, URGENT_LEVELS } from '../triage/config'
import type { NotifyMessage } from './payload'

export type NotifyEnv = Pick<Env, 'DB' | 'NOTIFY' | 'NOTIFY_WEBHOOK_URL' | 'URGENT_AFTER_MINUTES'>

const configured = (env: NotifyEnv) => Boolean(env.NOTIFY_WEBHOOK_URL)

/**
 * Tells the moderators' webhook about a high or imminent item, through the lantern-notify
 * queue (which retries). For the posting flow to call when flagPost() creates or raises an
 * item: `if (raised) await notifyModerators(env, item)`. Anything below high is left to the
 * queue page. Returns whether a message was queued.
 */
export async function notifyModerators(env: NotifyEnv, item: { id: string; reason: string; status?: string }, now = new Date()): Promise<boolean> {
  if (!configured(env) || (item.status ?? 'open') !== 'open' || !(URGENT_LEVELS as readonly string[]).includes(item.reason)) return false
  // Queued first, marked second: if marking fails, the worst case is a second alert, never none.
  await env.NOTIFY.send({ itemId: item.id, event: 'flagged' } satisfies NotifyMessage)
  await markNotified(database(env.DB), item.id, now)
  return true
}

/** The minute cron: high and imminent items waiting past the threshold are announced once more. */
export async function alertWaitingItems(env: NotifyEnv, now = new Date()): Promise<number> {
  if (!configured(env)) return 0
  const db = database(env.DB)
  const overdue = await takeOverdueItems(db, now, triageConfig(env).urgentAfterMinutes)
  if (overdue.length === 0) return 0
  try {
    await env.NOTIFY.sendBatch(overdue.map((o) => ({ body: { itemId: o.id, event: 'waiting' } satisfies NotifyMessage })))
  } catch (error) {
    // Not queued: unmark them so the next minute tries again, rather than staying silent.
    await clearNotified(db, overdue.map((o) => o.id))
    throw error
  }
  return overdue.length
}
