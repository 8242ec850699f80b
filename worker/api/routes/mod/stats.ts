import { Hono } from 'hono'
import * as z from 'zod/mini'
import { statsRows } from '../../../../db/queries/stats'
import { summarise } from '../../../triage/stats'
import { validate } from '../../validate'
import { signedIn, type ModEnv } from './guard'

export const statsQuery = z.object({ days: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(365)), 30) })

/** GET /api/mod/stats?days=30 : the figures behind the statistics page. */
export const modStatsRoutes = new Hono<ModEnv>().use(signedIn).get('/', validate('query', statsQuery), async (c) => {
  const now = new Date()
  return c.json(summarise(await statsRows(c.get('db'), now, c.req.valid('query').days), now))
})
