import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { inboxFor } from '../../db/queries/author-messages'
import { writeAction } from '../../db/queries/item-actions'
import { planAction, type ActionInput } from '../../worker/triage/actions'
import { hashAuthorKey } from '../../worker/lib/author-key'
import { db, modCall, moderatorSession, seedFlaggedReply, seedFlaggedStory, type Session } from '../support/mod'

type AuditRow = { action: string; actor_handle: string; queue_item_id: string; post_type: string; post_id: string; before: string | null; after: string | null; note: string | null }

const auditFor = async (itemId: string) =>
  (await env.DB.prepare('select * from audit_events where queue_item_id = ? and action not in (\'claim\', \'release\') order by id').bind(itemId).all<AuditRow>()).results

const storyRow = (id: string) => env.DB.prepare('select status from stories where id = ?').bind(id).first<{ status: string }>()
const itemRow = (id: string) =>
  env.DB.prepare('select status, resolution, false_alarm, escalated, claimed_by, first_action_at, closed_at from queue_items where id = ?').bind(id).first<Record<string, unknown>>()

async function claimed(session: Session, opts: Parameters<typeof seedFlaggedStory>[0] = {}) {
  const seeded = await seedFlaggedStory(opts)
  expect((await modCall('POST', `/api/mod/items/${seeded.item.id}/claim`, { session })).status).toBe(200)
  return seeded
}

const act = (session: Session, itemId: string, body: ActionInput) => modCall('POST', `/api/mod/items/${itemId}/actions`, { session, body })

describe('actions: each one writes its audit event with before and after', () => {
  const cases: { body: ActionInput; post: string; item: Record<string, unknown>; after: Record<string, unknown>; message?: string }[] = [
    { body: { action: 'approve' }, post: 'published', item: { status: 'closed', resolution: 'approved', false_alarm: 0 }, after: { postStatus: 'published', queueStatus: 'closed', resolution: 'approved', falseAlarm: false }, message: 'approved' },
    { body: { action: 'keep-hidden', note: 'still too raw to publish' }, post: 'held', item: { status: 'closed', resolution: 'kept_hidden' }, after: { postStatus: 'held', resolution: 'kept_hidden' } },
    { body: { action: 'remove', reason: 'method-detail', message: 'You are welcome to share again without those details.' }, post: 'removed', item: { status: 'closed', resolution: 'removed' }, after: { postStatus: 'removed', reason: 'method-detail' }, message: 'removed' },
    { body: { action: 'false-alarm' }, post: 'published', item: { status: 'closed', resolution: 'false_alarm', false_alarm: 1 }, after: { resolution: 'false_alarm', falseAlarm: true }, message: 'approved' },
    { body: { action: 'escalate', note: 'needs an experienced eye' }, post: 'held', item: { status: 'open', escalated: 1, claimed_by: null }, after: { queueStatus: 'open', escalated: true } },
    { body: { action: 'check-in', message: 'We read what you wrote. You are not alone.', country: 'gb' }, post: 'held', item: { status: 'open' }, after: { messageKind: 'checkin', country: 'GB' }, message: 'checkin' },
  ]

  it.each(cases)('$body.action', async ({ body, post, item, after, message }) => {
    const mod = await moderatorSession()
    const seeded = await claimed(mod.session)
    const res = await act(mod.session, seeded.item.id, body)
    expect(res.status).toBe(200)
    expect(res.body.action).toBe(body.action)
    expect((await storyRow(seeded.storyId))?.status).toBe(post)
    const row = await itemRow(seeded.item.id)
    expect(row).toMatchObject(item)
    expect(row?.first_action_at).toEqual(expect.any(Number))

    const events = await auditFor(seeded.item.id)
    expect(events).toHaveLength(1)
    const [event] = events
    expect(event).toMatchObject({ action: body.action, actor_handle: mod.handle, post_type: 'story', post_id: seeded.storyId, note: body.note ?? null })
    expect(JSON.parse(event!.before!)).toEqual({ postStatus: 'held', queueStatus: 'open', escalated: false })
    expect(JSON.parse(event!.after!)).toMatchObject(after)
    expect(JSON.stringify(events)).not.toContain(seeded.authorHash)

    const inbox = await inboxFor(db(), seeded.authorHash)
    expect(inbox.map((m) => m.kind)).toEqual(message ? [message] : [])
  })

  it('a private note changes nothing, needs no claim, and is an audit event', async () => {
    const mod = await moderatorSession()
    const { item, storyId } = await seedFlaggedStory()
    const res = await act(mod.session, item.id, { action: 'note', note: 'The same person posted last week; see their other posts.' })
    expect(res.status).toBe(200)
    expect((await storyRow(storyId))?.status).toBe('held')
    expect(await itemRow(item.id)).toMatchObject({ status: 'open', first_action_at: null })
    expect(await auditFor(item.id)).toEqual([expect.objectContaining({ action: 'note', actor_handle: mod.handle, note: 'The same person posted last week; see their other posts.', after: null })])
  })

  it('removal tells the author why, in their language', async () => {
    const mod = await moderatorSession()
    const seeded = await claimed(mod.session, { lang: 'es' })
    await act(mod.session, seeded.item.id, { action: 'remove', reason: 'spam' })
    const [message] = await inboxFor(db(), seeded.authorHash)
    expect(message).toMatchObject({ kind: 'removed', postType: 'story', postId: seeded.storyId })
    expect(message!.body).toContain('parecía publicidad o spam')
  })

  it('keeping a reported, published post hidden takes it down and tells its author', async () => {
    const mod = await moderatorSession()
    const seeded = await claimed(mod.session, { status: 'published', reason: 'report', source: 'report' })
    expect((await act(mod.session, seeded.item.id, { action: 'keep-hidden' })).status).toBe(200)
    expect((await storyRow(seeded.storyId))?.status).toBe('held')
    expect((await inboxFor(db(), seeded.authorHash)).map((m) => [m.kind, m.body])).toEqual([['held', expect.stringContaining('hidden your story for now')]])
  })

  it('approving a held reply publishes it (and the story’s reply count follows)', async () => {
    const mod = await moderatorSession()
    const story = await seedFlaggedStory({ status: 'published' })
    const { item, replyId } = await seedFlaggedReply(story.storyId)
    await modCall('POST', `/api/mod/items/${item.id}/claim`, { session: mod.session })
    expect((await act(mod.session, item.id, { action: 'approve' })).status).toBe(200)
    expect(await env.DB.prepare('select status from replies where id = ?').bind(replyId).first()).toEqual({ status: 'published' })
    expect(await env.DB.prepare('select reply_count from stories where id = ?').bind(story.storyId).first()).toEqual({ reply_count: 1 })
  })
})

