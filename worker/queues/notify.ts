import { database } from '../../db/client'
import { insertDeadLetter, itemForNotice } from '../../db/queries/notifications'
import { newId } from '../lib/ids'
import { webhookPayload, type NotifyMessage } from '../notify/payload'

/** After this many failed deliveries a message goes to dead_letters (wrangler.toml allows 5 retries). */
export const MAX_ATTEMPTS = 5
const TIMEOUT_MS = 10_000

/** 10 s, 20 s, 40 s, 80 s: a webhook that is briefly down gets a few chances within minutes. */
export const backoffSeconds = (attempts: number) => Math.min(600, 10 * 2 ** Math.max(0, attempts - 1))

type ConsumerEnv = Pick<Env, 'DB' | 'NOTIFY_WEBHOOK_URL' | 'SITE_URL'>

async function deliver(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(TIMEOUT_MS) })
  // Drain the body so the connection is released; its content does not matter.
  await res.arrayBuffer().catch(() => undefined)
  if (!res.ok) throw new Error(`webhook answered ${res.status}`)
}

/**
 * Consumer of the lantern-notify queue: posts each announcement to NOTIFY_WEBHOOK_URL.
 * An item settled in the meantime is not announced. A failed delivery is retried with
 * backoff; after MAX_ATTEMPTS it is kept in dead_letters for a person to see, not dropped.
 */
export async function consumeNotifications(batch: MessageBatch<NotifyMessage>, env: ConsumerEnv, now = () => new Date()): Promise<void> {
  const db = database(env.DB)
  for (const message of batch.messages) {
    const url = env.NOTIFY_WEBHOOK_URL
    const item = url ? await itemForNotice(db, message.body.itemId) : null
    if (!url || !item || item.status !== 'open') {
      message.ack()
      continue
    }
    try {
      await deliver(url, webhookPayload(item, message.body.event, env.SITE_URL ?? '', now()))
      message.ack()
    } catch (error) {
      if (message.attempts >= MAX_ATTEMPTS) {
        await insertDeadLetter(db, { id: newId(), queue: batch.queue, body: message.body, error: String((error as Error)?.message ?? error), attempts: message.attempts })
        message.ack()
      } else {
        message.retry({ delaySeconds: backoffSeconds(message.attempts) })
      }
    }
  }
}
