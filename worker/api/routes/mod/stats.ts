import { Hono } from 'hono'
import { z } from 'zod'
import { statsRows } from '../../../../db/queries/stats'
import { summarise } from '../../../triage/stats'
import { validate } from '../../validate'
import { signedIn, type ModEnv } from './guard'

export const statsQuery = z.object({ days: z.coerce.number().int().min(1).max(365).default(30) })

/** GET /api/mod/stats?days=30 : the figures behind the statistics page. */
export const modStatsRoutes = new Hono<ModEnv>().use(signedIn).get('/', validate('query', statsQuery), async (c) => {
  const now = new Date()
  return c.json(summarise(await statsRows(c.get('db'), now, c.req.valid('query').days), now))
})
