import { Hono } from 'hono'
import { getSpace, spaceQuery } from '../../../db/queries/spaces'
import { partnerOfStory, posterCountry, posterLocale, rememberCountry, spaceWithPolicy, statusAfterEdit, withPolicy } from '../../posting/context'
import { postRef, queueForReview, queueNewPost } from '../../posting/queue'
import { storedFields } from '../../posting/stored-fields'
import { supportFor } from '../../posting/support'
import { eraseStory, getStory, getStoryWithReplies, listStories, storyAndPolicyQuery, updateStory, type Story } from '../../../db/queries/stories'
import { newReplyRow, newStoryRow } from '../../../db/queries/rows'
import { replies, stories } from '../../../db/schema'
import { addReaction, removeReaction } from '../../../db/queries/reactions'
import { pseudonym } from '../../lib/author-key'
import { newId } from '../../lib/ids'
import { preparePost } from '../../posting/prepare'
import { assertOwner, authorOrNew, optionalAuthor, requireAuthor } from '../author'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { forgetStoryPages } from '../../page-cache'
import { idempotent } from '../idempotency'
import { requireHuman } from '../turnstile'
import { presentReply, presentStory, reactionCounts, visibleTo } from '../present'
import { idParam, listQuery, newReplySchema, newStorySchema, reactionParam, reactionSchema, storyEditSchema } from '../schemas'
import { validate } from '../validate'
import { writtenThrough } from '../written-through'

/** The story if this viewer may see it, or the error that explains why not. */
function visibleStory<T extends Story>(story: T | null | undefined, viewerHash?: string): T {
  if (!story) throw new ApiError('story_not_found', 'There is no story with that id.')
  if (story.status === 'deleted') throw new ApiError('story_gone', 'Its author deleted this story.')
  if (!visibleTo(story, viewerHash)) throw new ApiError('story_not_found', 'There is no story with that id.')
  return story
}

const loadVisibleStory = async (c: Parameters<typeof optionalAuthor>[0], id: string, viewerHash?: string) =>
  visibleStory(await getStory(c.get('db'), id), viewerHash)