describe('check-in messages', () => {
  it('reach the author of the post, read with their key, and nobody else', async () => {
    const mod = await moderatorSession()
    const seeded = await claimed(mod.session, { reason: 'imminent' })
    const bystander = await seedFlaggedStory()
    await act(mod.session, seeded.item.id, { action: 'check-in', message: 'Checking in: how are you tonight?', country: 'MX' })
    const theirs = await inboxFor(db(), await hashAuthorKey(seeded.authorKey))
    expect(theirs).toEqual([expect.objectContaining({ kind: 'checkin', body: 'Checking in: how are you tonight?', country: 'MX', postId: seeded.storyId, readAt: null })])
    expect(await inboxFor(db(), bystander.authorHash)).toEqual([])
    const copies = await env.DB.prepare('select author_hash from author_messages where body = ?').bind('Checking in: how are you tonight?').all<{ author_hash: string }>()
    expect(copies.results).toEqual([{ author_hash: seeded.authorHash }])
    // The author's inbox API (GET /api/me/messages) is built with the posting flow; when present, it must agree.
    const inbox = await modCall('GET', '/api/me/messages', { headers: { 'X-Author-Key': seeded.authorKey } })
    if (inbox.status !== 404) expect(JSON.stringify(inbox.body)).toContain('Checking in: how are you tonight?')
  })

  it('need a message', async () => {
    const mod = await moderatorSession()
    const seeded = await claimed(mod.session)
    const res = await act(mod.session, seeded.item.id, { action: 'check-in', message: '  ' } as ActionInput)
    expect([res.status, res.body.error.code]).toEqual([400, 'invalid_input'])
  })
})

