import * as z from 'zod/mini'
import { POST_STATUSES, REACTION_KINDS } from '../../../db/schema'
import { ERRORS } from '../errors'
import { CONTENT_WARNINGS } from '../schemas'

/**
 * Shapes of the API's answers, for the OpenAPI document. Request shapes come from
 * worker/api/schemas.ts (the validators themselves); these describe what the presenters in
 * worker/api/present.ts return, and tests/api/openapi.test.ts parses real answers with
 * them so the document cannot drift from what the API does.
 */
const isoDate = z.string().check(z.describe('ISO 8601 date and time, UTC.'))
const reactionCounts = z.object(Object.fromEntries(REACTION_KINDS.map((k) => [k, z.number().check(z.int(), z.gte(0))])) as Record<(typeof REACTION_KINDS)[number], ReturnType<typeof z.number>>)

export const errorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERRORS) as [keyof typeof ERRORS, ...(keyof typeof ERRORS)[]]),
      message: z.string().check(z.describe('For people; clients key on `code`.')),
      details: z.optional(z.unknown()).check(z.describe('For invalid_input: one { field, message } per problem.')),
    }),
  })
  .check(z.describe('The one error envelope of the API.'))

export const publicStory = z.object({
  id: z.string(),
  url: z.string().check(z.describe('The story page on the forum.')),
  space: z.string(),
  title: z.string(),
  body: z.string().check(z.describe('Markdown as written (personal details the poster chose to keep are redacted).')),
  bodyHtml: z.string().check(z.describe('Sanitised HTML of body.')),
  contentWarnings: z.array(z.enum(CONTENT_WARNINGS)),
  lang: z.string(),
  author: z.object({ name: z.string().check(z.describe('Pseudonym, stable within this story only.')) }),
  status: z.enum(POST_STATUSES).check(z.describe('Only the author ever sees a story that is not published.')),
  reactions: reactionCounts,
  replyCount: z.number().check(z.int(), z.gte(0)),
  createdAt: isoDate,
  editedAt: z.nullable(isoDate),
  isAuthor: z.optional(z.literal(true)).check(z.describe('Present when X-Author-Key wrote this story.')),
})

export const publicReply = z.object({
  id: z.string(),
  storyId: z.string(),
  body: z.string(),
  bodyHtml: z.string(),
  author: z.object({ name: z.string(), isStoryAuthor: z.boolean() }),
  status: z.enum(POST_STATUSES),
  createdAt: isoDate,
  editedAt: z.nullable(isoDate),
  isAuthor: z.optional(z.literal(true)),
})

const resourceEntry = z.object({
  kind: z.enum(['emergency', 'helpline', 'directory']),
  name: z.string(),
  phone: z.optional(z.string()),
  text: z.optional(z.string()),
  chat: z.optional(z.string()),
  url: z.optional(z.string()),
  hours: z.optional(z.string()),
  note: z.optional(z.string()),
})
const guidance = z.object({ title: z.string(), steps: z.array(z.string()) })

/** What every post's answer says about its moderation, and the help to show at once. */
const support = {
  moderation: z.object({
    status: z.enum(['published', 'held']),
    notice: z.nullable(z.enum(['imminent', 'crisis', 'concern', 'friend', 'method'])).check(z.describe('Which support message to show; null when none is needed.')),
    message: z.nullable(z.string()).check(z.describe('Plain, warm words for the poster, in their language.')),
    held: z.nullable(z.object({ intro: z.string(), reasons: z.array(z.string()), outro: z.string() })).check(z.describe('Why the post waits for a volunteer, in plain words (never rule internals).')),
    country: z.nullable(z.string()),
    resourcesUrl: z.string(),
    helpingSomeoneElse: z.optional(guidance),
  }),
  resources: z.array(resourceEntry).check(z.describe('Crisis resources in the order to show them: the emergency number first when danger is immediate.')),
}

const authorKey = z.optional(z.string()).check(z.describe('A new author key, only when the request carried none: keep it and send it as X-Author-Key.'))

