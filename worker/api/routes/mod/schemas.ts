import * as z from 'zod/mini'
import { QUEUE_REASONS, QUEUE_SOURCES } from '../../../../db/schema'

const slug = z.string().check(z.trim(), z.regex(/^[a-z0-9-]{1,64}$/, 'That is not a valid name.'))
const id = (what: string) => z.string().check(z.regex(/^[0-9a-z]{6,32}$/, `That is not a ${what} id.`))

/** Queue filters (GET /api/mod/queue and the queue page share them). */
export const queueQuery = z.object({
  space: z.optional(slug),
  partner: z.optional(slug),
  level: z.optional(z.enum(QUEUE_REASONS, { error: `level is one of: ${QUEUE_REASONS.join(', ')}.` })),
  source: z.optional(z.enum(QUEUE_SOURCES, { error: `source is one of: ${QUEUE_SOURCES.join(', ')}.` })),
  escalated: z.optional(z.pipe(z.enum(['true', 'false']), z.transform((v) => v === 'true'))),
})

export const itemParam = z.object({ id: id('queue item') })

export const moderatorParam = z.object({ id: id('moderator') })

export const auditQuery = z.object({
  action: z.optional(z.string().check(z.trim(), z.maxLength(40))),
  actor: z.optional(z.string().check(z.trim(), z.toLowerCase(), z.maxLength(32))),
  item: z.optional(id('queue item')),
  before: z.optional(z.coerce.number().check(z.int(), z.positive())),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 50),
})
