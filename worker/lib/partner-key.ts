import { randomBytes, sha256Hex, toBase64Url } from './crypto'

/**
 * Partner API keys: `pk_` and 256 random bits. Only the SHA-256 hash is stored (as for
 * author keys, the entropy makes a plain hash safe); the key itself is shown once, by
 * `npm run partner:create` or the admin page, and never again.
 */
const PREFIX = 'pk_'
const KEY_PATTERN = /^pk_[A-Za-z0-9_-]{43}$/

export function newPartnerKey(): string {
  return PREFIX + toBase64Url(randomBytes(32))
}

export const isPartnerKey = (value: string | undefined | null): value is string => !!value && KEY_PATTERN.test(value)

export const hashPartnerKey = (key: string): Promise<string> => sha256Hex(`lantern:partner:${key}`)
