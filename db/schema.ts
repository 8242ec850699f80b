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
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

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
    /** The partner site it was written through, if any (for partner statistics). */
    partnerSlug: text('partner_slug'),
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

// ---------------------------------------------------------------------------------------
// Moderation: queue, reports, messages to anonymous authors, AI second opinions.

export const POST_TYPES = ['story', 'reply'] as const
export type PostType = (typeof POST_TYPES)[number]

/** Why an item is in the queue; also its base risk order (see db/queries/queue.ts). */
export const QUEUE_REASONS = ['imminent', 'high', 'method', 'harassment', 'report', 'concern', 'stigma', 'pii', 'review'] as const
export type QueueReason = (typeof QUEUE_REASONS)[number]
export const QUEUE_SOURCES = ['screen', 'ai', 'report'] as const
export type QueueSource = (typeof QUEUE_SOURCES)[number]

/**
 * One open item per post: later signals (an AI opinion, a report, an edit) raise its
 * priority and add reasons rather than creating duplicates.
 */
export const queueItems = sqliteTable(
  'queue_items',
  {
    id: text('id').primaryKey(),
    postType: text('post_type', { enum: POST_TYPES }).notNull(),
    postId: text('post_id').notNull(),
    storyId: text('story_id').notNull(),
    spaceSlug: text('space_slug').notNull(),
    partnerSlug: text('partner_slug'),
    authorHash: text('author_hash').notNull(),
    lang: text('lang').notNull().default('en'),
    reason: text('reason', { enum: QUEUE_REASONS }).notNull(),
    /** Where the strongest signal came from. */
    source: text('source', { enum: QUEUE_SOURCES }).notNull(),
    /** All sources that flagged it, e.g. ["screen","ai"]. */
    sources: text('sources', { mode: 'json' }).$type<QueueSource[]>().notNull(),
    /** Higher is more urgent; only ever raised by automation. */
    priority: integer('priority').notNull(),
    /** Plain-language reasons (no method text), for the queue and for the author. */
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
    resolution: text('resolution'),
    falseAlarm: integer('false_alarm', { mode: 'boolean' }).notNull().default(false),
    claimedBy: text('claimed_by'),
    claimExpiresAt: integer('claim_expires_at', { mode: 'timestamp_ms' }),
    escalated: integer('escalated', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    firstActionAt: integer('first_action_at', { mode: 'timestamp_ms' }),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    /** When a webhook last announced this item (so waiting-time alerts fire once). */
    notifiedAt: integer('notified_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('queue_open').on(t.status, t.priority, t.createdAt),
    index('queue_post').on(t.postType, t.postId, t.status),
    index('queue_author').on(t.authorHash),
  ],
)

export const REPORT_REASONS = ['worried', 'harmful', 'harassment', 'spam', 'personal-info'] as const
export type ReportReason = (typeof REPORT_REASONS)[number]

/** Reader reports: one per author key per post. */
export const reports = sqliteTable(
  'reports',
  {
    id: text('id').primaryKey(),
    postType: text('post_type', { enum: POST_TYPES }).notNull(),
    postId: text('post_id').notNull(),
    reporterHash: text('reporter_hash').notNull(),
    reason: text('reason', { enum: REPORT_REASONS }).notNull(),
    details: text('details'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('reports_once').on(t.postType, t.postId, t.reporterHash), index('reports_reporter').on(t.reporterHash, t.createdAt)],
)

/**
 * Messages to an anonymous author, read with their key on their next visit: post
 * approved or removed (with the reason), or a moderator's check-in with resources.
 */
export const authorMessages = sqliteTable(
  'author_messages',
  {
    id: text('id').primaryKey(),
    authorHash: text('author_hash').notNull(),
    kind: text('kind', { enum: ['approved', 'removed', 'checkin', 'held'] }).notNull(),
    postType: text('post_type', { enum: POST_TYPES }),
    postId: text('post_id'),
    body: text('body').notNull(),
    country: text('country'),
    createdAt: createdAt(),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('author_messages_inbox').on(t.authorHash, t.readAt)],
)

/** The AI second opinion on a post, kept for moderators and statistics. */
export const aiReviews = sqliteTable('ai_reviews', {
  id: text('id').primaryKey(),
  postType: text('post_type', { enum: POST_TYPES }).notNull(),
  postId: text('post_id').notNull(),
  provider: text('provider', { enum: ['workers-ai', 'openai'] }).notNull(),
  flagged: integer('flagged', { mode: 'boolean' }).notNull(),
  categories: text('categories', { mode: 'json' }).$type<string[]>().notNull(),
  raised: integer('raised', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
})

/** Work that failed after every retry: kept so a person can see and redo it. Nothing is dropped. */
export const deadLetters = sqliteTable('dead_letters', {
  id: text('id').primaryKey(),
  queue: text('queue').notNull(),
  body: text('body', { mode: 'json' }).notNull(),
  error: text('error').notNull(),
  attempts: integer('attempts').notNull(),
  createdAt: createdAt(),
})

// ---------------------------------------------------------------------------------------
// Volunteer moderators.

export const moderators = sqliteTable('moderators', {
  id: text('id').primaryKey(),
  handle: text('handle').notNull().unique(),
  /** PBKDF2-SHA256 via WebCrypto: "pbkdf2$<iterations>$<salt b64url>$<hash b64url>". */
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['moderator', 'admin'] }).notNull(),
  invitedBy: text('invited_by'),
  disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
  createdAt: createdAt(),
})

/** One-time invitation links; only the token's hash is stored. */
export const invites = sqliteTable('invites', {
  tokenHash: text('token_hash').primaryKey(),
  role: text('role', { enum: ['moderator', 'admin'] }).notNull(),
  createdBy: text('created_by').notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  createdAt: createdAt(),
})

/** Sign-in sessions; the cookie holds a random id whose hash is the key here. */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    moderatorId: text('moderator_id')
      .notNull()
      .references(() => moderators.id),
    csrfToken: text('csrf_token').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_moderator').on(t.moderatorId)],
)

/**
 * Failed sign-ins per handle, so guessing a password is slow: after a few failures in a
 * window the handle is locked for a while. Keyed by a hash of the handle (unknown handles
 * are counted too, without keeping what was typed); no IP address is kept.
 */
export const signInThrottle = sqliteTable('sign_in_throttle', {
  handleHash: text('handle_hash').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: integer('window_started_at', { mode: 'timestamp_ms' }).notNull(),
  lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
})

/** Append-only: triggers in migration 0005 refuse UPDATE and DELETE. */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: createdAt(),
    actorId: text('actor_id'),
    actorHandle: text('actor_handle'),
    action: text('action').notNull(),
    queueItemId: text('queue_item_id'),
    postType: text('post_type', { enum: POST_TYPES }),
    postId: text('post_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    note: text('note'),
  },
  (t) => [index('audit_item').on(t.queueItemId), index('audit_at').on(t.at)],
)

