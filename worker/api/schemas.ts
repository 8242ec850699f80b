import { z } from 'zod'
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

const title = z
  .string({ error: 'Give your story a title.' })
  .trim()
  .min(1, 'Give your story a title.')
  .max(LIMITS.title, `Titles can be at most ${LIMITS.title} characters.`)
const body = (max: number, what: string) =>
  z
    .string({ error: `Write your ${what} before posting.` })
    .trim()
    .min(1, `Write your ${what} before posting.`)
    .max(max, `A ${what} can be at most ${max.toLocaleString('en')} characters. Yours is longer; you could split it in two.`)
const country = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'country is a two-letter country code, like GB or MX.')
  .transform((s) => s.toUpperCase())
const lang = z.string().regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, 'lang is a language code, like en or es.')
const contentWarnings = z
  .array(z.enum(CONTENT_WARNINGS, { error: `Content warnings are among: ${CONTENT_WARNINGS.join(', ')}.` }))
  .max(CONTENT_WARNINGS.length)
  .transform((list) => [...new Set(list)])

export const newStorySchema = z.object({
  space: z.string({ error: 'Choose a space for your story.' }).trim().min(1, 'Choose a space for your story.'),
  title,
  body: body(LIMITS.body, 'story'),
  contentWarnings: contentWarnings.default([]),
  country: country.optional(),
  lang: lang.optional(),
})

export const storyEditSchema = z
  .object({ title: title.optional(), body: body(LIMITS.body, 'story').optional(), contentWarnings: contentWarnings.optional(), country: country.optional() })
  .refine((v) => v.title !== undefined || v.body !== undefined || v.contentWarnings !== undefined, 'Send a title, body or contentWarnings to change.')

export const newReplySchema = z.object({ body: body(LIMITS.reply, 'reply'), country: country.optional(), lang: lang.optional() })
export const replyEditSchema = z.object({ body: body(LIMITS.reply, 'reply'), country: country.optional() })

export const reactionSchema = z.object({
  kind: z.enum(REACTION_KINDS, { error: `kind is one of: ${REACTION_KINDS.join(', ')}.` }),
})

export const idParam = z.object({ id: z.string().regex(/^[0-9a-z]{6,32}$/, 'That is not a post id.') })
export const reactionParam = idParam.extend({ kind: reactionSchema.shape.kind })

export const spacesQuery = z.object({ lang: z.string().optional() })

export const listQuery = z.object({
  space: z.string().optional(),
  cursor: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return null
      const cursor = decodeCursor(v)
      if (!cursor) ctx.addIssue({ code: 'custom', message: 'That cursor is not valid; start again from the first page.' })
      return cursor
    }),
  limit: z.coerce.number().int().min(1).max(LIMITS.maxPageSize).default(LIMITS.pageSize),
})

export const searchQuery = z.object({
  q: z.string({ error: 'Type something to search for.' }).trim().min(1, 'Type something to search for.').max(LIMITS.query),
  limit: z.coerce.number().int().min(1).max(LIMITS.maxPageSize).default(LIMITS.pageSize),
})
