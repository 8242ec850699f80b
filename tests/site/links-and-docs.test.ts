import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { jsonSchema } from '../../worker/api/openapi/document'
import { newStorySchema } from '../../worker/api/schemas'
import { embedLinks, linksHere, siteLinks } from '../../site/src/lib/links'
import { schemaRows } from '../../site/src/lib/schema-rows'

describe('links', () => {
  it('keep embedded readers inside /embed/<partner>/', () => {
    const links = embedLinks('acme')
    expect([links.home, links.spaces, links.story('abc123'), links.space('anxiety'), links.space('anxiety', 'MTIz'), links.write('grief'), links.write(), links.resources, links.afterDelete]).toEqual([
      '/embed/acme/', '/embed/acme/?spaces', '/embed/acme/s/abc123', '/embed/acme/anxiety', '/embed/acme/anxiety?cursor=MTIz', '/embed/acme/new?space=grief', '/embed/acme/new', '/embed/acme/resources', '/embed/acme/',
    ])
  })

  it('are the usual site paths elsewhere, including on the server', () => {
    expect([siteLinks.story('abc123'), siteLinks.space('anxiety'), siteLinks.write('grief'), siteLinks.afterDelete]).toEqual(['/s/abc123', '/spaces/anxiety', '/new?space=grief', '/me'])
    expect(linksHere()).toBe(siteLinks)
  })
})

describe('API reference tables', () => {
  it('list every field of a request body with its type, limits and whether it is required', () => {
    const rows = schemaRows(jsonSchema(newStorySchema, 'input') as never)
    expect(rows.find((r) => r.name === 'title')).toEqual({ name: 'title', type: 'string', required: true, notes: 'at least 1 character, at most 200 characters' })
    expect(rows.find((r) => r.name === 'contentWarnings')).toMatchObject({ required: false, type: expect.stringMatching(/^array of "suicide" \| /) })
  })

  it('flatten nested objects, arrays of objects and nullable fields', () => {
    const schema = z.object({ story: z.object({ id: z.string().describe('The id.') }), list: z.array(z.object({ n: z.number().int() })), gone: z.string().nullable() })
    expect(schemaRows(jsonSchema(schema, 'output') as never).map((r) => [r.name, r.type, r.notes])).toEqual([
      ['story', 'object', ''], ['story.id', 'string', 'The id.'], ['list', 'array of object', ''], ['list[].n', 'integer', expect.any(String)], ['gone', 'string or null', ''],
    ])
  })
})
