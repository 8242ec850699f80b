import { and, asc, count, desc, eq, gte, inArray, ne, or, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { partners, reactions, replies, stories } from '../schema'
import { insertAudit, type AuditInput, type AuditState } from './audit'
import type { Cursor } from './cursor'
import { pageOf, storiesBefore, type StoryPage } from './stories'

export type Partner = typeof partners.$inferSelect
export type NewPartner = Omit<Partner, 'createdAt'>
/** A partner as admins and the partner itself may see it: everything but the key hash. */
export type PartnerView = Omit<Partner, 'apiKeyHash'>

/** Who changed a partner, for the append-only audit log. */
export type Actor = NonNullable<AuditInput['actor']>

export const viewOf = ({ apiKeyHash: _hidden, ...view }: Partner): PartnerView => view

export const getPartner = (db: Database, slug: string) => db.select().from(partners).where(eq(partners.slug, slug)).get()

/** Every partner. The table holds one row per organisation, so it is small enough to read whole. */
export const listPartners = (db: Database) => db.select().from(partners).orderBy(asc(partners.name)).all()

export const partnerByKeyHash = (db: Database, apiKeyHash: string) => db.select().from(partners).where(eq(partners.apiKeyHash, apiKeyHash)).get()

const audit = (db: Database, actor: Actor, action: `partner.${'create' | 'update' | 'rotate_key' | 'delete'}`, before: PartnerView | null, after: PartnerView | null) =>
  insertAudit(db, { at: new Date(), actor, action, before: before && stateOf(before), after: after && stateOf(after), note: (after ?? before)!.slug })

/** A partner as an audit state: its settings as the JSON they are stored as (dates as ISO text). */
const stateOf = (view: PartnerView) => JSON.parse(JSON.stringify(view)) as AuditState

/** Creates a partner and records who did it, atomically. Fails if the slug is taken. */
export async function createPartner(db: Database, partner: NewPartner, actor: Actor): Promise<PartnerView> {
  const row = { ...partner, createdAt: new Date() }
  await db.batch([db.insert(partners).values(row), audit(db, actor, 'partner.create', null, viewOf(row))])
  return viewOf(row)
}

/** Changes a partner's settings (not its key); null when there is no such partner. */
export async function updatePartner(db: Database, slug: string, changes: Partial<Omit<NewPartner, 'slug' | 'apiKeyHash'>>, actor: Actor): Promise<PartnerView | null> {
  const before = await getPartner(db, slug)
  if (!before) return null
  const after = { ...before, ...changes }
  await db.batch([db.update(partners).set(changes).where(eq(partners.slug, slug)), audit(db, actor, 'partner.update', viewOf(before), viewOf(after))])
  return viewOf(after)
}

/** Replaces the API key hash: the old key stops working at once. */
export async function rotatePartnerKey(db: Database, slug: string, apiKeyHash: string, actor: Actor): Promise<boolean> {
  const before = await getPartner(db, slug)
  if (!before) return false
  await db.batch([db.update(partners).set({ apiKeyHash }).where(eq(partners.slug, slug)), audit(db, actor, 'partner.rotate_key', viewOf(before), viewOf(before))])
  return true
}

/** Removes a partner. Stories written through it keep their partner slug as history. */
export async function deletePartner(db: Database, slug: string, actor: Actor): Promise<boolean> {
  const before = await getPartner(db, slug)
  if (!before) return false
  await db.batch([db.delete(partners).where(eq(partners.slug, slug)), audit(db, actor, 'partner.delete', viewOf(before), null)])
  return true
}

// ---------------------------------------------------------------------------------------
// A partner's scope: stories in its spaces, or written through its embed.

export type PartnerScope = { slug: string; spaces: string[] }

const storyInScope = (scope: PartnerScope) =>
  scope.spaces.length ? or(inArray(stories.spaceSlug, scope.spaces), eq(stories.partnerSlug, scope.slug)) : eq(stories.partnerSlug, scope.slug)

/** Published stories in the partner's scope, newest first. */
export async function partnerStories(db: Database, scope: PartnerScope, opts: { space?: string; cursor?: Cursor | null; limit: number }): Promise<StoryPage> {
  const rows = await db
    .select()
    .from(stories)
    .where(
      and(
        eq(stories.status, 'published'),
        storyInScope(scope),
        opts.space ? eq(stories.spaceSlug, opts.space) : undefined,
        opts.cursor ? storiesBefore(opts.cursor) : undefined,
      ),
    )
    .orderBy(desc(stories.createdAt), desc(stories.id))
    .limit(opts.limit + 1)
    .all()
  return pageOf(rows, opts.limit)
}

const dayOf = (column: typeof stories.createdAt | typeof replies.createdAt | typeof reactions.createdAt) => sql<string>`date(${column} / 1000, 'unixepoch')`

/**
 * Activity in the partner's scope since `since`, counted per UTC day and space: stories and
 * replies by status and crisis level, reactions by kind. Counts only: no text, no authors.
 * Three grouped queries in one batch.
 */
export async function partnerActivity(db: Database, scope: PartnerScope, since: Date) {
  const storyDay = dayOf(stories.createdAt)
  const replyDay = dayOf(replies.createdAt)
  const reactionDay = dayOf(reactions.createdAt)
  const [storyRows, replyRows, reactionRows] = await db.batch([
    db
      .select({ day: storyDay, space: stories.spaceSlug, status: stories.status, level: stories.crisisLevel, n: count() })
      .from(stories)
      .where(and(storyInScope(scope), gte(stories.createdAt, since), ne(stories.status, 'deleted')))
      .groupBy(storyDay, stories.spaceSlug, stories.status, stories.crisisLevel),
    db
      .select({ day: replyDay, space: stories.spaceSlug, status: replies.status, level: replies.crisisLevel, n: count() })
      .from(replies)
      .innerJoin(stories, eq(stories.id, replies.storyId))
      .where(and(storyInScope(scope), gte(replies.createdAt, since), ne(replies.status, 'deleted')))
      .groupBy(replyDay, stories.spaceSlug, replies.status, replies.crisisLevel),
    db
      .select({ day: reactionDay, space: stories.spaceSlug, kind: reactions.kind, n: count() })
      .from(reactions)
      .innerJoin(stories, eq(stories.id, reactions.storyId))
      .where(and(storyInScope(scope), gte(reactions.createdAt, since)))
      .groupBy(reactionDay, stories.spaceSlug, reactions.kind),
  ])
  return { stories: storyRows, replies: replyRows, reactions: reactionRows }
}
