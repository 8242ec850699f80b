import type { NoticeItem } from '../../db/queries/notifications'
import { waitingMinutes } from '../triage/config'

/** A message on the lantern-notify queue: which item, and why it is being announced. */
export type NotifyMessage = { itemId: string; event: NotifyEvent }
export type NotifyEvent = 'flagged' | 'waiting'

export type WebhookPayload = { text: string; content: string; level: string; space: string; waitingMinutes: number; url: string }

const LEVEL = { imminent: 'IMMINENT risk', high: 'High risk' } as Record<string, string>

/**
 * The webhook's JSON, for Slack (`text`) and Discord (`content`) alike. Built only from
 * the level, the space, the waiting time and a link: a post's words, title and any method
 * detail never leave Lantern this way, whatever a chat service keeps or forwards.
 */
export function webhookPayload(item: NoticeItem, event: NotifyEvent, siteUrl: string, now: Date): WebhookPayload {
  const waiting = waitingMinutes(item.createdAt, now)
  const url = `${siteUrl.replace(/\/+$/, '')}/mod/items/${item.id}`
  const level = LEVEL[item.reason] ?? item.reason
  const text =
    event === 'waiting'
      ? `Lantern: ${level} item in "${item.spaceSlug}" has waited ${waiting} min without a moderator. ${url}`
      : `Lantern: new ${level} item in "${item.spaceSlug}" (waiting ${waiting} min). ${url}`
  return { text, content: text, level: item.reason, space: item.spaceSlug, waitingMinutes: waiting, url }
}
