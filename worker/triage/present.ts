import type { AuditEvent } from '../../db/queries/audit'
import type { ItemContext, ItemWithHolder } from '../../db/queries/item-detail'
import type { QueueRow } from '../../db/queries/queue-list'
import { plainText } from '../lib/plain-text'
import { isUrgent, waitingMinutes, type TriageConfig } from './config'
import { postSegments } from './highlights'

/**
 * The moderator API's JSON shapes. Author hashes never leave the server: a volunteer sees
 * the author's other posts, not the key that links them.
 */
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null

export function presentQueueRow(row: QueueRow, now: Date, config: TriageConfig, viewerHandle: string) {
  return {
    id: row.id,
    postType: row.postType,
    level: row.reason,
    source: row.source,
    sources: row.sources,
    priority: row.priority,
    reasons: row.reasons,
    space: row.spaceSlug,
    partner: row.partnerSlug,
    lang: row.lang,
    escalated: row.escalated,
    createdAt: row.createdAt.toISOString(),
    waitingMinutes: waitingMinutes(row.createdAt, now),
    urgent: isUrgent({ reason: row.reason, createdAt: row.createdAt }, now, config),
    claim: row.claimedBy ? { holder: row.claimedBy, expiresAt: iso(row.claimExpiresAt), mine: row.claimedBy === viewerHandle } : null,
  }
}

export type PresentedQueueRow = ReturnType<typeof presentQueueRow>

export function presentItem(item: ItemWithHolder, now: Date, config: TriageConfig, viewerHandle: string) {
  return {
    id: item.id,
    postType: item.postType,
    postId: item.postId,
    storyId: item.storyId,
    level: item.reason,
    source: item.source,
    sources: item.sources,
    priority: item.priority,
    reasons: item.reasons,
    space: item.spaceSlug,
    partner: item.partnerSlug,
    lang: item.lang,
    status: item.status,
    resolution: item.resolution,
    falseAlarm: item.falseAlarm,
    escalated: item.escalated,
    createdAt: item.createdAt.toISOString(),
    firstActionAt: iso(item.firstActionAt),
    closedAt: iso(item.closedAt),
    waitingMinutes: waitingMinutes(item.createdAt, item.closedAt ?? now),
    urgent: isUrgent(item, now, config),
    claim: item.holder ? { holder: item.holder, expiresAt: iso(item.claimExpiresAt), mine: item.holder === viewerHandle } : null,
  }
}

export type PresentedItem = ReturnType<typeof presentItem>

/** The post in the words its author wrote (before any redaction), with why it was flagged. */
export function presentPost(context: ItemContext) {
  const { post, story } = context
  if (!post) return null
  const isStory = 'title' in post
  const title = isStory ? (post.originalTitle ?? post.title) : null
  const body = post.originalBody ?? post.body
  return {
    id: post.id,
    storyId: isStory ? post.id : post.storyId,
    storyTitle: story ? (story.originalTitle ?? story.title) : null,
    status: post.status,
    lang: post.lang,
    contentWarnings: story?.contentWarnings ?? [],
    crisisLevel: post.crisisLevel,
    crisisSubject: post.crisisSubject,
    createdAt: post.createdAt.toISOString(),
    editedAt: iso(post.editedAt),
    title,
    body,
    segments: postSegments({ title, body }, post.screening),
  }
}

export type PresentedPost = NonNullable<ReturnType<typeof presentPost>>

export function presentAuthorPosts(context: ItemContext) {
  const openItem = new Map(context.authorItems.map((i) => [`${i.postType}:${i.postId}`, i.id]))
  const stories = context.otherStories.map((s) => ({
    postType: 'story' as const,
    id: s.id,
    storyId: s.id,
    preview: plainText(s.originalTitle ?? s.title, 120),
    status: s.status,
    crisisLevel: s.crisisLevel,
    createdAt: s.createdAt.toISOString(),
    openItemId: openItem.get(`story:${s.id}`) ?? null,
  }))
  const replies = context.otherReplies.map((r) => ({
    postType: 'reply' as const,
    id: r.id,
    storyId: r.storyId,
    preview: plainText(r.originalBody ?? r.body, 120),
    status: r.status,
    crisisLevel: r.crisisLevel,
    createdAt: r.createdAt.toISOString(),
    openItemId: openItem.get(`reply:${r.id}`) ?? null,
  }))
  return [...stories, ...replies].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

export type PresentedAuthorPost = ReturnType<typeof presentAuthorPosts>[number]

export const presentAuditEvent = (e: AuditEvent) => ({
  id: e.id,
  at: e.at.toISOString(),
  actor: e.actorHandle,
  action: e.action,
  queueItemId: e.queueItemId,
  postType: e.postType,
  postId: e.postId,
  before: e.before,
  after: e.after,
  note: e.note,
})

export type PresentedAuditEvent = ReturnType<typeof presentAuditEvent>

export const presentReports = (context: ItemContext) => context.reports.map((r) => ({ reason: r.reason, details: r.details, createdAt: r.createdAt.toISOString() }))
