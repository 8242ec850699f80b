import type { Reply, Story } from '../../db/queries/stories'

/**
 * The public JSON shapes of the API. Author hashes, original (unredacted) words and
 * screening internals never leave through here; `isAuthor` tells a key holder which
 * posts are theirs so the UI can offer edit and delete.
 */
export type PublicStory = ReturnType<typeof presentStory>
export type PublicReply = ReturnType<typeof presentReply>

export const storyPath = (id: string) => `/s/${id}`

/** A story's supportive reaction counts, as every answer shows them. */
export const reactionCounts = (story: Story) => ({ strength: story.strengthCount, metoo: story.metooCount, thanks: story.thanksCount })

export function presentStory(story: Story, origin: string, viewerHash?: string) {
  const isAuthor = viewerHash !== undefined && viewerHash === story.authorHash
  return {
    id: story.id,
    url: origin + storyPath(story.id),
    space: story.spaceSlug,
    title: story.title,
    body: story.body,
    bodyHtml: story.bodyHtml,
    contentWarnings: story.contentWarnings,
    lang: story.lang,
    author: { name: story.authorName },
    status: story.status,
    reactions: reactionCounts(story),
    replyCount: story.replyCount,
    createdAt: story.createdAt.toISOString(),
    editedAt: story.editedAt?.toISOString() ?? null,
    ...(isAuthor ? { isAuthor: true } : {}),
  }
}

export function presentReply(reply: Reply, viewerHash?: string) {
  const isAuthor = viewerHash !== undefined && viewerHash === reply.authorHash
  return {
    id: reply.id,
    storyId: reply.storyId,
    body: reply.body,
    bodyHtml: reply.bodyHtml,
    author: { name: reply.authorName, isStoryAuthor: reply.byStoryAuthor },
    status: reply.status,
    createdAt: reply.createdAt.toISOString(),
    editedAt: reply.editedAt?.toISOString() ?? null,
    ...(isAuthor ? { isAuthor: true } : {}),
  }
}

/** Published posts are public; held or removed ones only to their author. */
export const visibleTo = (post: { status: string; authorHash: string }, viewerHash?: string) =>
  post.status === 'published' || (post.status !== 'deleted' && viewerHash === post.authorHash)
