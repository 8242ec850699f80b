import type { Context, MiddlewareHandler } from 'hono'
import { forgetSaltsBefore, saltOfDay } from '../../db/queries/abuse-salts'
import type { Database } from '../../db/client'
import { randomBytes, toHex } from '../lib/crypto'
import { AUTHOR_KEY_HEADER } from './author'
import type { AppEnv } from './env'
import { ApiError } from './errors'

/**
 * Abuse limits, through Cloudflare's rate-limit bindings (wrangler.toml [[ratelimits]]):
 * per connecting address and per author key on every write, per address on moderator
 * sign-in. The limiter never sees an address or a key: only an HMAC of it under the day's
 * salt (db/queries/abuse-salts.ts), which the daily cron forgets, so nothing it holds can
 * be traced back or linked across days, and no table stores anything derived from it.
 * Requests without Cloudflare's address header (local tools) are limited by key only.
 * WRITE_LIMIT_OFF=true turns every limit off (browser tests: one machine writes dozens of
 * posts a minute).
 */
type LimiterName = 'WRITE_LIMITER' | 'AUTHOR_LIMITER' | 'SIGN_IN_LIMITER'
type Subject = { limiter: LimiterName; kind: 'address' | 'author'; of: (c: Context) => string | undefined }

const today = (now = new Date()) => now.toISOString().slice(0, 10)

let cached: { day: string; key: Promise<CryptoKey> } | undefined

/** The HMAC key of the day, read (or made) once per isolate per day. */
function dayKey(db: Database): Promise<CryptoKey> {
  const day = today()
  if (cached?.day !== day) {
    const key = saltOfDay(db, day, toHex(randomBytes(32))).then((salt) =>
      crypto.subtle.importKey('raw', new TextEncoder().encode(salt), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
    )
    // A failed read is not cached: the next request tries again.
    key.catch(() => { if (cached?.key === key) cached = undefined })
    cached = { day, key }
  }
  return cached.key
}

async function keyedHash(db: Database, text: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await dayKey(db), new TextEncoder().encode(text))
  return toHex(mac)
}

const SLOW_DOWN = {
  address: 'Too many posts from this connection in a minute. Your words are kept: wait a minute and try again.',
  author: 'You are posting very quickly. Your words are kept: wait a minute and try again.',
}

/** Throws 429 when one of the subjects has used up its minute. */
async function enforce<E extends AppEnv>(c: Context<E>, subjects: Subject[]): Promise<void> {
  if (c.req.method === 'GET' || c.env.WRITE_LIMIT_OFF === 'true') return
  for (const { limiter, kind, of } of subjects) {
    const value = of(c)
    const binding = c.env[limiter]
    if (!value || !binding) continue
    const { success } = await binding.limit({ key: await keyedHash(c.get('db'), `${kind}:${value}`) })
    if (!success) throw new ApiError('rate_limited', SLOW_DOWN[kind], undefined, { 'Retry-After': '60' })
  }
}

const address: Subject['of'] = (c) => c.req.header('CF-Connecting-IP')
const authorKey: Subject['of'] = (c) => c.req.header(AUTHOR_KEY_HEADER)

/** Posting, replies, reactions, edits, reports and appeals. */
export const limitWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  await enforce(c, [
    { limiter: 'WRITE_LIMITER', kind: 'address', of: address },
    { limiter: 'AUTHOR_LIMITER', kind: 'author', of: authorKey },
  ])
  await next()
}

/**
 * Moderator sign-in, on top of the per-handle lockout (mod-auth/sign-in.ts). Called by the
 * sign-in routes themselves, so the plain HTML form can send the person back with a message.
 */
export const enforceSignInLimit = <E extends AppEnv>(c: Context<E>) => enforce(c, [{ limiter: 'SIGN_IN_LIMITER', kind: 'address', of: address }])

/** The daily cron: make today's salt and forget older ones. */
export async function rotateAbuseSalt(db: Database, now = new Date()): Promise<void> {
  await saltOfDay(db, today(now), toHex(randomBytes(32)))
  await forgetSaltsBefore(db, today(now))
}
