import { fromBase64Url, randomBytes, toBase64Url } from '../lib/crypto'
import { constantTimeEqual } from './constant-time'

/**
 * Moderator passwords: PBKDF2-SHA256 through WebCrypto, so the Worker and the admin CLI
 * (Node's globalThis.crypto) hash the same way. Cloudflare Workers refuse more than
 * 100,000 PBKDF2 iterations, so that is both the floor asked for and the ceiling allowed.
 * Stored as "pbkdf2$<iterations>$<salt b64url>$<hash b64url>", so the cost can change later
 * without invalidating existing hashes.
 */
export const PBKDF2_ITERATIONS = 100_000
const SALT_BYTES = 16
const HASH_BITS = 256

export const PASSWORD_MIN_LENGTH = 12

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFKC')), 'PBKDF2', false, ['deriveBits'])
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS))
}

/** @example await hashPassword('correct horse battery') // "pbkdf2$100000$…$…" */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const hash = await derive(password, salt, PBKDF2_ITERATIONS)
  return `pbkdf2$${PBKDF2_ITERATIONS}$${toBase64Url(salt)}$${toBase64Url(hash)}`
}

/** Compares in constant time; a malformed stored value never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterationsText, saltText, hashText] = stored.split('$')
  const iterations = Number(iterationsText)
  if (scheme !== 'pbkdf2' || !saltText || !hashText || !Number.isInteger(iterations) || iterations < 1 || iterations > PBKDF2_ITERATIONS) return false
  const actual = await derive(password, fromBase64Url(saltText), iterations)
  return constantTimeEqual(actual, fromBase64Url(hashText))
}

/**
 * A hash of a random password nobody knows: checking a sign-in for an unknown handle
 * against it takes as long as for a real one, so timing does not reveal which handles exist.
 */
let decoy: Promise<string> | undefined
export const decoyPasswordHash = () => (decoy ??= hashPassword(toBase64Url(randomBytes(18))))

/** A password to print once (admin CLI): 24 base64url characters, 144 bits. */
export const generatePassword = () => toBase64Url(randomBytes(18))
