import { Hono } from 'hono'
import { partnerActivity, partnerStories, viewOf, type Partner, type PartnerScope } from '../../../db/queries/partners'
import { summariseActivity } from '../../partners/stats'
import { requirePartnerKey, type PartnerApiEnv } from '../partner-auth'
import { partnerStatsQuery, partnerStoriesQuery } from '../partner-schemas'
import { presentStory } from '../present'
import { validate } from '../validate'

const DAY_MS = 24 * 60 * 60 * 1000

/** Stories in the partner's listed spaces, plus any written through its embed. */
const scopeOf = (partner: Partner): PartnerScope => ({ slug: partner.slug, spaces: partner.spaces ?? [] })

/**
 * Endpoints for a partner's own server, with its API key. Only public fields and counts
 * leave here: no author hashes, keys or pseudonym links, no text of held posts.
 */
export const partnerRoutes = new Hono<PartnerApiEnv>()
  .use(requirePartnerKey)
  .get('/', (c) => c.json({ partner: viewOf(c.get('partner')) }))

  .get('/stories', validate('query', partnerStoriesQuery), async (c) => {
    const partner = c.get('partner')
    const { space, cursor, limit } = c.req.valid('query')
    const page = await partnerStories(c.get('db'), scopeOf(partner), { space, cursor, limit })
    const origin = new URL(c.req.url).origin
    return c.json({
      stories: page.stories.map((s) => ({ ...presentStory(s, origin), writtenHere: s.partnerSlug === partner.slug })),
      nextCursor: page.nextCursor,
    })
  })

  .get('/stats', validate('query', partnerStatsQuery), async (c) => {
    const partner = c.get('partner')
    const { days } = c.req.valid('query')
    const today = new Date(new Date().toISOString().slice(0, 10))
    const since = new Date(today.getTime() - (days - 1) * DAY_MS)
    const summary = summariseActivity(await partnerActivity(c.get('db'), scopeOf(partner), since))
    return c.json({ partner: partner.slug, from: since.toISOString().slice(0, 10), to: today.toISOString().slice(0, 10), ...summary })
  })
