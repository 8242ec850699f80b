import { randomBytes } from './crypto'

// Crockford base32: no look-alike letters, safe in URLs, easy to read aloud to a moderator.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'

/** A random public id, e.g. `k3m9x2q7d1ab` (60 bits: unguessable enough for public posts). */
export function newId(length = 12): string {
  const bytes = randomBytes(length)
  let id = ''
  for (let i = 0; i < length; i++) id += ALPHABET[bytes[i]! & 31]
  return id
}
