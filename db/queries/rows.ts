import type { replies, stories } from '../schema'

type Story = typeof stories.$inferSelect
type Reply = typeof replies.$inferSelect

/** The keys of `values` that hold a value (an optional field left undefined keeps its default). */
const defined = <T extends object>(values: T) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> }

/** What a new post starts with, stories and replies alike. */
const postDefaults = (now: Date) => ({
  lang: 'en',
  status: 'published' as const,
  crisisLevel: 'none' as const,
  crisisSubject: 'none' as const,
  screening: null,
  screenVersion: null,
  originalBody: null,
  createdAt: now,
  editedAt: null,
  deletedAt: null,
})

/**
 * Every column of a new story, filled in here rather than by the columns' defaults: the
 * row the API answers with is then exactly the row it stores, so the answer can be sealed
 * for replays in the same batch as the insert (worker/api/idempotency.ts).
 */
export const newStoryRow = (story: Pick<Story, 'id' | 'spaceSlug' | 'title' | 'body' | 'bodyHtml' | 'authorHash' | 'authorName'> & Partial<Story>, now = new Date()): Story => ({
  ...postDefaults(now),
  contentWarnings: [],
  partnerSlug: null,
  originalTitle: null,
  strengthCount: 0,
  metooCount: 0,
  thanksCount: 0,
  replyCount: 0,
  ...defined(story),
})

export const newReplyRow = (reply: Pick<Reply, 'id' | 'storyId' | 'body' | 'bodyHtml' | 'authorHash' | 'authorName'> & Partial<Reply>, now = new Date()): Reply => ({
  ...postDefaults(now),
  byStoryAuthor: false,
  ...defined(reply),
})
