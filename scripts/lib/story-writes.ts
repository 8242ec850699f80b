/**
 * Valid story posts for measuring writes, shaped as the composer sends them
 * (worker/api/schemas.ts newStorySchema): an existing author key and a fresh Idempotency-Key,
 * so each request is a new story that goes through the whole posting flow (validation,
 * screening, policy, insert, queue).
 */
import { randomUUID } from 'node:crypto'

const SPACES = ['anxiety', 'depression', 'grief', 'recovery']
const BODY =
  "Most days lately feel heavy, but today I managed a short walk and called my brother. My therapist says to notice small things, so: " +
  'the bakery smelled of cinnamon, a dog wagged at me, and I slept five hours instead of three. Writing it here so I remember that a day ' +
  'can be hard and still have good minutes in it. Does anyone else keep a list like this? What goes on yours?'

export const storyBody = (i: number) => JSON.stringify({ space: SPACES[i % SPACES.length], title: `Small good things, day ${i}`, body: BODY, contentWarnings: [] })

export const storyHeaders = (authorKey: string) => ({ 'Content-Type': 'application/json', 'X-Author-Key': authorKey, 'Idempotency-Key': randomUUID() })

/** Posts one story without a key and returns the author key the server issues. */
export async function newAuthorKey(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/stories`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: storyBody(0) })
  const body = (await res.json()) as { authorKey?: string }
  if (res.status !== 201 || !body.authorKey) throw new Error(`could not create an author: ${res.status} ${JSON.stringify(body)}`)
  return body.authorKey
}
