/**
 * Equality that takes the same time wherever the first difference is, so comparing a
 * secret (a password hash, a CSRF token) leaks nothing through timing. Lengths are not
 * secret here (they are fixed by the format).
 */
export function constantTimeEqual(a: Uint8Array | string, b: Uint8Array | string): boolean {
  const x = typeof a === 'string' ? new TextEncoder().encode(a) : a
  const y = typeof b === 'string' ? new TextEncoder().encode(b) : b
  if (x.length !== y.length) return false
  let diff = 0
  for (let i = 0; i < x.length; i += 1) diff |= x[i]! ^ y[i]!
  return diff === 0
}