export const spacesResponse = z.object({ spaces: z.array(z.object({ slug: z.string(), name: z.string(), description: z.string() })) })
export const storyPageResponse = z.object({ stories: z.array(publicStory), nextCursor: z.nullable(z.string()) })
export const storyResponse = z.object({ story: publicStory, ...support })
export const createdStoryResponse = z.object({ story: publicStory, ...support, authorKey })
export const threadResponse = z.object({
  story: publicStory,
  replies: z.array(publicReply),
  myReactions: z.optional(z.array(z.enum(REACTION_KINDS))).check(z.describe('Present when X-Author-Key is sent: the reactions that key has made to this story, so its buttons show pressed.')),
})
export const replyResponse = z.object({ reply: publicReply, ...support })
export const createdReplyResponse = z.object({ reply: publicReply, ...support, authorKey })
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
      snippet: z.string().check(z.describe('Plain text; matches are marked «like this».')),
      contentWarnings: z.array(z.string()),
      createdAt: isoDate,
    }),
  ),
})
export const exportResponse = z.object({
  exportedAt: isoDate,
  stories: z.array(z.looseObject({ id: z.string(), url: z.string(), title: z.string(), body: z.string(), status: z.string() })),
  replies: z.array(z.looseObject({ id: z.string(), storyId: z.string(), body: z.string(), status: z.string() })),
  reactions: z.array(z.object({ storyId: z.string(), kind: z.enum(REACTION_KINDS), createdAt: isoDate })),
})

export const resourcesResponse = z.object({
  country: z.nullable(z.string()).check(z.describe('null: no country known; only the international directory is listed.')),
  countryName: z.string(),
  is24x7Available: z.boolean(),
  resources: z.array(resourceEntry),
  helpingSomeoneElse: guidance,
})
export const messagesResponse = z.object({
  messages: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['approved', 'removed', 'checkin', 'held']),
      body: z.string(),
      post: z.nullable(z.object({ type: z.enum(['story', 'reply']), id: z.string() })),
      resourcesUrl: z.nullable(z.string()),
      createdAt: isoDate,
      read: z.boolean(),
    }),
  ),
})
export const reportResponse = z.object({
  report: z.object({ id: z.string(), postType: z.enum(['story', 'reply']), postId: z.string(), reason: z.string() }),
  queued: z.boolean().check(z.describe('Whether a volunteer will see it in the moderation queue.')),
  authorKey,
})
export const okResponse = z.object({ ok: z.literal(true) })
const count = z.number().check(z.int())
export const erasedResponse = z.object({ erased: z.object({ stories: count, replies: count, reactions: count, messages: count, reports: count }) })
export const appealResponse = z.object({ appeal: z.object({ queueItemId: z.string(), status: z.literal('received') }) })

// Partner endpoints.

const partnerView = z.object({
  slug: z.string(),
  name: z.string(),
  allowedOrigins: z.array(z.string()),
  theme: z.partial(z.object({ accent: z.string(), background: z.string(), text: z.string(), font: z.string(), radius: z.string(), scheme: z.enum(['light', 'dark', 'auto']) })),
  locale: z.string(),
  defaultSpace: z.nullable(z.string()),
  spaces: z.nullable(z.array(z.string())).check(z.describe('null: every space may be embedded.')),
  resources: z.nullable(z.array(z.object({ name: z.string(), phone: z.optional(z.string()), text: z.optional(z.string()), url: z.optional(z.string()), hours: z.string() }))),
  policy: z.nullable(z.object({ holdConcern: z.optional(z.boolean()), premoderate: z.optional(z.boolean()) })),
  createdAt: isoDate,
})
export const partnerResponse = z.object({ partner: partnerView })
export const partnerStoriesResponse = z.object({
  stories: z.array(z.extend(publicStory, { writtenHere: z.boolean().check(z.describe('Written through your embed.')) })),
  nextCursor: z.nullable(z.string()),
})

const postCounts = z.object({ published: z.number().check(z.int()), held: z.number().check(z.int()), removed: z.number().check(z.int()) })
const activityCounts = z.object({
  stories: postCounts,
  replies: postCounts,
  reactions: reactionCounts,
  flagged: z.object({ concern: z.number().check(z.int()), high: z.number().check(z.int()), imminent: z.number().check(z.int()) }).check(z.describe('Stories and replies the screen read as a possible crisis.')),
})
export const partnerStatsResponse = z.object({
  partner: z.string(),
  from: z.string().check(z.describe('First day counted (UTC, YYYY-MM-DD).')),
  to: z.string(),
  days: z.array(z.extend(activityCounts, { date: z.string(), space: z.string() })).check(z.describe('One entry per day and space with any activity.')),
  totals: activityCounts,
})

export const openApiResponse = z.object({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) })
