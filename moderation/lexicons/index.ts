// Registry of lexicons. To add a language: write lexicons/xx.ts exporting a Lexicon,
// add 'xx' to the Lang type in ../types.ts and list it here.
import { de } from './de'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import { pt } from './pt'
import type { Lexicon } from './types'

export const LEXICONS: Lexicon[] = [en, es, fr, de, pt]
