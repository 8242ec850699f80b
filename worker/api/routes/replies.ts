import { Hono } from 'hono'
import { eraseReply, getReply, updateReply } from '../../../db/queries/replies'
import { preparePost } from '../../posting/prepare'
import { assertOwner, requireAuthor } from '../author'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { presentReply } from '../present'
import { idParam, replyEditSchema } from '../schemas'
import { validate } from '../validate'

/** Replies are created under their story (POST /api/stories/:id/replies); here their author edits or deletes them. */
async function ownReply(c: Parameters<typeof requireAuthor>[0], id: string) {
  const author = await requireAuthor(c)
  const reply = await getReply(c.get('db'), id)
  if (!reply || reply.status === 'deleted') throw new ApiError('reply_not_found', 'There is no reply with that id.')
  assertOwner(author, reply.authorHash)
  return { author, reply }
}

export const repliesRoutes = new Hono<AppEnv>()
  .patch('/:id', validate('param', idParam), validate('json', replyEditSchema), async (c) => {
    const { author, reply } = await ownReply(c, c.req.valid('param').id)
    const prepared = preparePost({ body: c.req.valid('json').body })
    const updated = await updateReply(c.get('db'), reply.id, {
      body: prepared.body,
      bodyHtml: prepared.bodyHtml,
      status: prepared.status,
      editedAt: new Date(),
    })
    return c.json({ reply: presentReply(updated, author.hash) })
  })

  .delete('/:id', validate('param', idParam), async (c) => {
    const { reply } = await ownReply(c, c.req.valid('param').id)
    await eraseReply(c.get('db'), reply.id)
    return c.json({ deleted: { id: reply.id } })
  })
