import { Hono } from 'hono'
import type { AppEnv } from '../env'
import { readOpenApiDocument } from '../openapi/asset'

let cached: { origin: string; text: string } | null = null

/** GET /api/openapi.json: the generated document, with this deployment as its server. */
export const openApiRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const origin = new URL(c.req.url).origin
  if (cached?.origin !== origin) {
    const generated = await readOpenApiDocument(c.env.ASSETS, origin)
    cached = { origin, text: JSON.stringify({ ...generated, servers: [{ url: origin }] }) }
  }
  c.header('Cache-Control', 'public, max-age=300')
  return c.body(cached.text, 200, { 'Content-Type': 'application/json; charset=utf-8' })
})
