import { z } from 'zod'
import { QUEUE_REASONS, QUEUE_SOURCES } from '../../../../db/schema'

const slug = z.string().trim().regex(/^[a-z0-9-]{1,64}$/, 'That is not a valid name.')

/** Queue filters (GET /api/mod/queue and the queue page share them). */
export const queueQuery = z.object({
  space: slug.optional(),
  partner: slug.optional(),
  level: z.enum(QUEUE_REASONS, { error: `level is one of: ${QUEUE_REASONS.join(', ')}.` }).optional(),
  source: z.enum(QUEUE_SOURCES, { error: `source is one of: ${QUEUE_SOURCES.join(', ')}.` }).optional(),
  escalated: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
})

export const itemParam = z.object({ id: z.string().regex(/^[0-9a-z]{6,32}$/, 'That is not a queue item id.') })

export const moderatorParam = z.object({ id: z.string().regex(/^[0-9a-z]{6,32}$/, 'That is not a moderator id.') })

export const auditQuery = z.object({
  action: z.string().trim().max(40).optional(),
  actor: z.string().trim().toLowerCase().max(32).optional(),
  item: z.string().regex(/^[0-9a-z]{6,32}$/).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
})