export const storiesRoutes = new Hono<AppEnv>()
  .get('/', validate('query', listQuery), async (c) => {
    const { space, cursor, limit } = c.req.valid('query')
    if (space && !(await getSpace(c.get('db'), space))) throw new ApiError('space_not_found', `There is no space called "${space}".`)
    const page = await listStories(c.get('db'), { space, cursor, limit })
    const origin = new URL(c.req.url).origin
    return c.json({ stories: page.stories.map((s) => presentStory(s, origin)), nextCursor: page.nextCursor })
  })

  .post('/', validate('json', newStorySchema), async (c) => {
    const input = c.req.valid('json')
    const db = c.get('db')
    // The space is read in the same D1 round trip as the idempotency claim.
    return idempotent(c, 'story', input, async ([space]) => {
      await requireHuman(c)
      const partner = await writtenThrough(c)
      const { policy } = withPolicy(space, input.space, partner)
      const author = await authorOrNew(c)
      const id = newId()
      const country = posterCountry(c, input.country)
      if (input.country) rememberCountry(c, input.country)
      const prepared = preparePost({ title: input.title, body: input.body, lang: input.lang, country }, policy)
      const story = newStoryRow({
        id,
        spaceSlug: input.space,
        ...storedFields(prepared),
        title: prepared.title ?? input.title,
        contentWarnings: input.contentWarnings,
        partnerSlug: partner?.slug ?? null,
        authorHash: author.hash,
        authorName: await pseudonym(author.hash, id),
      })
      const queued = queueNewPost(db, c.env, postRef({ postType: 'story', postId: id, authorHash: author.hash }, story), prepared)
      const payload = {
        story: presentStory(story, new URL(c.req.url).origin, author.hash),
        ...supportFor(prepared.decision, country, posterLocale(c), partner),
        ...(author.newKey ? { authorKey: author.newKey } : {}),
      }
      return { status: 201, payload, writes: [db.insert(stories).values(story), ...queued.writes], after: queued.after }
    }, spaceQuery(db, input.space))
  })

  .get('/:id', validate('param', idParam), async (c) => {
    const viewer = await optionalAuthor(c)
    const id = c.req.valid('param').id
    const db = c.get('db')
    const found = await getStoryWithReplies(db, id, viewer?.hash)
    const story = visibleStory(found?.story, viewer?.hash)
    return c.json({
      story: presentStory(story, new URL(c.req.url).origin, viewer?.hash),
      replies: found!.replies.filter((r) => visibleTo(r, viewer?.hash)).map((r) => presentReply(r, viewer?.hash)),
      myReactions: found!.myReactions, // absent (undefined, left out of the JSON) without a key
    })
  })

  .patch('/:id', validate('param', idParam), validate('json', storyEditSchema), async (c) => {
    const author = await requireAuthor(c)
    const story = await loadVisibleStory(c, c.req.valid('param').id, author.hash)
    assertOwner(author, story.authorHash)
    const edit = c.req.valid('json')
    const db = c.get('db')
    const partner = await partnerOfStory(db, story)
    const { policy } = await spaceWithPolicy(db, story.spaceSlug, partner)
    const country = posterCountry(c, edit.country)
    // Re-screen the whole post as it will read after the edit, from the author's own words.
    const prepared = preparePost(
      { title: edit.title ?? story.originalTitle ?? story.title, body: edit.body ?? story.originalBody ?? story.body, lang: story.lang, country },
      policy,
    )
    const updated = await updateStory(db, story.id, {
      ...storedFields(prepared),
      status: statusAfterEdit(story.status, prepared.status),
      ...(edit.contentWarnings ? { contentWarnings: edit.contentWarnings } : {}),
      editedAt: new Date(),
    })
    await queueForReview(db, c.env, postRef({ postType: 'story', postId: story.id, authorHash: author.hash }, story), prepared)
    await forgetStoryPages(c.req.url, [story.id])
    return c.json({ story: presentStory(updated, new URL(c.req.url).origin, author.hash), ...supportFor(prepared.decision, country, posterLocale(c), partner) })
  })

  .delete('/:id', validate('param', idParam), async (c) => {
    const author = await requireAuthor(c)
    const story = await loadVisibleStory(c, c.req.valid('param').id, author.hash)
    assertOwner(author, story.authorHash)
    await eraseStory(c.get('db'), story.id)
    await forgetStoryPages(c.req.url, [story.id])
    return c.json({ deleted: { id: story.id } })
  })

  .post('/:id/replies', validate('param', idParam), validate('json', newReplySchema), async (c) => {
    const input = c.req.valid('json')
    const storyId = c.req.valid('param').id
    const db = c.get('db')
    // The story and its space's policy are read in the same D1 round trip as the idempotency claim.
    return idempotent(c, `reply:${storyId}`, input, async ([found]) => {
      const story = visibleStory(found?.story)
      const partner = await partnerOfStory(db, story)
      const { policy } = withPolicy(found?.space, story.spaceSlug, partner)
      const author = await authorOrNew(c)
      const country = posterCountry(c, input.country)
      const prepared = preparePost({ body: input.body, lang: input.lang, country }, policy)
      const id = newId()
      const reply = newReplyRow({
        id,
        storyId: story.id,
        ...storedFields(prepared),
        authorHash: author.hash,
        authorName: await pseudonym(author.hash, story.id),
        byStoryAuthor: author.hash === story.authorHash,
      })
      const queued = queueNewPost(db, c.env, postRef({ postType: 'reply', postId: id, authorHash: author.hash }, story), prepared)
      const payload = {
        reply: presentReply(reply, author.hash),
        ...supportFor(prepared.decision, country, posterLocale(c), partner),
        ...(author.newKey ? { authorKey: author.newKey } : {}),
      }
      return { status: 201, payload, writes: [db.insert(replies).values(reply), ...queued.writes], after: queued.after }
    }, storyAndPolicyQuery(db, storyId))
  })

  .post('/:id/reactions', validate('param', idParam), validate('json', reactionSchema), async (c) => {
    const story = await loadVisibleStory(c, c.req.valid('param').id)
    const author = await authorOrNew(c)
    const added = await addReaction(c.get('db'), story.id, author.hash, c.req.valid('json').kind)
    const fresh = (await getStory(c.get('db'), story.id))!
    const payload = { added, reactions: reactionCounts(fresh), ...(author.newKey ? { authorKey: author.newKey } : {}) }
    return c.json(payload, added ? 201 : 200)
  })

  .delete('/:id/reactions/:kind', validate('param', reactionParam), async (c) => {
    const { id, kind } = c.req.valid('param')
    const author = await requireAuthor(c)
    const story = await loadVisibleStory(c, id)
    const removed = await removeReaction(c.get('db'), story.id, author.hash, kind)
    const fresh = (await getStory(c.get('db'), story.id))!
    return c.json({ removed, reactions: reactionCounts(fresh) })
  })
