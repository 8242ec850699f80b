import { Hono } from 'hono'
import { getSpace } from '../../../db/queries/spaces'
import { eraseStory, getStory, getStoryWithReplies, insertStory, listStories, updateStory } from '../../../db/queries/stories'
import { insertReply } from '../../../db/queries/replies'
import { addReaction, removeReaction } from '../../../db/queries/reactions'
import { pseudonym } from '../../lib/author-key'
import { newId } from '../../lib/ids'
import { preparePost } from '../../posting/prepare'
import { assertOwner, authorOrNew, optionalAuthor, requireAuthor } from '../author'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { idempotent } from '../idempotency'
import { presentReply, presentStory, visibleTo } from '../present'
import { idParam, listQuery, newReplySchema, newStorySchema, reactionParam, reactionSchema, storyEditSchema } from '../schemas'
import { validate } from '../validate'
import { writtenThrough } from '../written-through'

/** A story the viewer may see, or the error that explains why not. */
async function loadVisibleStory(c: Parameters<typeof optionalAuthor>[0], id: string, viewerHash?: string) {
  const story = await getStory(c.get('db'), id)
  if (!story) throw new ApiError('story_not_found', 'There is no story with that id.')
  if (story.status === 'deleted') throw new ApiError('story_gone', 'Its author deleted this story.')
  if (!visibleTo(story, viewerHash)) throw new ApiError('story_not_found', 'There is no story with that id.')
  return story
}

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
    return idempotent(c, 'story', input, async () => {
      const db = c.get('db')
      if (!(await getSpace(db, input.space))) throw new ApiError('space_not_found', `There is no space called "${input.space}".`)
      const author = await authorOrNew(c)
      const partner = await writtenThrough(c)
      const id = newId()
      const prepared = preparePost({ title: input.title, body: input.body })
      const story = await insertStory(db, {
        id,
        spaceSlug: input.space,
        title: prepared.title ?? input.title,
        body: prepared.body,
        bodyHtml: prepared.bodyHtml,
        status: prepared.status,
        contentWarnings: input.contentWarnings,
        lang: input.lang ?? 'en',
        partnerSlug: partner?.slug ?? null,
        authorHash: author.hash,
        authorName: await pseudonym(author.hash, id),
      })
      const payload = { story: presentStory(story, new URL(c.req.url).origin, author.hash), ...(author.newKey ? { authorKey: author.newKey } : {}) }
      return { status: 201, payload }
    })
  })

  .get('/:id', validate('param', idParam), async (c) => {
    const viewer = await optionalAuthor(c)
    const found = await getStoryWithReplies(c.get('db'), c.req.valid('param').id)
    if (!found) throw new ApiError('story_not_found', 'There is no story with that id.')
    if (found.story.status === 'deleted') throw new ApiError('story_gone', 'Its author deleted this story.')
    if (!visibleTo(found.story, viewer?.hash)) throw new ApiError('story_not_found', 'There is no story with that id.')
    return c.json({
      story: presentStory(found.story, new URL(c.req.url).origin, viewer?.hash),
      replies: found.replies.filter((r) => visibleTo(r, viewer?.hash)).map((r) => presentReply(r, viewer?.hash)),
    })
  })

  .patch('/:id', validate('param', idParam), validate('json', storyEditSchema), async (c) => {
    const author = await requireAuthor(c)
    const story = await loadVisibleStory(c, c.req.valid('param').id, author.hash)
    assertOwner(author, story.authorHash)
    const edit = c.req.valid('json')
    const prepared = edit.body !== undefined || edit.title !== undefined ? preparePost({ title: edit.title ?? story.title, body: edit.body ?? story.body }) : null
    const updated = await updateStory(c.get('db'), story.id, {
      ...(prepared ? { title: prepared.title, body: prepared.body, bodyHtml: prepared.bodyHtml, status: prepared.status } : {}),
      ...(edit.contentWarnings ? { contentWarnings: edit.contentWarnings } : {}),
      editedAt: new Date(),
    })
    return c.json({ story: presentStory(updated, new URL(c.req.url).origin, author.hash) })
  })

  .delete('/:id', validate('param', idParam), async (c) => {
    const author = await requireAuthor(c)
    const story = await loadVisibleStory(c, c.req.valid('param').id, author.hash)
    assertOwner(author, story.authorHash)
    await eraseStory(c.get('db'), story.id)
    return c.json({ deleted: { id: story.id } })
  })

  .post('/:id/replies', validate('param', idParam), validate('json', newReplySchema), async (c) => {
    const input = c.req.valid('json')
    const storyId = c.req.valid('param').id
    return idempotent(c, `reply:${storyId}`, input, async () => {
      const story = await loadVisibleStory(c, storyId)
      const author = await authorOrNew(c)
      const prepared = preparePost({ body: input.body })
      const reply = await insertReply(c.get('db'), {
        id: newId(),
        storyId: story.id,
        body: prepared.body,
        bodyHtml: prepared.bodyHtml,
        status: prepared.status,
        lang: input.lang ?? 'en',
        authorHash: author.hash,
        authorName: await pseudonym(author.hash, story.id),
        byStoryAuthor: author.hash === story.authorHash,
      })
      return { status: 201, payload: { reply: presentReply(reply, author.hash), ...(author.newKey ? { authorKey: author.newKey } : {}) } }
    })
  })

  .post('/:id/reactions', validate('param', idParam), validate('json', reactionSchema), async (c) => {
    const story = await loadVisibleStory(c, c.req.valid('param').id)
    const author = await authorOrNew(c)
    const added = await addReaction(c.get('db'), story.id, author.hash, c.req.valid('json').kind)
    const fresh = (await getStory(c.get('db'), story.id))!
    const payload = { added, reactions: presentStory(fresh, '').reactions, ...(author.newKey ? { authorKey: author.newKey } : {}) }
    return c.json(payload, added ? 201 : 200)
  })

  .delete('/:id/reactions/:kind', validate('param', reactionParam), async (c) => {
    const { id, kind } = c.req.valid('param')
    const author = await requireAuthor(c)
    const story = await loadVisibleStory(c, id)
    const removed = await removeReaction(c.get('db'), story.id, author.hash, kind)
    const fresh = (await getStory(c.get('db'), story.id))!
    return c.json({ removed, reactions: presentStory(fresh, '').reactions })
  })
