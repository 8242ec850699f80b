import { SELF } from 'cloudflare:test'

/** Small client for API tests: JSON in, status and JSON out, through the real Worker. */
export const ORIGIN = 'https://lantern.test'

export type Json = Record<string, any>

export async function call(
  method: string,
  path: string,
  opts: { body?: unknown; rawBody?: string; key?: string; headers?: Record<string, string>; via?: (request: Request) => Promise<Response> } = {},
): Promise<{ status: number; body: Json; headers: Headers }> {
  const headers: Record<string, string> = { ...opts.headers }
  if (opts.body !== undefined || opts.rawBody !== undefined) headers['Content-Type'] ??= 'application/json'
  if (opts.key) headers['X-Author-Key'] = opts.key
  const request = new Request(ORIGIN + path, {
    method,
    headers,
    body: opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  })
  // `via`: a Worker built by the test with its own env; otherwise the Worker under test.
  const res = await (opts.via ?? ((r: Request) => SELF.fetch(r)))(request)
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : {}, headers: res.headers }
}

let counter = 0
/** Posts a story and returns it with the author key the server handed back. */
export async function postStory(overrides: Json = {}, key?: string) {
  counter += 1
  const res = await call('POST', '/api/stories', {
    key,
    body: {
      space: 'anxiety',
      title: `A small win ${counter}`,
      body: 'Today I went to the shop on my own for the first time in months.',
      contentWarnings: [],
      ...overrides,
    },
  })
  if (res.status !== 201) throw new Error(`postStory failed: ${res.status} ${JSON.stringify(res.body)}`)
  return { story: res.body.story as Json, key: (res.body.authorKey as string | undefined) ?? key! }
}
