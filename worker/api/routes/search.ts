import { Hono } from 'hono'
import { searchStories } from '../../../db/queries/search'
import type { AppEnv } from '../env'
import { storyPath } from '../present'
import { searchQuery } from '../schemas'
import { validate } from '../validate'

/** Full-text search over published stories. Snippets mark matches with «» in plain text. */
export const searchRoutes = new Hono<AppEnv>().get('/', validate('query', searchQuery), async (c) => {
  const { q, limit } = c.req.valid('query')
  const origin = new URL(c.req.url).origin
  const hits = await searchStories(c.get('db'), q, limit)
  return c.json({
    query: q,
    results: hits.map((h) => ({
      id: h.id,
      url: origin + storyPath(h.id),
      space: h.spaceSlug,
      title: h.title,
      snippet: h.snippet.replaceAll('\uE000', '«').replaceAll('\uE001', '»'),
      contentWarnings: JSON.parse(h.contentWarnings) as string[],
      createdAt: new Date(h.createdAt).toISOString(),
    })),
  })
})
