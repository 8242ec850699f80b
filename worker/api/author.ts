import type { Context } from 'hono'
import { hashAuthorKey, isAuthorKey, newAuthorKey } from '../lib/author-key'
import type { AppEnv } from './env'
import { ApiError } from './errors'

export const AUTHOR_KEY_HEADER = 'X-Author-Key'

export type Author = { hash: string; newKey?: string }

/** The author behind this request, if it carries a key. A malformed key is an error, not "anonymous". */
export async function optionalAuthor(c: Context<AppEnv>): Promise<Author | null> {
  const key = c.req.header(AUTHOR_KEY_HEADER)
  if (key === undefined || key === '') return null
  if (!isAuthorKey(key)) throw new ApiError('invalid_author_key', 'That author key is not valid. Check that it was copied whole.')
  return { hash: await hashAuthorKey(key) }
}

export async function requireAuthor(c: Context<AppEnv>): Promise<Author> {
  const author = await optionalAuthor(c)
  if (!author) throw new ApiError('missing_author_key', `Send your author key in the ${AUTHOR_KEY_HEADER} header.`)
  return author
}

/** The request's author, or a brand-new one whose key is returned once to the browser. */
export async function authorOrNew(c: Context<AppEnv>): Promise<Author> {
  const author = await optionalAuthor(c)
  if (author) return author
  const newKey = newAuthorKey()
  return { hash: await hashAuthorKey(newKey), newKey }
}

/** Only the holder of the key that wrote a post may change it. */
export function assertOwner(author: Author, authorHash: string): void {
  if (author.hash !== authorHash) throw new ApiError('forbidden', 'Only the author of this post can do that, with their author key.')
}
