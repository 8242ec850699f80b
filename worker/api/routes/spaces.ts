import { Hono } from 'hono'
import { listSpaces, localizeSpace } from '../../../db/queries/spaces'
import { pickLocale } from '../../lib/locale'
import type { AppEnv } from '../env'
import { spacesQuery } from '../schemas'
import { validate } from '../validate'

export const spacesRoutes = new Hono<AppEnv>().get('/', validate('query', spacesQuery), async (c) => {
  const lang = pickLocale(c.req.valid('query').lang, c.req.header('Accept-Language'))
  const spaces = await listSpaces(c.get('db'))
  return c.json({ spaces: spaces.map((s) => localizeSpace(s, lang)) })
})
