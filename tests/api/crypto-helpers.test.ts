// The hashing helpers every author key, pseudonym and idempotency record goes through.
import { describe, expect, it } from 'vitest'
import { sha256Hex, toHex } from '../../worker/lib/crypto'
import { newId } from '../../worker/lib/ids'

describe('crypto helpers', () => {
  it('writes bytes as two lower-case hex digits each, leading zeros kept', () => {
    expect(toHex(new Uint8Array([0, 1, 15, 16, 171, 255]))).toBe('00010f10abff')
    expect(toHex(new Uint8Array([0, 255]).buffer)).toBe('00ff')
    expect(toHex(new Uint8Array(0))).toBe('')
  })

  it('hashes to the published SHA-256 test vector', async () => {
    // FIPS 180-2, appendix B.1: SHA-256("abc").
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('makes public ids of the asked length from the Crockford alphabet, each new', () => {
    const ids = Array.from({ length: 200 }, () => newId())
    for (const id of ids) expect(id).toMatch(/^[0-9a-hjkmnp-tv-z]{12}$/)
    expect(new Set(ids).size).toBe(ids.length)
    expect(newId(20)).toHaveLength(20)
  })
})
