import { createExecutionContext, createMessageBatch, createScheduledController, env, getQueueResult } from 'cloudflare:test'
import { describe, expect, inject, it, vi } from 'vitest'
import { createWorker } from '../../worker/app'
import { alertWaitingItems, notifyModerators } from '../../worker/notify/notify-moderators'
import type { NotifyMessage } from '../../worker/notify/payload'
import { backoffSeconds, MAX_ATTEMPTS } from '../../worker/queues/notify'
import { seedFlaggedStory } from '../support/mod'

const receiver = inject('webhookReceiver')
const worker = createWorker()
const received = async (name: string) => (await (await fetch(`${receiver}/log/${name}`)).json()) as { status: number; contentType: string; body: Record<string, unknown> }[]

/** The real consumer, through the Worker's queue() entry, as the platform would call it. */
async function deliver(webhook: string, body: NotifyMessage, attempts: number) {
  const batch = createMessageBatch<NotifyMessage>('lantern-notify', [{ id: `m-${attempts}`, timestamp: new Date(), attempts, body }])
  // getQueueResult reports which messages were retried, not the delay asked for: watch retry() for that.
  const retry = vi.spyOn(batch.messages[0]!, 'retry')
  const ctx = createExecutionContext()
  await worker.queue!(batch, { ...env, NOTIFY_WEBHOOK_URL: webhook, SITE_URL: 'https://lantern.example' }, ctx)
  return { ...(await getQueueResult(batch, ctx)), retryOptions: retry.mock.calls.map(([options]) => options) }
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000)

describe('webhook delivery (a real local HTTP receiver)', () => {
  it('retries after a 500, then delivers a Slack- and Discord-compatible message without the post’s words', async () => {
    const { item } = await seedFlaggedStory({ reason: 'imminent', space: 'depression', createdAt: minutesAgo(7), title: 'Goodbye', body: 'I have pills saved and I do not want to be here.' })
    const webhook = `${receiver}/hook/flaky-${item.id}`

    const first = await deliver(webhook, { itemId: item.id, event: 'flagged' }, 1)
    expect(first.explicitAcks).toEqual([])
    expect(first.retryMessages).toEqual([{ msgId: 'm-1' }])
    expect(first.retryOptions).toEqual([{ delaySeconds: backoffSeconds(1) }])

    const second = await deliver(webhook, { itemId: item.id, event: 'flagged' }, 2)
    expect(second.explicitAcks).toEqual(['m-2'])
    expect(second.retryMessages).toEqual([])

    const log = await received(`flaky-${item.id}`)
    expect(log.map((r) => r.status)).toEqual([500, 200])
    const payload = log[1]!.body
    expect(log[1]!.contentType).toBe('application/json')
    expect(payload).toEqual({
      text: expect.stringContaining(`https://lantern.example/mod/items/${item.id}`),
      content: payload.text,
      level: 'imminent',
      space: 'depression',
      waitingMinutes: 7,
      url: `https://lantern.example/mod/items/${item.id}`,
    })
    const json = JSON.stringify(payload)
    for (const secret of ['Goodbye', 'pills', 'do not want', item.authorHash, item.postId]) expect(json).not.toContain(secret)
  })

  it(`keeps a message that failed ${MAX_ATTEMPTS} times in dead_letters instead of dropping it`, async () => {
    const { item } = await seedFlaggedStory({ reason: 'high' })
    const result = await deliver(`${receiver}/hook/down-${item.id}`, { itemId: item.id, event: 'waiting' }, MAX_ATTEMPTS)
    expect(result.explicitAcks).toEqual([`m-${MAX_ATTEMPTS}`])
    const letter = await env.DB.prepare('select queue, body, error, attempts from dead_letters').first()
    expect(letter).toEqual({ queue: 'lantern-notify', body: JSON.stringify({ itemId: item.id, event: 'waiting' }), error: 'webhook answered 500', attempts: MAX_ATTEMPTS })
  })

  it('does not announce an item settled in the meantime, nor anything when no webhook is configured', async () => {
    const { item } = await seedFlaggedStory({ reason: 'high' })
    await env.DB.prepare("update queue_items set status = 'closed' where id = ?").bind(item.id).run()
    expect((await deliver(`${receiver}/hook/closed-${item.id}`, { itemId: item.id, event: 'flagged' }, 1)).explicitAcks).toEqual(['m-1'])
    expect(await received(`closed-${item.id}`)).toEqual([])
    const open = await seedFlaggedStory({ reason: 'high' })
    expect((await deliver('', { itemId: open.item.id, event: 'flagged' }, 1)).explicitAcks).toEqual(['m-1'])
  })
})

