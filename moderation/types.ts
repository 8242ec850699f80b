// Public types of the moderation library. Kept free of any runtime import so that the
// browser composer can import types without pulling in lexicons.

export type CrisisLevel = 'none' | 'concern' | 'high' | 'imminent'
export type Subject = 'self' | 'other' | 'none'
export type PiiKind = 'phone' | 'email' | 'url' | 'address' | 'name' | 'handle'
export type Lang = 'en' | 'es' | 'fr' | 'de' | 'pt'

/** One explainable reason: where in the ORIGINAL text, which rule, and a short note. */
export interface Finding {
  start: number
  end: number
  /** Rule id, e.g. 'en.ideation.want-die'. Stable across releases of the same SCREEN_VERSION. */
  rule: string
  /** Human-readable reason. Never echoes method/means words (notes may reach notifications). */
  note: string
}

export interface StigmaFinding extends Finding {
  /** The words as written in the post (slice of the original text). */
  term: string
  /** A better phrase. */
  suggestion: string
  /** True when `suggestion` can take the place of `term` as it stands ("committed suicide" →
   * "died by suicide"); false when it is advice that needs the sentence rephrased ("so OCD
   * about" → "particular"), so a composer offers no one-click replacement. */
  dropIn: boolean
  /** The guide the advice comes from (see /shared/reference/language-guides.md). */
  guide: string
}

export interface PiiFinding extends Finding {
  kind: PiiKind
}

export interface CrisisResult {
  level: CrisisLevel
  /** 'none' exactly when level is 'none'. */
  subject: Subject
  reasons: Finding[]
}

export interface Screening {
  /** Rules version that produced this screening (store it with the post). */
  version: string
  lang: Lang
  crisis: CrisisResult
  stigma: StigmaFinding[]
  methodDetail: Finding[]
  pii: PiiFinding[]
  /** Abuse aimed at someone else ("kys" at another user). Not the poster's own risk. */
  harassment: Finding[]
}

export interface ScreenOptions {
  /** Overrides language detection when it is one of the supported languages. */
  lang?: string
  /** ISO 3166-1 alpha-2; used as the phone-number region hint. */
  country?: string
}
