/**
 * The one source of truth for Lantern's D1 database. Migrations in db/migrations are
 * generated from this file by drizzle-kit (`npm run db:generate`); full-text search and
 * seed data are custom migrations, because drizzle-kit cannot express FTS5.
 *
 * Privacy: no table holds an IP address or an author key. Authors are known only by the
 * SHA-256 hash of their random key (`authorHash`) and, in public, by a pseudonym that is
 * stable within one story and different across stories.
 */
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Lifecycle of a story or reply. Only `published` is public. */
export const POST_STATUSES = ['published', 'held', 'removed', 'deleted'] as const
export type PostStatus = (typeof POST_STATUSES)[number]

export const CRISIS_LEVELS = ['none', 'concern', 'high', 'imminent'] as const
export type StoredCrisisLevel = (typeof CRISIS_LEVELS)[number]

export const REACTION_KINDS = ['strength', 'metoo', 'thanks'] as const
export type ReactionKind = (typeof REACTION_KINDS)[number]

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`)

/** Screening stored with every post: what the moderation library found and which version judged it. */
const screeningColumns = () => ({
  crisisLevel: text('crisis_level', { enum: CRISIS_LEVELS }).notNull().default('none'),
  crisisSubject: text('crisis_subject', { enum: ['self', 'other', 'none'] }).notNull().default('none'),
  /** JSON: reasons, stigma, method detail and PII findings (spans into the original text). */
  screening: text('screening', { mode: 'json' }),
  screenVersion: text('screen_version'),
})

export const spaces = sqliteTable('spaces', {
  slug: text('slug').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  /** Translations of name and description, e.g. `{ "es": { "name": "...", "description": "..." } }`. */
  i18n: text('i18n', { mode: 'json' }).$type<Record<string, { name: string; description: string }>>(),
  /** Moderation policy overrides for this space (JSON); null means the default policy. */
  policy: text('policy', { mode: 'json' }),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
})

export const stories = sqliteTable(
  'stories',
  {
    id: text('id').primaryKey(),
    spaceSlug: text('space_slug')
      .notNull()
      .references(() => spaces.slug),
    /** Public title and body (markdown). PII the poster chose to keep is redacted here. */
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** Sanitised HTML of `body`, rendered once on write so reads cost nothing. */
    bodyHtml: text('body_html').notNull(),
    /** The words as written, kept only when redaction changed them (moderators and the author see these). */
    originalTitle: text('original_title'),
    originalBody: text('original_body'),
    contentWarnings: text('content_warnings', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    lang: text('lang').notNull().default('en'),
    authorHash: text('author_hash').notNull(),
    authorName: text('author_name').notNull(),
    status: text('status', { enum: POST_STATUSES }).notNull().default('published'),
    ...screeningColumns(),
    strengthCount: integer('strength_count').notNull().default(0),
    metooCount: integer('metoo_count').notNull().default(0),
    thanksCount: integer('thanks_count').notNull().default(0),
    replyCount: integer('reply_count').notNull().default(0),
    createdAt: createdAt(),
    editedAt: integer('edited_at', { mode: 'timestamp_ms' }),
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('stories_space_recent').on(t.spaceSlug, t.status, t.createdAt, t.id),
    index('stories_recent').on(t.status, t.createdAt, t.id),
    index('stories_author').on(t.authorHash),
  ],
)

export const replies = sqliteTable(
  'replies',
  {
    id: text('id').primaryKey(),
    storyId: text('story_id')
      .notNull()
      .references(() => stories.id),
    body: text('body').notNull(),
    bodyHtml: text('body_html').notNull(),
    originalBody: text('original_body'),
    lang: text('lang').notNull().default('en'),
    authorHash: text('author_hash').notNull(),
    authorName: text('author_name').notNull(),
    /** True when the story's own author replies in their thread (shown as "author"). */
    byStoryAuthor: integer('by_story_author', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: POST_STATUSES }).notNull().default('published'),
    ...screeningColumns(),
    createdAt: createdAt(),
    editedAt: integer('edited_at', { mode: 'timestamp_ms' }),
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('replies_story').on(t.storyId, t.status, t.createdAt), index('replies_author').on(t.authorHash)],
)

/** One supportive reaction per author key, story and kind. */
export const reactions = sqliteTable(
  'reactions',
  {
    storyId: text('story_id')
      .notNull()
      .references(() => stories.id),
    authorHash: text('author_hash').notNull(),
    kind: text('kind', { enum: REACTION_KINDS }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.authorHash, t.kind] }), index('reactions_author').on(t.authorHash)],
)

/**
 * Responses to requests sent with an `Idempotency-Key`, so a retried submit answers the
 * same as the first one. The response is encrypted with a key derived from the client's
 * idempotency key, which the server never stores: the author key inside it is not
 * readable from the database.
 */
export const idempotencyKeys = sqliteTable('idempotency_keys', {
  keyHash: text('key_hash').primaryKey(),
  requestHash: text('request_hash').notNull(),
  status: integer('status').notNull(),
  iv: text('iv').notNull(),
  ciphertext: text('ciphertext').notNull(),
  createdAt: createdAt(),
})