describe('producers', () => {
  const fakeQueue = () => ({ send: vi.fn(async () => undefined), sendBatch: vi.fn(async () => undefined) })

  it('notifyModerators queues high and imminent items only, and only with a webhook configured', async () => {
    const NOTIFY = fakeQueue()
    const configured = { ...env, NOTIFY: NOTIFY as unknown as Queue, NOTIFY_WEBHOOK_URL: `${receiver}/hook/x` }
    const high = await seedFlaggedStory({ reason: 'high' })
    const concern = await seedFlaggedStory({ reason: 'concern' })
    expect(await notifyModerators(configured, high.item)).toBe(true)
    expect(await notifyModerators(configured, concern.item)).toBe(false)
    expect(await notifyModerators({ ...configured, NOTIFY_WEBHOOK_URL: '' }, high.item)).toBe(false)
    expect(NOTIFY.send.mock.calls).toEqual([[{ itemId: high.item.id, event: 'flagged' }]])
    expect(await env.DB.prepare('select notified_at from queue_items where id = ?').bind(high.item.id).first()).toEqual({ notified_at: expect.any(Number) })
  })

  it('the minute cron announces high and imminent items waiting past the threshold, once', async () => {
    const NOTIFY = fakeQueue()
    const configured = { ...env, NOTIFY: NOTIFY as unknown as Queue, NOTIFY_WEBHOOK_URL: `${receiver}/hook/x`, URGENT_AFTER_MINUTES: '5' }
    const overdue = await seedFlaggedStory({ reason: 'imminent', createdAt: minutesAgo(6) })
    const announcedEarly = await seedFlaggedStory({ reason: 'high', createdAt: minutesAgo(9) })
    await env.DB.prepare('update queue_items set notified_at = ? where id = ?').bind(minutesAgo(9).getTime() + 1000, announcedEarly.item.id).run()
    const fresh = await seedFlaggedStory({ reason: 'high', createdAt: minutesAgo(2) })
    const lowRisk = await seedFlaggedStory({ reason: 'concern', createdAt: minutesAgo(60) })

    const ctx = createExecutionContext()
    await worker.scheduled!(createScheduledController({ cron: '* * * * *', scheduledTime: Date.now() }), configured, ctx)
    const sent = (NOTIFY.sendBatch.mock.calls as unknown as [{ body: NotifyMessage }[]][]).flatMap(([batch]) => batch.map((m) => m.body))
    expect(sent).toEqual(expect.arrayContaining([{ itemId: overdue.item.id, event: 'waiting' }, { itemId: announcedEarly.item.id, event: 'waiting' }]))
    expect(sent.map((m) => m.itemId)).not.toContain(fresh.item.id)
    expect(sent.map((m) => m.itemId)).not.toContain(lowRisk.item.id)

    // Once announced, the next minute is quiet.
    expect(await alertWaitingItems(configured)).toBe(0)
  })

  it('if the alerts cannot be queued, the items are unmarked so the next minute tries again', async () => {
    const failing = { send: vi.fn(), sendBatch: vi.fn(async () => Promise.reject(new Error('queue unavailable'))) }
    const configured = { ...env, NOTIFY: failing as unknown as Queue, NOTIFY_WEBHOOK_URL: `${receiver}/hook/x`, URGENT_AFTER_MINUTES: '5' }
    const overdue = await seedFlaggedStory({ reason: 'imminent', createdAt: minutesAgo(8) })
    await expect(alertWaitingItems(configured)).rejects.toThrow('queue unavailable')
    expect(await env.DB.prepare('select notified_at from queue_items where id = ?').bind(overdue.item.id).first()).toEqual({ notified_at: null })
  })
})
