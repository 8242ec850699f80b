import { Hono } from 'hono'
import { eraseReply, getReply, updateReply } from '../../../db/queries/replies'
import { getStory } from '../../../db/queries/stories'
import { partnerOfStory, posterCountry, posterLocale, spaceWithPolicy, statusAfterEdit } from '../../posting/context'
import { preparePost } from '../../posting/prepare'
import { postRef, queueForReview } from '../../posting/queue'
import { storedFields } from '../../posting/stored-fields'
import { supportFor } from '../../posting/support'
import { assertOwner, requireAuthor } from '../author'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { presentReply, visibleTo } from '../present'
import { idParam, replyEditSchema } from '../schemas'
import { validate } from '../validate'
import { forgetStoryPages } from '../../page-cache'

/** Replies are created under their story (POST /api/stories/:id/replies); here their author edits or deletes them. */
async function ownReply(c: Parameters<typeof requireAuthor>[0], id: string) {
  const author = await requireAuthor(c)
  const reply = await getReply(c.get('db'), id)
  // A held reply is hidden from everyone but its author, as a held story is: 404, not 403.
  if (!reply || !visibleTo(reply, author.hash)) throw new ApiError('reply_not_found', 'There is no reply with that id.')
  assertOwner(author, reply.authorHash)
  return { author, reply }
}

export const repliesRoutes = new Hono<AppEnv>()
  .patch('/:id', validate('param', idParam), validate('json', replyEditSchema), async (c) => {
    const { author, reply } = await ownReply(c, c.req.valid('param').id)
    const db = c.get('db')
    const edit = c.req.valid('json')
    const story = await getStory(db, reply.storyId)
    if (!story || story.status === 'deleted') throw new ApiError('story_gone', 'The story this reply belongs to was deleted.')
    const partner = await partnerOfStory(db, story)
    const { policy } = await spaceWithPolicy(db, story.spaceSlug, partner)
    const country = posterCountry(c, edit.country)
    const prepared = preparePost({ body: edit.body, lang: reply.lang, country }, policy)
    const updated = await updateReply(db, reply.id, {
      ...storedFields(prepared),
      status: statusAfterEdit(reply.status, prepared.status),
      editedAt: new Date(),
    })
    await queueForReview(db, c.env, postRef({ postType: 'reply', postId: reply.id, authorHash: author.hash }, story), prepared)
    await forgetStoryPages(c.req.url, [story.id])
    return c.json({ reply: presentReply(updated, author.hash), ...supportFor(prepared.decision, country, posterLocale(c), partner) })
  })

  .delete('/:id', validate('param', idParam), async (c) => {
    const { reply } = await ownReply(c, c.req.valid('param').id)
    await eraseReply(c.get('db'), reply.id)
    await forgetStoryPages(c.req.url, [reply.storyId])
    return c.json({ deleted: { id: reply.id } })
  })
