import type { ZodMiniObject, ZodMiniType } from 'zod/mini'
import type { ErrorCode } from '../errors'
import { partnerStatsQuery, partnerStoriesQuery } from '../partner-schemas'
import {
  idParam,
  listQuery,
  newReplySchema,
  newStorySchema,
  reactionParam,
  reactionSchema,
  readMessagesSchema,
  replyEditSchema,
  resourcesQuery,
  appealSchema,
  searchQuery,
  spacesQuery,
  storyEditSchema,
} from '../schemas'
import { reportSchema } from '../routes/reports'
import * as res from './responses'

/** Request headers the API reads, documented once. */
export const HEADERS = {
  authorKey: { name: 'X-Author-Key', description: 'Your author key (lk_…), returned the first time you post or react without one.' },
  idempotencyKey: { name: 'Idempotency-Key', description: 'Any 8–128 letters, digits or - _ . : chosen by the client per draft. A retry with the same key and body answers like the first request (with Idempotent-Replayed: true) and creates nothing new.' },
  turnstile: { name: 'X-Turnstile-Token', description: 'Only when the forum has Cloudflare Turnstile switched on: the token of the check shown in the composer.' },
  partner: { name: 'X-Lantern-Partner', description: 'Slug of the partner site the post was written on (embedded pages send it). Stories written through a partner count in its statistics; an unknown slug is ignored.' },
} as const
type HeaderUse = { header: keyof typeof HEADERS; required?: boolean }

export type Operation = {
  method: 'get' | 'post' | 'patch' | 'delete'
  /** Hono-style path, as mounted: `/api/stories/:id`. */
  path: string
  tag: 'Spaces' | 'Stories' | 'Replies' | 'Reactions' | 'Reports' | 'Search' | 'Your posts' | 'Partners' | 'Meta'
  summary: string
  description?: string
  params?: ZodMiniObject
  query?: ZodMiniObject
  body?: ZodMiniType
  headers?: HeaderUse[]
  /** Needs `Authorization: Bearer pk_…`. */
  partnerKey?: boolean
  /** Available to browsers on partner origins (CORS). */
  cors?: boolean
  ok: { status: 200 | 201; description: string; schema: ZodMiniType }
  errors: ErrorCode[]
}

const writer: HeaderUse[] = [{ header: 'authorKey' }, { header: 'idempotencyKey' }, { header: 'partner' }]
const owner: HeaderUse[] = [{ header: 'authorKey', required: true }]

/**
 * Every endpoint of the API with the very schemas its validators use. The OpenAPI document
 * and the docs page are generated from this table, and a test checks that it lists exactly
 * the routes the Hono app serves.
 */
