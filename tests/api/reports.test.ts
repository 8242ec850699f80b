import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { REPORTS_PER_KEY_PER_DAY } from '../../worker/api/routes/reports'
import { hashAuthorKey, newAuthorKey } from '../../worker/lib/author-key'
import { REASON_PRIORITY } from '../../db/queries/queue'
import { call, postStory } from '../support/api'
import { seedFlaggedReply, seedFlaggedStory } from '../support/mod'

const openItem = (postId: string) =>
  env.DB.prepare("select reason, source, priority, reasons from queue_items where post_id = ? and status = 'open'").bind(postId).first<{ reason: string; source: string; priority: number; reasons: string }>()

describe('POST /api/reports', () => {
  it('creates a queue item for a reported story, and hands a new reader a key', async () => {
    const { story } = await postStory()
    const res = await call('POST', '/api/reports', { body: { postType: 'story', postId: story.id, reason: 'harassment', details: 'Aimed at another member.' } })
    expect(res.status).toBe(201)
    expect(res.body.report).toMatchObject({ postType: 'story', postId: story.id, reason: 'harassment' })
    expect(res.body.authorKey).toMatch(/^lk_/)
    expect(await openItem(story.id)).toMatchObject({ reason: 'report', source: 'report', priority: REASON_PRIORITY.report })
    const stored = await env.DB.prepare('select reporter_hash, details from reports where post_id = ?').bind(story.id).first()
    expect(stored).toEqual({ reporter_hash: await hashAuthorKey(res.body.authorKey), details: 'Aimed at another member.' })
  })

  it('accepts one report per key per post: the second answers 409 already_reported and raises nothing', async () => {
    const { story } = await postStory()
    const key = newAuthorKey()
    expect((await call('POST', '/api/reports', { key, body: { postType: 'story', postId: story.id, reason: 'spam' } })).status).toBe(201)
    const before = await openItem(story.id)
    const again = await call('POST', '/api/reports', { key, body: { postType: 'story', postId: story.id, reason: 'worried' } })
    expect([again.status, again.body.error.code]).toEqual([409, 'already_reported'])
    expect(await openItem(story.id)).toEqual(before)
    expect(await env.DB.prepare('select count(*) as n from reports where post_id = ?').bind(story.id).first()).toEqual({ n: 1 })
  })

  it('more reports, and "worried about this person", raise the item, never above what the screen judged high', async () => {
    const { story } = await postStory()
    const report = (reason: string) => call('POST', '/api/reports', { key: newAuthorKey(), body: { postType: 'story', postId: story.id, reason } })
    await report('spam')
    await report('harmful')
    const two = (await openItem(story.id))!.priority
    expect(two).toBeGreaterThan(REASON_PRIORITY.report)
    await report('worried')
    expect((await openItem(story.id))!.priority).toBeGreaterThan(two)
    for (let i = 0; i < 10; i += 1) await report('worried')
    expect((await openItem(story.id))!.priority).toBeLessThan(REASON_PRIORITY.method)
  })

  it('a report on an item already queued higher keeps its level and adds the reason', async () => {
    const seeded = await seedFlaggedStory({ status: 'published', reason: 'high' })
    await call('POST', '/api/reports', { body: { postType: 'story', postId: seeded.storyId, reason: 'worried' } })
    const item = (await openItem(seeded.storyId))!
    expect(item.reason).toBe('high')
    expect(JSON.parse(item.reasons)).toContain('a reader is worried about this person')
  })

  it('reports a reply, under its story’s space', async () => {
    const story = await seedFlaggedStory({ status: 'published', space: 'grief' })
    const { replyId } = await seedFlaggedReply(story.storyId)
    await env.DB.prepare("update replies set status = 'published' where id = ?").bind(replyId).run()
    const res = await call('POST', '/api/reports', { body: { postType: 'reply', postId: replyId, reason: 'personal-info' } })
    expect(res.status).toBe(201)
    expect(await env.DB.prepare("select space_slug, story_id from queue_items where post_id = ? and status = 'open'").bind(replyId).first()).toEqual({ space_slug: 'grief', story_id: story.storyId })
  })

  it('refuses posts nobody else can see, unknown posts and bad input', async () => {
    const held = await seedFlaggedStory({ status: 'held' })
    const hidden = await call('POST', '/api/reports', { body: { postType: 'story', postId: held.storyId, reason: 'spam' } })
    expect([hidden.status, hidden.body.error.code]).toEqual([404, 'post_not_found'])
    expect((await call('POST', '/api/reports', { body: { postType: 'reply', postId: 'zzzzzzzzzzzz', reason: 'spam' } })).status).toBe(404)
    expect((await call('POST', '/api/reports', { body: { postType: 'story', postId: held.storyId, reason: 'boring' } })).status).toBe(400)
    expect((await call('POST', '/api/reports', { body: { postType: 'story', postId: held.storyId, reason: 'spam', details: 'x'.repeat(1001) } })).status).toBe(400)
  })

  it(`limits one key to ${REPORTS_PER_KEY_PER_DAY} reports a day`, async () => {
    const key = newAuthorKey()
    const hash = await hashAuthorKey(key)
    const fill = Array.from({ length: REPORTS_PER_KEY_PER_DAY }, (_, i) =>
      env.DB.prepare("insert into reports (id, post_type, post_id, reporter_hash, reason) values (?, 'story', ?, ?, 'spam')").bind(`fill${String(i).padStart(8, '0')}`, `post${i}`, hash),
    )
    await env.DB.batch(fill)
    const { story } = await postStory()
    const res = await call('POST', '/api/reports', { key, body: { postType: 'story', postId: story.id, reason: 'spam' } })
    expect([res.status, res.body.error.code]).toEqual([429, 'rate_limited'])
  })
})