describe('refusals leave nothing behind', () => {
  it('acting without a claim, on someone else’s claim, or after the claim ran out', async () => {
    const a = await moderatorSession()
    const b = await moderatorSession()
    const { item, storyId } = await seedFlaggedStory()
    expect((await act(a.session, item.id, { action: 'approve' })).body.error.code).toBe('claim_required')
    await modCall('POST', `/api/mod/items/${item.id}/claim`, { session: b.session })
    const taken = await act(a.session, item.id, { action: 'approve' })
    expect([taken.status, taken.body.error.code, taken.body.error.details.holder]).toEqual([409, 'item_claimed', b.handle])
    await env.DB.prepare('update queue_items set claim_expires_at = ? where id = ?').bind(Date.now() - 1, item.id).run()
    expect((await act(b.session, item.id, { action: 'approve' })).body.error.code).toBe('claim_required')
    expect((await storyRow(storyId))?.status).toBe('held')
    expect(await auditFor(item.id)).toEqual([])
  })

  it('a second action on a settled item is refused (a double click approves once)', async () => {
    const mod = await moderatorSession()
    const seeded = await claimed(mod.session)
    const [one, two] = await Promise.all([act(mod.session, seeded.item.id, { action: 'approve' }), act(mod.session, seeded.item.id, { action: 'approve' })])
    expect([one.status, two.status].sort()).toEqual([200, 409])
    expect(await auditFor(seeded.item.id)).toHaveLength(1)
    expect(await inboxFor(db(), seeded.authorHash)).toHaveLength(1)
  })

  it('the batch refuses as a whole when the post changed after the volunteer read it', async () => {
    const mod = await moderatorSession()
    const seeded = await claimed(mod.session)
    const item = (await env.DB.prepare('select id from queue_items where id = ?').bind(seeded.item.id).first())!
    expect(item).toBeTruthy()
    // The volunteer saw it held; meanwhile its author deleted it.
    await env.DB.prepare("update stories set status = 'deleted' where id = ?").bind(seeded.storyId).run()
    const fresh = { ...seeded.item, claimedBy: mod.id, claimExpiresAt: new Date(Date.now() + 60_000) }
    const done = await writeAction(db(), planAction({ action: 'approve' }, fresh, 'held', { id: mod.id, handle: mod.handle, role: 'moderator' }, new Date()))
    expect(done).toBe(false)
    expect((await storyRow(seeded.storyId))?.status).toBe('deleted')
    expect(await itemRow(seeded.item.id)).toMatchObject({ status: 'open', first_action_at: null })
    expect(await auditFor(seeded.item.id)).toEqual([])
    expect(await inboxFor(db(), seeded.authorHash)).toEqual([])
  })

  it('an escalated item is settled by an admin; a moderator may still check in', async () => {
    const mod = await moderatorSession()
    const admin = await moderatorSession('admin')
    const seeded = await claimed(mod.session)
    await act(mod.session, seeded.item.id, { action: 'escalate' })
    await modCall('POST', `/api/mod/items/${seeded.item.id}/claim`, { session: mod.session })
    const refused = await act(mod.session, seeded.item.id, { action: 'approve' })
    expect([refused.status, refused.body.error.code]).toEqual([403, 'admin_only'])
    const again = await act(mod.session, seeded.item.id, { action: 'escalate' })
    expect([again.status, again.body.error.code]).toEqual([409, 'already_escalated'])
    expect((await act(mod.session, seeded.item.id, { action: 'check-in', message: 'Thinking of you.' })).status).toBe(200)
    await modCall('POST', `/api/mod/items/${seeded.item.id}/release`, { session: mod.session })
    await modCall('POST', `/api/mod/items/${seeded.item.id}/claim`, { session: admin.session })
    expect((await act(admin.session, seeded.item.id, { action: 'keep-hidden' })).status).toBe(200)
    expect((await auditFor(seeded.item.id)).map((e) => [e.action, e.actor_handle])).toEqual([
      ['escalate', mod.handle],
      ['check-in', mod.handle],
      ['keep-hidden', admin.handle],
    ])
  })

  it('validates the action', async () => {
    const mod = await moderatorSession()
    const seeded = await claimed(mod.session)
    for (const body of [{ action: 'delete-everything' }, { action: 'remove' }, { action: 'remove', reason: 'because' }, { action: 'note' }]) {
      const res = await modCall('POST', `/api/mod/items/${seeded.item.id}/actions`, { session: mod.session, body })
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400])
    }
  })
})

describe('the audit log', () => {
  it('is append-only: the database refuses to edit or delete an event', async () => {
    const mod = await moderatorSession()
    const { item } = await seedFlaggedStory()
    await act(mod.session, item.id, { action: 'note', note: 'first look' })
    await expect(env.DB.prepare("update audit_events set note = 'rewritten'").run()).rejects.toThrow(/append-only/)
    await expect(env.DB.prepare('delete from audit_events').run()).rejects.toThrow(/append-only/)
  })

  it('GET /api/mod/audit lists events newest first, filtered and paged', async () => {
    const mod = await moderatorSession()
    const seeded = await claimed(mod.session)
    await act(mod.session, seeded.item.id, { action: 'note', note: 'one' })
    await act(mod.session, seeded.item.id, { action: 'check-in', message: 'two' })
    await act(mod.session, seeded.item.id, { action: 'approve' })
    const res = await modCall('GET', `/api/mod/audit?item=${seeded.item.id}`, { session: mod.session })
    expect(res.body.events.map((e: { action: string }) => e.action)).toEqual(['approve', 'check-in', 'note', 'claim'])
    const page = await modCall('GET', `/api/mod/audit?item=${seeded.item.id}&limit=2`, { session: mod.session })
    expect(page.body.events).toHaveLength(2)
    const next = await modCall('GET', `/api/mod/audit?item=${seeded.item.id}&limit=2&before=${page.body.nextBefore}`, { session: mod.session })
    expect(next.body.events.map((e: { action: string }) => e.action)).toEqual(['note', 'claim'])
    const byAction = await modCall('GET', `/api/mod/audit?action=check-in&actor=${mod.handle}`, { session: mod.session })
    expect(byAction.body.events.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([['check-in', mod.handle]])
  })
})
