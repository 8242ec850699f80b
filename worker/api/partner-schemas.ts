import * as z from 'zod/mini'
import { listQuery } from './schemas'

/** Query of GET /api/partner/stories: the public list's paging, within the partner's scope. */
export const partnerStoriesQuery = listQuery

export const partnerStatsQuery = z.object({
  days: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(365), z.describe('How many days back to count, ending today (UTC).')), 30),
})
