import { describe, expect, it } from 'vitest'
import { api } from '../../worker/api'
import { openApiPath } from '../../worker/api/openapi/document'
import generated from '../../site/public/api/openapi.json'
import { renderOpenApi } from '../../scripts/build-openapi'
import { OPERATIONS } from '../../worker/api/openapi/operations'
import * as res from '../../worker/api/openapi/responses'
import { call, postStory } from '../support/api'
import { addPartner } from '../support/partners'

// The moderator API (/api/mod) is for the forum's own volunteer pages, behind a session:
// it is deliberately not part of the public document.
const served = () =>
  [...new Set(api.routes.filter((r) => r.method !== 'ALL' && !r.path.startsWith('/api/mod')).map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path.replace(/\/$/, '') || '/')}`))].sort()

describe('OpenAPI document', () => {
  it('is up to date with the routes and schemas (run `npm run openapi` after changing them)', () => {
    expect(generated).toEqual(JSON.parse(renderOpenApi()))
  })

  it('lists exactly the routes the API serves', () => {
    const documented = OPERATIONS.map((op) => `${op.method} ${openApiPath(op.path)}`).sort()
    expect(documented).toEqual(served())
  })

  it('is served at /api/openapi.json as OpenAPI 3.1 built from the validators', async () => {
    const { status, body, headers } = await call('GET', '/api/openapi.json')
    expect(status).toBe(200)
    expect(headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(body).toMatchObject({ openapi: '3.1.0', info: { title: 'Lantern API' }, servers: [{ url: 'https://lantern.test' }] })
    const post = body.paths['/api/stories'].post
    // The very limits the validator enforces.
    expect(post.requestBody.content['application/json'].schema).toMatchObject({
      required: ['space', 'title', 'body'],
      properties: { title: { maxLength: 200 }, body: { maxLength: 20000 }, contentWarnings: { items: { enum: expect.arrayContaining(['grief']) } } },
    })
    expect(post.parameters.map((p: { name: string }) => p.name)).toEqual(['X-Author-Key', 'Idempotency-Key', 'X-Lantern-Partner', 'X-Turnstile-Token'])
    expect(post.responses['201'].content['application/json'].schema.properties.story.properties.id).toEqual({ type: 'string' })
    expect(post.responses['400'].description).toContain('invalid_input')
    const list = body.paths['/api/stories'].get.parameters
    expect(list.find((p: { name: string }) => p.name === 'limit')).toMatchObject({ in: 'query', required: false, schema: { type: 'integer', maximum: 50 } })
    expect(body.paths['/api/stories/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true })
    expect(body.paths['/api/partner/stats'].get.security).toEqual([{ partnerKey: [] }])
    expect(body.components.securitySchemes.partnerKey).toMatchObject({ type: 'http', scheme: 'bearer' })
    expect(body.components.schemas.Error.properties.error.properties.code.enum).toContain('invalid_api_key')
    const ids = Object.values(body.paths).flatMap((ops) => Object.values(ops as Record<string, { operationId: string }>).map((o) => o.operationId))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('describes what the API really answers', async () => {
    const { key: partnerKey } = await addPartner({ slug: 'docs', spaces: ['anxiety'] })
    const created = await call('POST', '/api/stories', { body: { space: 'anxiety', title: 'Documented', body: 'Hello.' } })
    res.createdStoryResponse.parse(created.body)
    const { story, key } = await postStory()
    const reply = await call('POST', `/api/stories/${story.id}/replies`, { key, body: { body: 'A reply.' } })
    res.createdReplyResponse.parse(reply.body)
    const reaction = await call('POST', `/api/stories/${story.id}/reactions`, { key, body: { kind: 'thanks' } })
    res.reactionAddedResponse.parse(reaction.body)
    const bearer = { Authorization: `Bearer ${partnerKey}` }
    const answers: [unknown, { parse: (v: unknown) => unknown }][] = [
      [(await call('GET', '/api/spaces')).body, res.spacesResponse],
      [(await call('GET', '/api/stories')).body, res.storyPageResponse],
      [(await call('GET', `/api/stories/${story.id}`, { key })).body, res.threadResponse],
      [(await call('PATCH', `/api/stories/${story.id}`, { key, body: { title: 'Edited' } })).body, res.storyResponse],
      [(await call('PATCH', `/api/replies/${reply.body.reply.id}`, { key, body: { body: 'Edited reply' } })).body, res.replyResponse],
      [(await call('DELETE', `/api/stories/${story.id}/reactions/thanks`, { key })).body, res.reactionRemovedResponse],
      [(await call('GET', '/api/search?q=small')).body, res.searchResponse],
      [(await call('GET', '/api/me/export', { key })).body, res.exportResponse],
      [(await call('GET', '/api/partner', { headers: bearer })).body, res.partnerResponse],
      [(await call('GET', '/api/partner/stories', { headers: bearer })).body, res.partnerStoriesResponse],
      [(await call('GET', '/api/partner/stats', { headers: bearer })).body, res.partnerStatsResponse],
      [(await call('DELETE', `/api/replies/${reply.body.reply.id}`, { key })).body, res.deletedResponse],
      [(await call('DELETE', `/api/stories/${story.id}`, { key })).body, res.deletedResponse],
      [(await call('GET', '/api/stories/nosuchstory')).body, res.errorBody],
      [(await call('GET', '/api/partner')).body, res.errorBody],
      [(await call('GET', '/api/openapi.json')).body, res.openApiResponse],
    ]
    for (const [body, schema] of answers) expect(() => schema.parse(body), JSON.stringify(body).slice(0, 200)).not.toThrow()
  })
})
