import { Hono } from 'hono'
import * as z from 'zod/mini'
import { flagPost } from '../../../db/queries/queue'
import { insertReport, reportablePost, reportCounts } from '../../../db/queries/reports'
import { isUniqueViolation } from '../../../db/queries/guarded'
import { POST_TYPES, REPORT_REASONS, type ReportReason } from '../../../db/schema'
import { newId } from '../../lib/ids'
import { authorOrNew } from '../author'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { validate } from '../validate'

export const reportSchema = z.object({
  postType: z.enum(POST_TYPES, { error: 'postType is story or reply.' }),
  postId: z.string().check(z.regex(/^[0-9a-z]{6,32}$/, 'That is not a post id.')),
  reason: z.enum(REPORT_REASONS, { error: `reason is one of: ${REPORT_REASONS.join(', ')}.` }),
  details: z.optional(z.string().check(z.trim(), z.maxLength(1000, 'Details can be at most 1,000 characters.'))),
})

/** A key can report this many posts a day: enough for any reader, not for a flood. */
export const REPORTS_PER_KEY_PER_DAY = 20

const REASON_TEXT: Record<ReportReason, string> = {
  worried: 'a reader is worried about this person',
  harmful: 'a reader reported harmful content',
  harassment: 'a reader reported harassment',
  spam: 'a reader reported spam',
  'personal-info': 'a reader reported personal information',
}

/**
 * Where a reported post sits in the queue: with reader reports, above concern and stigma;
 * "worried about this person" and each further report raise it, but reports alone never
 * outrank what the screen judged high, imminent or method detail.
 */
export const reportBoost = (reason: ReportReason, reportsOnPost: number) => Math.min(190, (reason === 'worried' ? 100 : 0) + 25 * Math.max(0, reportsOnPost - 1))

/**
 * POST /api/reports { postType, postId, reason, details? } with X-Author-Key (a new key is
 * issued if absent, as for any write). One report per key per post: a second answers 409
 * `already_reported`, and the queue item is not raised again.
 */
export const reportsRoutes = new Hono<AppEnv>().post('/', validate('json', reportSchema), async (c) => {
  const db = c.get('db')
  const input = c.req.valid('json')
  const post = await reportablePost(db, input.postType, input.postId)
  if (!post) throw new ApiError('post_not_found', 'There is no published post with that id.')
  const author = await authorOrNew(c)
  const now = new Date()
  const before = await reportCounts(db, input, author.hash, new Date(now.getTime() - 86_400_000))
  if (before.byReporter >= REPORTS_PER_KEY_PER_DAY) throw new ApiError('rate_limited', 'You have sent many reports today. Thank you; please try again tomorrow.', undefined, { 'Retry-After': '3600' })
  let report
  try {
    report = await insertReport(db, { id: newId(), postType: input.postType, postId: input.postId, reporterHash: author.hash, reason: input.reason, details: input.details || null, createdAt: now })
  } catch (error) {
    if (isUniqueViolation(error)) throw new ApiError('already_reported', 'You have already reported this. A volunteer will look at it.')
    throw error
  }
  const { item } = await flagPost(
    db,
    { postType: input.postType, postId: input.postId, ...post, reason: 'report', source: 'report', reasons: [REASON_TEXT[input.reason]], boost: reportBoost(input.reason, before.onPost + 1) },
    newId,
  )
  return c.json({ report: { id: report.id, postType: report.postType, postId: report.postId, reason: report.reason }, queued: item.status === 'open', ...(author.newKey ? { authorKey: author.newKey } : {}) }, 201)
})
