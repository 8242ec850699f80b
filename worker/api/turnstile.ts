import type { Context } from 'hono'
import type { AppEnv } from './env'
import { ApiError } from './errors'

/**
 * Cloudflare Turnstile on the composer, only when the operator sets TURNSTILE_SITE_KEY
 * (wrangler.toml) and the TURNSTILE_SECRET_KEY secret; off by default, and everything works
 * without it. The browser sends the widget's token in this header; we check it with
 * Cloudflare once per post (a replayed retry is not checked again: its token was spent).
 * The poster's address is never sent along (siteverify's `remoteip` is optional).
 */
export const TURNSTILE_HEADER = 'X-Turnstile-Token'
const SITEVERIFY = 'https://challenges.cloudflare.com/turnstile/v0/siteverify'

type TurnstileEnv = { TURNSTILE_SECRET_KEY?: string; TURNSTILE_VERIFY_URL?: string }

export async function requireHuman(c: Context<AppEnv>): Promise<void> {
  const env = c.env as TurnstileEnv
  if (!env.TURNSTILE_SECRET_KEY) return
  const token = c.req.header(TURNSTILE_HEADER)
  if (!token) throw new ApiError('challenge_failed', 'Please complete the short check above the Post button, then post again. Your words are kept.')
  let outcome: { success?: boolean; 'error-codes'?: string[] } | null
  try {
    const res = await fetch(env.TURNSTILE_VERIFY_URL || SITEVERIFY, { method: 'POST', body: new URLSearchParams({ secret: env.TURNSTILE_SECRET_KEY, response: token }) })
    outcome = await res.json()
  } catch {
    throw new ApiError('unavailable', 'We could not check that you are a person just now. Your words are kept: try again in a few seconds.', undefined, { 'Retry-After': '5' })
  }
  if (!outcome?.success) {
    const expired = outcome?.['error-codes']?.includes('timeout-or-duplicate')
    throw new ApiError('challenge_failed', expired ? 'The check above the Post button expired. Complete it again, then post. Your words are kept.' : 'The check above the Post button did not pass. Try it again, then post. Your words are kept.')
  }
}
