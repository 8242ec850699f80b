/**
 * A signed-in moderator for the bench, made the way an operator would: `npm run admin:create`
 * against the bench's state folder, then sign-in through the API. Plus a few held posts, so
 * the queue the bench lists is not empty.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { storyHeaders } from '../scripts/lib/story-writes'

const HANDLE = 'bench-moderator'
const PASSWORD = 'bench night shift passphrase'

const WORRYING = [
  'I do not want to be here anymore and I am so tired of everything.',
  'I have been thinking about ending it all, nothing is getting better.',
  'I feel hopeless every day and I do not see the point of going on.',
]

/** Returns the Cookie header of a moderator session on `baseUrl`. */
export async function moderatorCookie(baseUrl: string, state: string, authorKey: string): Promise<string> {
  // Asynchronous, so fetch keeps noticing the server closing idle sockets meanwhile (bench/sizes.ts).
  await promisify(execFile)('npx', ['tsx', 'scripts/admin-create.ts', '--handle', HANDLE, '--password', PASSWORD, '--role', 'moderator', '--persist-to', state])
  for (let i = 0; i < 12; i++) {
    const body = JSON.stringify({ space: 'depression', title: `Tonight ${i}`, body: WORRYING[i % WORRYING.length] })
    const res = await fetch(`${baseUrl}/api/stories`, { method: 'POST', headers: storyHeaders(authorKey), body })
    if (res.status !== 201) throw new Error(`could not post a worrying story: ${res.status} ${await res.text()}`)
  }
  const res = await fetch(`${baseUrl}/api/mod/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ handle: HANDLE, password: PASSWORD }) })
  const cookie = /__Host-lantern_mod=([^;]*)/.exec(res.headers.get('Set-Cookie') ?? '')?.[1]
  if (res.status !== 200 || !cookie) throw new Error(`moderator sign-in failed: ${res.status} ${await res.text()}`)
  const queue = (await (await fetch(`${baseUrl}/api/mod/queue`, { headers: { Cookie: `__Host-lantern_mod=${cookie}` } })).json()) as { items?: unknown[] }
  if (!queue.items?.length) throw new Error(`the moderator queue is empty: ${JSON.stringify(queue).slice(0, 300)}`)
  return `__Host-lantern_mod=${cookie}`
}
