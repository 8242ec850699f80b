// Registry of lexicons. To add a language: write lexicons/xx.ts exporting a Lexicon,
// add 'xx' to the Lang type in ../types.ts and list it here.
// Imported in this order, not alphabetically: the order the bundle lays the lexicons out in
// decides how much gzip finds to share between them. This one, the best of the 120, is 0.8 KB
// smaller than the alphabetical one; the worst is 1.7 KB larger than it.
import { de } from './de'
import { fr } from './fr'
import { pt } from './pt'
import { es } from './es'
import { en } from './en'
import type { Lexicon } from './types'

// Entries are written without their language ("family.at-peace"); the id they report, and
// moderators see, is "en.family.at-peace". Written once here rather than in ~640 entries,
// which kept 0.3 KB of the library's 120 KB budget.
function qualified(lex: Lexicon): Lexicon {
  for (const rule of [...lex.crisis, ...lex.method, ...lex.stigma]) rule.id = `${lex.lang}.${rule.id}`
  return lex
}

export const LEXICONS: Lexicon[] = [en, es, fr, de, pt].map(qualified)