export const OPERATIONS: Operation[] = [
  { method: 'get', path: '/api/spaces', tag: 'Spaces', summary: 'List the spaces', description: 'Names and descriptions in the requested language (lang, then Accept-Language, then English).', query: spacesQuery, cors: true, ok: { status: 200, description: 'The spaces, in display order.', schema: res.spacesResponse }, errors: ['invalid_input'] },
  { method: 'get', path: '/api/stories', tag: 'Stories', summary: 'List published stories', description: 'Newest first. Pass nextCursor back as cursor for the next page.', query: listQuery, cors: true, ok: { status: 200, description: 'One page of stories.', schema: res.storyPageResponse }, errors: ['invalid_input', 'space_not_found'] },
  { method: 'post', path: '/api/stories', tag: 'Stories', summary: 'Share a story', description: 'Screened before it is stored. A story may be held for a moderator; the answer says so in status. A country sent here is remembered in a cookie for the API only (country, a year), so that the writer\u2019s replies and edits without one get that country\u2019s crisis lines.', body: newStorySchema, headers: [...writer, { header: 'turnstile' }], cors: true, ok: { status: 201, description: 'The story as stored, and a new author key if none was sent.', schema: res.createdStoryResponse }, errors: ['invalid_json', 'invalid_input', 'invalid_author_key', 'challenge_failed', 'space_not_found', 'idempotency_conflict', 'payload_too_large'] },
  { method: 'get', path: '/api/stories/:id', tag: 'Stories', summary: 'Read a story and its replies', description: 'Held posts are shown only to their author (X-Author-Key).', params: idParam, headers: [{ header: 'authorKey' }], cors: true, ok: { status: 200, description: 'The story and the replies this reader may see.', schema: res.threadResponse }, errors: ['invalid_input', 'invalid_author_key', 'story_not_found', 'story_gone'] },
  { method: 'patch', path: '/api/stories/:id', tag: 'Stories', summary: 'Edit your story', params: idParam, body: storyEditSchema, headers: owner, cors: true, ok: { status: 200, description: 'The story after the edit (screened again).', schema: res.storyResponse }, errors: ['invalid_input', 'missing_author_key', 'invalid_author_key', 'forbidden', 'story_not_found', 'story_gone'] },
  { method: 'delete', path: '/api/stories/:id', tag: 'Stories', summary: 'Delete your story', description: 'Erases its words and its replies; the story then answers 410.', params: idParam, headers: owner, cors: true, ok: { status: 200, description: 'Deleted.', schema: res.deletedResponse }, errors: ['invalid_input', 'missing_author_key', 'invalid_author_key', 'forbidden', 'story_not_found', 'story_gone'] },
  { method: 'post', path: '/api/stories/:id/replies', tag: 'Replies', summary: 'Reply to a story', params: idParam, body: newReplySchema, headers: writer, cors: true, ok: { status: 201, description: 'The reply as stored.', schema: res.createdReplyResponse }, errors: ['invalid_json', 'invalid_input', 'invalid_author_key', 'story_not_found', 'story_gone', 'idempotency_conflict'] },
  { method: 'patch', path: '/api/replies/:id', tag: 'Replies', summary: 'Edit your reply', params: idParam, body: replyEditSchema, headers: owner, cors: true, ok: { status: 200, description: 'The reply after the edit.', schema: res.replyResponse }, errors: ['invalid_input', 'missing_author_key', 'invalid_author_key', 'forbidden', 'reply_not_found'] },
  { method: 'delete', path: '/api/replies/:id', tag: 'Replies', summary: 'Delete your reply', params: idParam, headers: owner, cors: true, ok: { status: 200, description: 'Deleted.', schema: res.deletedResponse }, errors: ['invalid_input', 'missing_author_key', 'invalid_author_key', 'forbidden', 'reply_not_found'] },
  { method: 'post', path: '/api/stories/:id/reactions', tag: 'Reactions', summary: 'React to a story', description: 'One reaction of each kind per author key; a repeat answers 200 with added: false.', params: idParam, body: reactionSchema, headers: [{ header: 'authorKey' }], cors: true, ok: { status: 201, description: 'Added, with the new counts.', schema: res.reactionAddedResponse }, errors: ['invalid_input', 'invalid_author_key', 'story_not_found', 'story_gone'] },
  { method: 'delete', path: '/api/stories/:id/reactions/:kind', tag: 'Reactions', summary: 'Take a reaction back', params: reactionParam, headers: owner, cors: true, ok: { status: 200, description: 'Removed, with the new counts.', schema: res.reactionRemovedResponse }, errors: ['invalid_input', 'missing_author_key', 'invalid_author_key', 'story_not_found', 'story_gone'] },
  { method: 'get', path: '/api/search', tag: 'Search', summary: 'Search published stories', query: searchQuery, cors: true, ok: { status: 200, description: 'Matching stories, best first.', schema: res.searchResponse }, errors: ['invalid_input'] },
  { method: 'delete', path: '/api/me', tag: 'Your posts', summary: 'Erase everything your key wrote', description: 'The words of every story and reply go (tombstones stay so links answer "deleted"), with your reactions, messages and reports. Moderation records keep no words of yours. Cannot be undone.', headers: owner, ok: { status: 200, description: 'How much was erased.', schema: res.erasedResponse }, errors: ['missing_author_key', 'invalid_author_key'] },
  { method: 'get', path: '/api/me/export', tag: 'Your posts', summary: 'Export everything your key wrote', description: 'Your words as you wrote them, as a JSON download. Not available to other sites (no CORS).', headers: owner, ok: { status: 200, description: 'Your stories, replies and reactions.', schema: res.exportResponse }, errors: ['missing_author_key', 'invalid_author_key'] },
  { method: 'post', path: '/api/reports', tag: 'Reports', summary: 'Report a story or reply', description: 'Reasons: worried (about the writer), harmful, harassment, spam, personal-info. One report per author key and post; reports go to the volunteers\u2019 queue.', body: reportSchema, headers: [{ header: 'authorKey' }], cors: true, ok: { status: 201, description: 'Received.', schema: res.reportResponse }, errors: ['invalid_json', 'invalid_input', 'invalid_author_key', 'post_not_found', 'already_reported', 'rate_limited'] },
  { method: 'get', path: '/api/me/messages', tag: 'Your posts', summary: 'Messages for you', description: 'A post approved or removed, or a volunteer checking in; unread first.', headers: owner, ok: { status: 200, description: 'Your messages.', schema: res.messagesResponse }, errors: ['missing_author_key', 'invalid_author_key'] },
  { method: 'post', path: '/api/me/messages/read', tag: 'Your posts', summary: 'Mark messages read', body: readMessagesSchema, headers: owner, ok: { status: 200, description: 'Marked.', schema: res.okResponse }, errors: ['invalid_json', 'invalid_input', 'missing_author_key', 'invalid_author_key'] },
  { method: 'post', path: '/api/me/appeals', tag: 'Your posts', summary: 'Ask for another look at a held or removed post', description: 'Goes to the moderation queue like a report.', body: appealSchema, headers: owner, ok: { status: 201, description: 'Received.', schema: res.appealResponse }, errors: ['invalid_json', 'invalid_input', 'missing_author_key', 'invalid_author_key', 'not_found'] },
  { method: 'get', path: '/api/resources', tag: 'Meta', summary: 'Crisis resources for a country', description: 'The country given, else the caller’s (from the network); with an international fallback. urgent=true puts the emergency number first.', query: resourcesQuery, cors: true, ok: { status: 200, description: 'Resources in the order to show them.', schema: res.resourcesResponse }, errors: ['invalid_input'] },
  { method: 'get', path: '/api/partner', tag: 'Partners', summary: 'Your partner settings', description: 'Check that your key works and see the settings the forum uses for you.', partnerKey: true, ok: { status: 200, description: 'Your partner settings (never the key).', schema: res.partnerResponse }, errors: ['missing_api_key', 'invalid_api_key'] },
  { method: 'get', path: '/api/partner/stories', tag: 'Partners', summary: 'Stories in your scope', description: 'Published stories in your spaces, and any written through your embed. Public fields only.', query: partnerStoriesQuery, partnerKey: true, ok: { status: 200, description: 'One page of stories.', schema: res.partnerStoriesResponse }, errors: ['invalid_input', 'missing_api_key', 'invalid_api_key'] },
  { method: 'get', path: '/api/partner/stats', tag: 'Partners', summary: 'Activity in your scope', description: 'Counts per day and space: stories and replies by status, reactions by kind, posts flagged by crisis level. Aggregates only.', query: partnerStatsQuery, partnerKey: true, ok: { status: 200, description: 'Counts.', schema: res.partnerStatsResponse }, errors: ['invalid_input', 'missing_api_key', 'invalid_api_key'] },
]

OPERATIONS.push({
  method: 'get',
  path: '/api/openapi.json',
  tag: 'Meta',
  summary: 'This document',
  description: 'OpenAPI 3.1, generated from the validators. Readable from any origin.',
  ok: { status: 200, description: 'The OpenAPI document.', schema: res.openApiResponse },
  errors: [],
})
