/** Small WebCrypto helpers shared by author keys and idempotency records. */

const encoder = new TextEncoder()

// Each byte's two hex digits, looked up: formatting them per byte (Array.from, padStart,
// join) was a visible part of a story create's CPU, which hashes several times.
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const u = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  let out = ''
  for (let i = 0; i < u.length; i++) out += HEX[u[i]!]
  return out
}

export const toBase64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')

export const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (ch) => ch.charCodeAt(0))

export async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length))
}

/** AES-GCM key derived from a client-held secret, so stored ciphertext is useless without it. */
async function keyFrom(secret: string): Promise<CryptoKey> {
  const material = await crypto.subtle.digest('SHA-256', encoder.encode(`lantern:aead:${secret}`))
  return crypto.subtle.importKey('raw', material, 'AES-GCM', false, ['encrypt', 'decrypt'])
}

export async function seal(secret: string, plaintext: string): Promise<{ iv: string; ciphertext: string }> {
  const iv = randomBytes(12)
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await keyFrom(secret), encoder.encode(plaintext))
  return { iv: toBase64Url(iv), ciphertext: toBase64Url(new Uint8Array(sealed)) }
}

export async function open(secret: string, sealed: { iv: string; ciphertext: string }): Promise<string> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64Url(sealed.iv) },
    await keyFrom(secret),
    fromBase64Url(sealed.ciphertext),
  )
  return new TextDecoder().decode(plain)
}
