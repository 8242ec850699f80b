import { describe, expect, it } from 'vitest'
import { call, postStory } from '../support/api'

describe('POST /api/stories/:id/replies', () => {
  it('adds a reply with its own pseudonym, and marks the story author’s reply', async () => {
    const { story, key } = await postStory()
    const stranger = await call('POST', `/api/stories/${story.id}/replies`, { body: { body: 'You are not alone.' } })
    expect(stranger.status).toBe(201)
    expect(stranger.body.authorKey).toMatch(/^lk_/)
    expect(stranger.body.reply).toMatchObject({ storyId: story.id, body: 'You are not alone.', status: 'published', author: { isStoryAuthor: false } })
    const own = await call('POST', `/api/stories/${story.id}/replies`, { key, body: { body: 'Thank you.' } })
    expect(own.body.reply.author).toEqual({ name: story.author.name, isStoryAuthor: true })
    expect(own.body.authorKey).toBeUndefined()
  })

  it('refuses empty and over-long replies, unknown and deleted stories', async () => {
    const { story, key } = await postStory()
    expect((await call('POST', `/api/stories/${story.id}/replies`, { body: { body: ' ' } })).body.error.code).toBe('invalid_input')
    expect((await call('POST', `/api/stories/${story.id}/replies`, { body: { body: 'x'.repeat(10_001) } })).status).toBe(400)
    expect((await call('POST', '/api/stories/zzzzzzzzzzzz/replies', { body: { body: 'hi' } })).status).toBe(404)
    await call('DELETE', `/api/stories/${story.id}`, { key })
    expect((await call('POST', `/api/stories/${story.id}/replies`, { body: { body: 'hi' } })).status).toBe(410)
  })

  it('is idempotent with an Idempotency-Key', async () => {
    const { story } = await postStory()
    const headers = { 'Idempotency-Key': 'reply-retry-0001' }
    const a = await call('POST', `/api/stories/${story.id}/replies`, { body: { body: 'Once' }, headers })
    const b = await call('POST', `/api/stories/${story.id}/replies`, { body: { body: 'Once' }, headers })
    expect(b.body.reply.id).toBe(a.body.reply.id)
    expect((await call('GET', `/api/stories/${story.id}`)).body.replies).toHaveLength(1)
  })
})

describe('PATCH and DELETE /api/replies/:id', () => {
  it('lets only the reply’s author edit and delete it, and keeps the count right', async () => {
    const { story } = await postStory()
    const created = await call('POST', `/api/stories/${story.id}/replies`, { body: { body: 'Original' } })
    const { reply, authorKey } = created.body
    const other = await postStory()

    expect((await call('PATCH', `/api/replies/${reply.id}`, { body: { body: 'x' } })).status).toBe(401)
    expect((await call('PATCH', `/api/replies/${reply.id}`, { key: other.key, body: { body: 'x' } })).status).toBe(403)
    const edited = await call('PATCH', `/api/replies/${reply.id}`, { key: authorKey, body: { body: 'Edited' } })
    expect(edited.body.reply).toMatchObject({ body: 'Edited', editedAt: expect.any(String) })

    expect((await call('DELETE', `/api/replies/${reply.id}`, { key: other.key })).status).toBe(403)
    expect((await call('DELETE', `/api/replies/${reply.id}`, { key: authorKey })).status).toBe(200)
    const thread = await call('GET', `/api/stories/${story.id}`)
    expect(thread.body.replies).toHaveLength(0)
    expect(thread.body.story.replyCount).toBe(0)
    expect((await call('DELETE', `/api/replies/${reply.id}`, { key: authorKey })).status).toBe(404)
  })
})
