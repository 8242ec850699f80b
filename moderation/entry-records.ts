// Per lexicon entry, one record of REC int32s for findAll's hot loop (bank.ts), so that a
// word's hits read one cache line each rather than one per array (that loop's main cost), and
// 16 bytes each so that the entries of a post's words share fewer lines: the post that last
// saw it, and for that post the place (token start if sticky, else sentence) it was last
// queued for and the sentences (bits s % 31) that passed its prefilter; then INFO, whether it
// is tried in place at its key word (c.sticky, bit 0) and its defer kind (bits 1-2), both fixed,
// and above those 1 + the offset of its prefilter clauses (bank.ts), 0 until first needed.
// Its language bit is KeyIndex's, which filters before the record is read.
import type { Lang } from './types'

export const REC = 4
export const POST = 0
export const AT = 1
export const MASK = 2
export const INFO = 3

/** One bit per language, for the masks of languages a post runs (bank.ts findAll). */
export const LANG_BITS: Record<Lang, number> = { en: 1, es: 2, fr: 4, de: 8, pt: 16 }

let rec = new Int32Array(0)

/** The records of `entries`, grown (fixed fields filled in) when entries were added since. */
export function records(entries: ReadonlyArray<{ c: { sticky: boolean }; defer: number }>): Int32Array {
  if (rec.length === entries.length * REC) return rec
  const grown = new Int32Array(entries.length * REC)
  grown.set(rec)
  for (let id = rec.length / REC; id < entries.length; id++) grown[id * REC + INFO] = (entries[id]!.c.sticky ? 1 : 0) | (entries[id]!.defer << 1)
  return (rec = grown)
}
