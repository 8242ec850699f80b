import type { MiddlewareHandler } from 'hono'
import { sha256Hex, randomBytes, toHex } from '../lib/crypto'
import type { AppEnv } from './env'
import { ApiError } from './errors'

/**
 * Limits how fast one connection can write (stories, replies, reactions, edits). The
 * limiter sees only a hash of the address with a salt that changes every day (and is
 * random per isolate unless RATE_LIMIT_SECRET is set), so no address can be recovered
 * or linked across days. Requests without Cloudflare's address header (local tools,
 * tests) are not limited: in production every request has it. The browser tests, where
 * one machine writes dozens of posts a minute, run with WRITE_LIMIT_OFF=true.
 */
let isolateSalt: string | undefined

async function limiterKey(address: string, secret: string | undefined): Promise<string> {
  // Made on first use: Workers forbid random values at module load.
  isolateSalt ??= toHex(randomBytes(16))
  const day = new Date().toISOString().slice(0, 10)
  return sha256Hex(`${secret ?? isolateSalt}:${day}:${address}`)
}

export const limitWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  const address = c.req.header('CF-Connecting-IP')
  const limiter = c.env.WRITE_LIMITER
  const off = (c.env as { WRITE_LIMIT_OFF?: string }).WRITE_LIMIT_OFF === 'true'
  if (c.req.method !== 'GET' && address && limiter && !off) {
    const secret = (c.env as { RATE_LIMIT_SECRET?: string }).RATE_LIMIT_SECRET
    const { success } = await limiter.limit({ key: await limiterKey(address, secret) })
    if (!success) {
      throw new ApiError('rate_limited', 'You are posting very quickly. Your words are kept: wait a minute and try again.', undefined, { 'Retry-After': '60' })
    }
  }
  await next()
}
