// zod/mini: the same zod 4 engine with a tree-shakable API, so the Worker carries only the
// checks it uses (the bundle budget is 300 KB gzip).
import * as z from 'zod/mini'
import { REACTION_KINDS } from '../../db/schema'
import { decodeCursor } from '../../db/queries/cursor'

/** Limits a person sees in the composer too (site/src/components). */
export const LIMITS = { title: 200, body: 20_000, reply: 10_000, pageSize: 20, maxPageSize: 50, query: 200 } as const

/** Content warnings a poster can put on a story; readers see the story blurred until they choose. */
export const CONTENT_WARNINGS = [
  'suicide',
  'self-harm',
  'eating-disorders',
  'abuse',
  'substance-use',
  'grief',
  'violence',
  'medical',
] as const
export type ContentWarning = (typeof CONTENT_WARNINGS)[number]

/** A trimmed string between 1 and `max` characters, with messages a person understands. */
const text = (max: number, empty: string, tooLong: string) =>
  z.string({ error: empty }).check(z.trim(), z.minLength(1, empty), z.maxLength(max, tooLong))

const title = text(LIMITS.title, 'Give your story a title.', `Titles can be at most ${LIMITS.title} characters.`)
const body = (max: number, what: string) =>
  text(max, `Write your ${what} before posting.`, `A ${what} can be at most ${max.toLocaleString('en')} characters. Yours is longer; you could split it in two.`)

/** An ISO country code in any case, answered in upper case. */
export const countryCode = z.pipe(
  z.string().check(z.regex(/^[A-Za-z]{2}$/, 'country is a two-letter country code, like GB or MX.')),
  z.transform((s) => s.toUpperCase()),
)
const lang = z.string().check(z.regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, 'lang is a language code, like en or es.'))
const contentWarnings = z.pipe(
  z.array(z.enum(CONTENT_WARNINGS, { error: `Content warnings are among: ${CONTENT_WARNINGS.join(', ')}.` })).check(z.maxLength(CONTENT_WARNINGS.length)),
  z.transform((list) => [...new Set(list)]),
)

export const newStorySchema = z.object({
  space: text(100, 'Choose a space for your story.', 'That is not a space.'),
  title,
  body: body(LIMITS.body, 'story'),
  contentWarnings: z._default(contentWarnings, []),
  country: z.optional(countryCode),
  lang: z.optional(lang),
})

export const storyEditSchema = z
  .object({ title: z.optional(title), body: z.optional(body(LIMITS.body, 'story')), contentWarnings: z.optional(contentWarnings), country: z.optional(countryCode) })
  .check(z.refine((v) => v.title !== undefined || v.body !== undefined || v.contentWarnings !== undefined, 'Send a title, body or contentWarnings to change.'))

export const newReplySchema = z.object({ body: body(LIMITS.reply, 'reply'), country: z.optional(countryCode), lang: z.optional(lang) })
export const replyEditSchema = z.object({ body: body(LIMITS.reply, 'reply'), country: z.optional(countryCode) })

const reactionKind = z.enum(REACTION_KINDS, { error: `kind is one of: ${REACTION_KINDS.join(', ')}.` })
export const reactionSchema = z.object({ kind: reactionKind })

const id = z.string().check(z.regex(/^[0-9a-z]{6,32}$/, 'That is not a post id.'))
export const idParam = z.object({ id })
export const reactionParam = z.object({ id, kind: reactionKind })

const pageSize = z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(LIMITS.maxPageSize)), LIMITS.pageSize)

export const listQuery = z.object({
  space: z.optional(z.string()),
  cursor: z.pipe(
    z.optional(z.string()),
    z.transform((v, ctx) => {
      if (v === undefined || v === '') return null
      const cursor = decodeCursor(v)
      if (!cursor) ctx.issues.push({ code: 'custom', message: 'That cursor is not valid; start again from the first page.', input: v })
      return cursor
    }),
  ),
  limit: pageSize,
})

export const searchQuery = z.object({
  q: text(LIMITS.query, 'Type something to search for.', `Searches can be at most ${LIMITS.query} characters.`),
  limit: pageSize,
})

export const spacesQuery = z.object({ lang: z.optional(z.string()) })

export const resourcesQuery = z.object({
  country: z.optional(countryCode),
  lang: z.optional(z.string()),
  urgent: z.optional(z.enum(['true', 'false'])),
})

export const appealSchema = z.object({
  postType: z.enum(['story', 'reply']),
  postId: id,
  message: text(1000, 'Tell the volunteers why, in a few words.', 'An appeal can be at most 1,000 characters.'),
})

export const readMessagesSchema = z.object({ ids: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(100)) })
