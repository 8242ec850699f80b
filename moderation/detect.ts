// Small stopword-based language detector over the canonical text, with a few characters
// that only one of the five languages uses as tie-breakers. Default: English.
import { STOPWORDS } from './bank'

// One map word → bit mask of languages, built once.
let WORDS: Map<string, number> | undefined
function words(): Map<string, number> {
  if (WORDS) return WORDS
  WORDS = new Map()
  LANGS.forEach((l, i) => { for (const w of STOPWORDS[l]) WORDS!.set(w, (WORDS!.get(w) ?? 0) | (1 << i)) })
  return WORDS
}
import type { Segments } from './segment'
import type { Lang } from './types'

const LANGS: Lang[] = ['en', 'es', 'fr', 'de', 'pt']
const CUES: Array<[Lang, RegExp]> = [
  ['es', /[ñ¿¡]|ción\b/gi],
  ['pt', /[ãõ]|ção\b|ções\b/gi],
  ['fr', /[èêëœç]|\b(?:c'|j'|l'|d'|qu')/gi],
  ['de', /[äöüß]|\b(?:sch)/gi],
]

/** Detected language plus the set of languages with real evidence (bit mask, see bank.ts). */
export function detectLangs(seg: Segments, original: string): { lang: Lang; mask: number } {
  const score: Record<Lang, number> = { en: 0, es: 0, fr: 0, de: 0, pt: 0 }
  const text = seg.text
  const map = words()
  for (let t = 0; t < seg.ntok && t < 120; t++) {
    const a = seg.tok[2 * t]!
    const b = seg.tok[2 * t + 1]!
    if (b - a > 7) continue
    const mask = map.get(text.slice(a, b))
    if (mask) LANGS.forEach((l, i) => { if (mask & (1 << i)) score[l] += 1 })
  }
  const sample = original.length > 4000 ? original.slice(0, 4000) : original
  for (const [l, re] of CUES) {
    const hits = sample.match(re)
    if (hits) score[l] += Math.min(hits.length, 4) * 0.6
  }
  let best: Lang = 'en'
  for (const l of LANGS) if (score[l] > score[best]) best = l
  const lang = score[best] > 0 ? best : 'en'
  // Posts with no evidence at all are checked against every language; short or weakly
  // evidenced ones against every language with any evidence; long ones against English (slang
  // travels) and each language with a fair share of the evidence.
  if (score[best] === 0) return { lang, mask: 31 }
  const short = seg.ntok < 25 || score[best] < 4
  let mask = 1
  LANGS.forEach((l, i) => {
    if (l === lang || (short ? score[l] > 0 : score[l] >= Math.max(2, score[best] * 0.3))) mask |= 1 << i
  })
  return { lang, mask }
}

export function detectLang(seg: Segments, original: string): Lang {
  return detectLangs(seg, original).lang
}

export const SUPPORTED_LANGS: readonly Lang[] = LANGS
