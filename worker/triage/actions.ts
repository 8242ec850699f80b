import * as z from 'zod/mini'
import type { AuditState } from '../../db/queries/audit'
import type { Actor } from '../../db/queries/claims'
import type { ActionWrite } from '../../db/queries/item-actions'
import type { QueueItem } from '../../db/queries/queue'
import type { PostStatus } from '../../db/schema'
import { countryCode } from '../api/schemas'
import { newId } from '../lib/ids'
import { approvedNotice, hiddenNotice, REMOVAL_REASONS, removedNotice } from './author-notices'

const note = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000, 'A note can be at most 2,000 characters.'))
const authorText = z.string().check(z.trim(), z.minLength(1, 'Write the message the author will read.'), z.maxLength(2000, 'A message can be at most 2,000 characters.'))

/**
 * The actions a volunteer can take on a queue item (POST /api/mod/items/:id/actions).
 * Every one may carry a private `note`, kept in the audit event.
 */
export const actionSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('approve'), note: z.optional(note) }),
    z.object({ action: z.literal('keep-hidden'), note: z.optional(note) }),
    z.object({ action: z.literal('remove'), reason: z.enum(REMOVAL_REASONS, { error: `reason is one of: ${REMOVAL_REASONS.join(', ')}.` }), message: z.optional(authorText), note: z.optional(note) }),
    z.object({ action: z.literal('escalate'), note: z.optional(note) }),
    z.object({
      action: z.literal('check-in'),
      message: authorText,
      country: z.optional(countryCode),
      note: z.optional(note),
    }),
    z.object({ action: z.literal('false-alarm'), note: z.optional(note) }),
    z.object({ action: z.literal('note'), note }),
  ],
  { error: 'action is one of: approve, keep-hidden, remove, escalate, check-in, false-alarm, note.' },
)

export type ActionInput = z.infer<typeof actionSchema>
export type ActionName = ActionInput['action']

/** How a settled item ended (queue_items.resolution). */
export const RESOLUTIONS = ['approved', 'false_alarm', 'kept_hidden', 'removed'] as const
type Resolution = (typeof RESOLUTIONS)[number]

/** Actions that settle an item: only an admin may settle one that was escalated to admins. */
export const CLOSING_ACTIONS: readonly ActionName[] = ['approve', 'keep-hidden', 'remove', 'false-alarm']

/**
 * Turns a volunteer's decision into the rows to write. Approve publishes a held post; keep
 * hidden holds it (a reported post comes down); remove takes it down with a reason the
 * author reads; a false alarm publishes and marks the screening wrong (statistics);
 * escalate flags it for an admin and lets go of it; a check-in leaves the author a message
 * and keeps the item open; a note changes nothing. An author's deleted post stays deleted.
 */
export function planAction(input: ActionInput, item: QueueItem, postStatus: PostStatus, actor: Actor, now: Date): ActionWrite {
  const deleted = postStatus === 'deleted'
  const settle = (resolution: Resolution, to: PostStatus, falseAlarm = false) => ({
    postStatus: deleted || to === postStatus ? undefined : to,
    queue: { status: 'closed' as const, resolution, falseAlarm, closedAt: now, claimedBy: null, claimExpiresAt: null },
    after: { postStatus: deleted ? postStatus : to, queueStatus: 'closed', resolution, falseAlarm } satisfies AuditState,
  })
  const approvedMessage = () =>
    postStatus === 'held' ? { id: newId(), kind: 'approved' as const, body: approvedNotice(item.postType, item.lang) } : undefined

  const base = {
    item,
    actor,
    now,
    action: input.action,
    expect: { claimHeld: input.action !== 'note', postStatus: input.action === 'note' ? null : postStatus, notEscalatedUnlessAdmin: CLOSING_ACTIONS.includes(input.action) },
    before: { postStatus, queueStatus: item.status, escalated: item.escalated } satisfies AuditState,
    note: input.note ?? null,
    firstAction: input.action !== 'note',
  }

  switch (input.action) {
    case 'approve':
      return { ...base, ...settle('approved', 'published'), message: approvedMessage() }
    case 'false-alarm':
      return { ...base, ...settle('false_alarm', 'published', true), message: approvedMessage() }
    case 'keep-hidden':
      return { ...base, ...settle('kept_hidden', 'held'), message: postStatus === 'published' ? { id: newId(), kind: 'held', body: hiddenNotice(item.postType, item.lang) } : undefined }
    case 'remove': {
      const settled = settle('removed', 'removed')
      const body = removedNotice(item.postType, item.lang, input.reason, input.message)
      return { ...base, ...settled, after: { ...settled.after, reason: input.reason, message: input.message ?? null }, message: deleted ? undefined : { id: newId(), kind: 'removed', body } }
    }
    case 'escalate':
      return { ...base, queue: { escalated: true, claimedBy: null, claimExpiresAt: null }, after: { postStatus, queueStatus: 'open', escalated: true } }
    case 'check-in':
      return {
        ...base,
        queue: {},
        after: { postStatus, queueStatus: 'open', messageKind: 'checkin', message: input.message, country: input.country ?? null },
        message: { id: newId(), kind: 'checkin', body: input.message, country: input.country ?? null },
      }
    case 'note':
      return { ...base, queue: {}, after: null }
  }
}
