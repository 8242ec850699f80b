import { describe, expect, it } from 'vitest'
import { call, postStory } from '../support/api'

describe('POST /api/stories/:id/reactions', () => {
  it('counts one reaction per author key and kind', async () => {
    const { story } = await postStory()
    const first = await call('POST', `/api/stories/${story.id}/reactions`, { body: { kind: 'strength' } })
    expect(first.status).toBe(201)
    const key = first.body.authorKey
    expect(key).toMatch(/^lk_/)
    const again = await call('POST', `/api/stories/${story.id}/reactions`, { key, body: { kind: 'strength' } })
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ added: false, reactions: { strength: 1, metoo: 0, thanks: 0 } })
    await call('POST', `/api/stories/${story.id}/reactions`, { key, body: { kind: 'metoo' } })
    const someoneElse = await call('POST', `/api/stories/${story.id}/reactions`, { body: { kind: 'strength' } })
    expect(someoneElse.body.reactions).toEqual({ strength: 2, metoo: 1, thanks: 0 })
    expect((await call('GET', `/api/stories/${story.id}`)).body.story.reactions).toEqual({ strength: 2, metoo: 1, thanks: 0 })
  })

  it('tells a key which reactions it made to a story, and nobody else', async () => {
    const { story } = await postStory()
    const { story: other } = await postStory()
    const { authorKey: key } = (await call('POST', `/api/stories/${story.id}/reactions`, { body: { kind: 'metoo' } })).body
    await call('POST', `/api/stories/${story.id}/reactions`, { key, body: { kind: 'thanks' } })
    await call('POST', `/api/stories/${other.id}/reactions`, { key, body: { kind: 'strength' } })
    await call('POST', `/api/stories/${story.id}/reactions`, { body: { kind: 'strength' } }) // another key
    expect((await call('GET', `/api/stories/${story.id}`, { key })).body.myReactions.sort()).toEqual(['metoo', 'thanks'])
    await call('DELETE', `/api/stories/${story.id}/reactions/thanks`, { key })
    expect((await call('GET', `/api/stories/${story.id}`, { key })).body.myReactions).toEqual(['metoo'])
    // Without a key there is nobody to answer for.
    expect((await call('GET', `/api/stories/${story.id}`)).body).not.toHaveProperty('myReactions')
  })

  it('lets the key holder take a reaction back', async () => {
    const { story } = await postStory()
    const { authorKey } = (await call('POST', `/api/stories/${story.id}/reactions`, { body: { kind: 'thanks' } })).body
    const removed = await call('DELETE', `/api/stories/${story.id}/reactions/thanks`, { key: authorKey })
    expect(removed.body).toEqual({ removed: true, reactions: { strength: 0, metoo: 0, thanks: 0 } })
    expect((await call('DELETE', `/api/stories/${story.id}/reactions/thanks`)).status).toBe(401)
  })

  it('refuses unknown kinds and stories', async () => {
    const { story } = await postStory()
    const res = await call('POST', `/api/stories/${story.id}/reactions`, { body: { kind: 'like' } })
    expect(res.status).toBe(400)
    expect(res.body.error.message).toContain('strength, metoo, thanks')
    expect((await call('POST', '/api/stories/zzzzzzzzzzzz/reactions', { body: { kind: 'thanks' } })).status).toBe(404)
  })
})
