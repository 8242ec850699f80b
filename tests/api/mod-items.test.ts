import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { modCall, moderatorSession, seedFlaggedReply, seedFlaggedStory } from '../support/mod'

describe('GET /api/mod/items/:id', () => {
  it('shows the original words with the screening’s reasons highlighted, and the author’s other posts without their hash', async () => {
    const { session } = await moderatorSession()
    const earlier = await seedFlaggedStory({ status: 'published', title: 'Last week', body: 'A rough week but I got through it.' })
    const seeded = await seedFlaggedStory({ reason: 'imminent', authorKey: earlier.authorKey })
    // The public text was redacted; moderators read what was written.
    await env.DB.prepare("update stories set body = '[removed]', original_body = ? where id = ?").bind('I do not want to be here anymore and I am so tired.', seeded.storyId).run()
    const reply = await seedFlaggedReply(earlier.storyId)

    const res = await modCall('GET', `/api/mod/items/${seeded.item.id}`, { session })
    expect(res.status).toBe(200)
    expect(res.body.item).toMatchObject({ id: seeded.item.id, level: 'imminent', status: 'open', claim: null })
    expect(res.body.post.title).toBe('Tonight')
    expect(res.body.post.body).toBe('I do not want to be here anymore and I am so tired.')
    const marked = res.body.post.segments.body.filter((s: { highlight?: unknown }) => s.highlight)
    expect(marked).toEqual([{ text: 'do not want to be here', highlight: expect.objectContaining({ kind: 'crisis', note: 'talks about not wanting to be here' }) }])
    expect(res.body.post.segments.body.map((s: { text: string }) => s.text).join('')).toBe(res.body.post.body)
    expect(res.body.authorPosts).toEqual([expect.objectContaining({ postType: 'story', id: earlier.storyId, preview: 'Last week', status: 'published', openItemId: earlier.item.id })])
    expect(res.body.authorPosts.map((p: { id: string }) => p.id)).not.toContain(reply.replyId)
    expect(JSON.stringify(res.body)).not.toContain(seeded.authorHash)
  })

  it('handles a post with no screening, and a reply (with its story’s title)', async () => {
    const { session } = await moderatorSession()
    const story = await seedFlaggedStory({ status: 'published', title: 'Where it started' })
    await env.DB.prepare('update stories set screening = null where id = ?').bind(story.storyId).run()
    const bare = await modCall('GET', `/api/mod/items/${story.item.id}`, { session })
    expect(bare.body.post.segments.body).toEqual([{ text: 'I do not want to be here anymore and I am so tired.' }])
    const reply = await seedFlaggedReply(story.storyId)
    const res = await modCall('GET', `/api/mod/items/${reply.item.id}`, { session })
    expect(res.body.post).toMatchObject({ id: reply.replyId, storyId: story.storyId, storyTitle: 'Where it started', title: null, body: 'I feel the same and I am scared.' })
  })

  it('includes reader reports and the item’s history', async () => {
    const mod = await moderatorSession()
    const story = await seedFlaggedStory({ status: 'published', reason: 'concern' })
    await env.DB.prepare("insert into reports (id, post_type, post_id, reporter_hash, reason, details) values ('rep000000001', 'story', ?, 'h', 'worried', 'They sound very low')").bind(story.storyId).run()
    await modCall('POST', `/api/mod/items/${story.item.id}/claim`, { session: mod.session })
    const res = await modCall('GET', `/api/mod/items/${story.item.id}`, { session: mod.session })
    expect(res.body.reports).toEqual([{ reason: 'worried', details: 'They sound very low', createdAt: expect.any(String) }])
    expect(res.body.history.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([['claim', mod.handle]])
    expect(res.body.item.claim).toMatchObject({ holder: mod.handle, mine: true })
  })

  it('answers 404 for an unknown item and 400 for a malformed id', async () => {
    const { session } = await moderatorSession()
    expect((await modCall('GET', '/api/mod/items/zzzzzzzzzzzz', { session })).body.error.code).toBe('item_not_found')
    expect((await modCall('GET', '/api/mod/items/NOT-AN-ID!', { session })).status).toBe(400)
  })
})