// ---------------------------------------------------------------------------------------
// Partner sites that embed the forum.

export type PartnerTheme = {
  accent?: string
  background?: string
  text?: string
  font?: string
  radius?: string
  scheme?: 'light' | 'dark' | 'auto'
}
export type PartnerResource = { name: string; phone?: string; text?: string; url?: string; hours?: string }

export const partners = sqliteTable('partners', {
  slug: text('slug').primaryKey(),
  name: text('name').notNull(),
  allowedOrigins: text('allowed_origins', { mode: 'json' }).$type<string[]>().notNull(),
  theme: text('theme', { mode: 'json' }).$type<PartnerTheme>().notNull(),
  locale: text('locale').notNull().default('en'),
  defaultSpace: text('default_space'),
  spaces: text('spaces', { mode: 'json' }).$type<string[]>(),
  resources: text('resources', { mode: 'json' }).$type<PartnerResource[]>(),
  /** Policy overrides, e.g. `{ "holdConcern": true }`. */
  policy: text('policy', { mode: 'json' }),
  apiKeyHash: text('api_key_hash').notNull(),
  createdAt: createdAt(),
})

/**
 * The day's secret for abuse limits: addresses and author keys are HMACed with it before
 * they reach the rate limiter. One row per day, made by the daily cron (or by the first
 * write of the day), older rows deleted, so yesterday's keys can never be recomputed. It
 * lives alone: no table stores anything derived from it.
 */
export const abuseSalts = sqliteTable('abuse_salts', {
  day: text('day').primaryKey(),
  salt: text('salt').notNull(),
})
