import { z } from 'zod'
import { listQuery } from './schemas'

/** Query of GET /api/partner/stories: the public list's paging, within the partner's scope. */
export const partnerStoriesQuery = listQuery

export const partnerStatsQuery = z.object({
  days: z.coerce.number().int().min(1).max(365).default(30).describe('How many days back to count, ending today (UTC).'),
})
