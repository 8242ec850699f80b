// Small stopword-based language detector over the canonical text, with a few characters
// that only one of the five languages uses as tie-breakers. Default: English.
import { STOPWORDS } from './bank'
import type { Segments } from './segment'
import type { Lang } from './types'

// One map word → bit mask of languages, built once, keyed by wordCode: a token is looked up
// without cutting a string out of the post. Tokens longer than 7 characters are not looked up
// (a longer stopword's code, 37^7 or more, can equal none of those looked up), nor can a
// stopword with other characters than a-z and 0-9 ever equal a token.
let WORDS: Map<number, number> | undefined
function words(): Map<number, number> {
  if (WORDS) return WORDS
  WORDS = new Map()
  LANGS.forEach((l, i) => {
    for (const w of STOPWORDS[l]) {
      const code = wordCode(w, 0, w.length)
      if (code >= 0) WORDS!.set(code, (WORDS!.get(code) ?? 0) | (1 << i))
    }
  })
  return WORDS
}

/** text[a, b) as a number, base 37 (a-z 1..26, 0-9 27..36; distinct across lengths), or -1. */
function wordCode(text: string, a: number, b: number): number {
  let code = 0
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i)
    const v = c >= 97 && c <= 122 ? c - 96 : c >= 48 && c <= 57 ? c - 21 : -1
    if (v < 0) return -1
    code = code * 37 + v
  }
  return code
}

const LANGS: Lang[] = ['en', 'es', 'fr', 'de', 'pt']
// Characters and spellings of one language, and the part of the cue that can match plain
// ASCII text, which ASCII posts scan instead (the Spanish and Portuguese cues have none, so
// ASCII posts skip them; an accented letter never matches an ASCII one, even with /i).
const CUES: Array<[Lang, RegExp, RegExp?]> = [
  ['es', /[ñ¿¡]|ción\b/gi],
  ['pt', /[ãõ]|ção\b|ções\b/gi],
  ['fr', /[èêëœç]|\b(?:c'|j'|l'|d'|qu')/gi, /\b(?:c'|j'|l'|d'|qu')/gi],
  ['de', /[äöüß]|\bsch/gi, /\bsch/gi],
]
const NOT_ASCII = /[^\x00-\x7f]/

/** Detected language plus the set of languages with real evidence (bit mask, see bank.ts). */
export function detectLangs(seg: Segments, original: string): { lang: Lang; mask: number } {
  const score: Record<Lang, number> = { en: 0, es: 0, fr: 0, de: 0, pt: 0 }
  const text = seg.text
  const map = words()
  for (let t = 0; t < seg.ntok && t < 120; t++) {
    const a = seg.tok[2 * t]!
    const b = seg.tok[2 * t + 1]!
    if (b - a > 7) continue
    const mask = map.get(wordCode(text, a, b))
    if (mask) for (let i = 0; i < LANGS.length; i++) if (mask & (1 << i)) score[LANGS[i]!] += 1
  }
  const sample = original.length > 4000 ? original.slice(0, 4000) : original
  const ascii = !NOT_ASCII.test(sample)
  for (const [l, cue, asciiCue] of CUES) {
    const re = ascii ? asciiCue : cue
    if (!re) continue
    // Up to four hits count; no need to find the rest.
    let hits = 0
    re.lastIndex = 0
    while (hits < 4 && re.exec(sample) !== null) hits++
    score[l] += hits * 0.6
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

export const SUPPORTED_LANGS: readonly Lang[] = LANGS
