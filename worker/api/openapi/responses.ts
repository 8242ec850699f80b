import { z } from 'zod'
import { POST_STATUSES, REACTION_KINDS } from '../../../db/schema'
import { ERRORS } from '../errors'
import { CONTENT_WARNINGS } from '../schemas'

/**
 * Shapes of the API's answers, for the OpenAPI document. Request shapes come from
 * worker/api/schemas.ts (the validators themselves); these describe what the presenters in
 * worker/api/present.ts return, and tests/api/openapi.test.ts parses real answers with
 * them so the document cannot drift from what the API does.
 */
const isoDate = z.string().describe('ISO 8601 date and time, UTC.')
const reactionCounts = z.object(Object.fromEntries(REACTION_KINDS.map((k) => [k, z.number().int().min(0)])) as Record<(typeof REACTION_KINDS)[number], z.ZodNumber>)

export const errorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERRORS) as [keyof typeof ERRORS, ...(keyof typeof ERRORS)[]]),
      message: z.string().describe('For people; clients key on `code`.'),
      details: z.unknown().optional().describe('For invalid_input: one { field, message } per problem.'),
    }),
  })
  .describe('The one error envelope of the API.')

export const publicStory = z.object({
  id: z.string(),
  url: z.string().describe('The story page on the forum.'),
  space: z.string(),
  title: z.string(),
  body: z.string().describe('Markdown as written (personal details the poster chose to keep are redacted).'),
  bodyHtml: z.string().describe('Sanitised HTML of body.'),
  contentWarnings: z.array(z.enum(CONTENT_WARNINGS)),
  lang: z.string(),
  author: z.object({ name: z.string().describe('Pseudonym, stable within this story only.') }),
  status: z.enum(POST_STATUSES).describe('Only the author ever sees a story that is not published.'),
  reactions: reactionCounts,
  replyCount: z.number().int().min(0),
  createdAt: isoDate,
  editedAt: isoDate.nullable(),
  isAuthor: z.literal(true).optional().describe('Present when X-Author-Key wrote this story.'),
})

export const publicReply = z.object({
  id: z.string(),
  storyId: z.string(),
  body: z.string(),
  bodyHtml: z.string(),
  author: z.object({ name: z.string(), isStoryAuthor: z.boolean() }),
  status: z.enum(POST_STATUSES),
  createdAt: isoDate,
  editedAt: isoDate.nullable(),
  isAuthor: z.literal(true).optional(),
})

const authorKey = z.string().optional().describe('A new author key, only when the request carried none: keep it and send it as X-Author-Key.')

export const spacesResponse = z.object({ spaces: z.array(z.object({ slug: z.string(), name: z.string(), description: z.string() })) })
export const storyPageResponse = z.object({ stories: z.array(publicStory), nextCursor: z.string().nullable() })
export const storyResponse = z.object({ story: publicStory })
export const createdStoryResponse = z.object({ story: publicStory, authorKey })
export const threadResponse = z.object({ story: publicStory, replies: z.array(publicReply) })
export const replyResponse = z.object({ reply: publicReply })
export const createdReplyResponse = z.object({ reply: publicReply, authorKey })
export const deletedResponse = z.object({ deleted: z.object({ id: z.string() }) })
export const reactionAddedResponse = z.object({ added: z.boolean(), reactions: reactionCounts, authorKey })
export const reactionRemovedResponse = z.object({ removed: z.boolean(), reactions: reactionCounts })
export const searchResponse = z.object({
  query: z.string(),
  results: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      space: z.string(),
      title: z.string(),
      snippet: z.string().describe('Plain text; matches are marked «like this».'),
      contentWarnings: z.array(z.string()),
      createdAt: isoDate,
    }),
  ),
})
export const exportResponse = z.object({
  exportedAt: isoDate,
  stories: z.array(z.object({ id: z.string(), url: z.string(), title: z.string(), body: z.string(), status: z.string() }).loose()),
  replies: z.array(z.object({ id: z.string(), storyId: z.string(), body: z.string(), status: z.string() }).loose()),
  reactions: z.array(z.object({ storyId: z.string(), kind: z.enum(REACTION_KINDS), createdAt: isoDate })),
})

// Partner endpoints.

const partnerView = z.object({
  slug: z.string(),
  name: z.string(),
  allowedOrigins: z.array(z.string()),
  theme: z.object({ accent: z.string(), background: z.string(), text: z.string(), font: z.string(), radius: z.string(), scheme: z.enum(['light', 'dark', 'auto']) }).partial(),
  locale: z.string(),
  defaultSpace: z.string().nullable(),
  spaces: z.array(z.string()).nullable().describe('null: every space may be embedded.'),
  resources: z.array(z.object({ name: z.string(), phone: z.string().optional(), text: z.string().optional(), url: z.string().optional(), hours: z.string() })).nullable(),
  policy: z.object({ holdConcern: z.boolean().optional(), premoderate: z.boolean().optional() }).nullable(),
  createdAt: isoDate,
})
export const partnerResponse = z.object({ partner: partnerView })
export const partnerStoriesResponse = z.object({
  stories: z.array(publicStory.extend({ writtenHere: z.boolean().describe('Written through your embed.') })),
  nextCursor: z.string().nullable(),
})

const postCounts = z.object({ published: z.number().int(), held: z.number().int(), removed: z.number().int() })
const activityCounts = z.object({
  stories: postCounts,
  replies: postCounts,
  reactions: reactionCounts,
  flagged: z.object({ concern: z.number().int(), high: z.number().int(), imminent: z.number().int() }).describe('Stories and replies the screen read as a possible crisis.'),
})
export const partnerStatsResponse = z.object({
  partner: z.string(),
  from: z.string().describe('First day counted (UTC, YYYY-MM-DD).'),
  to: z.string(),
  days: z.array(activityCounts.extend({ date: z.string(), space: z.string() })).describe('One entry per day and space with any activity.'),
  totals: activityCounts,
})

export const openApiResponse = z.object({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) })
