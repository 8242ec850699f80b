// Per lexicon entry, one record of REC int32s for findAll's hot loop (bank.ts), so that a
// word's hits read one cache line each rather than one per array (that loop's main cost):
// whether it is tried in place at its key word (c.sticky) and its defer kind, both fixed; the
// post and the place (token start if sticky, else sentence) it was last queued for; the post
// that last computed its prefilter, and the sentences (bits s % 31) that passed it. Its
// language bit is KeyIndex's, which filters before the record is read.
import type { Lang } from './types'

export const REC = 8 // 32 bytes (two spare): two records per cache line, none straddling one
export const STICKY = 0
export const SEEN_POST = 1
export const SEEN_AT = 2
export const PASS_POST = 3
export const PASS_MASK = 4
export const DEFER = 5

/** One bit per language, for the masks of languages a post runs (bank.ts findAll). */
export const LANG_BITS: Record<Lang, number> = { en: 1, es: 2, fr: 4, de: 8, pt: 16 }

let rec = new Int32Array(0)

/** The records of `entries`, grown (fixed fields filled in) when entries were added since. */
export function records(entries: ReadonlyArray<{ c: { sticky: boolean }; defer: number }>): Int32Array {
  if (rec.length === entries.length * REC) return rec
  const grown = new Int32Array(entries.length * REC)
  grown.set(rec)
  for (let id = rec.length / REC; id < entries.length; id++) {
    grown[id * REC + STICKY] = entries[id]!.c.sticky ? 1 : 0
    grown[id * REC + DEFER] = entries[id]!.defer
  }
  return (rec = grown)
}
