// Shapes of the lexicon data. Each language file (en.ts, es.ts, ...) exports one Lexicon.
// Entries are data: a pattern (see compile.ts for the syntax), a stable rule id, and a note.
import type { Lang } from '../types'

/**
 * Crisis signals and what they mean for the level (see crisis.ts):
 * attempt → imminent (in progress / just done); attempt-past → high if recent, else concern;
 * intent, ideation, selfharm, goodbye, burden, plan, means → high;
 * passive, hopeless, vague → concern; distress → concern only with a second signal;
 * time → escalates intent/goodbye/plan/means (timing.ts) within two sentences to imminent.
 */
export type Signal =
  | 'attempt' | 'attempt-past' | 'intent' | 'ideation' | 'selfharm' | 'goodbye' | 'burden'
  | 'plan' | 'means' | 'passive' | 'hopeless' | 'vague' | 'distress' | 'time'

export interface CrisisRule {
  id: string
  p: string
  sig: Signal
  note: string
  /** Person fixed by the words themselves ("kill myself" → self, "kill himself" → other). */
  who?: 'self' | 'other'
  /** Words are past tense: counts only when a recent-time marker is in the sentence. */
  past?: boolean
  /** Counts only when the post has another (non-distress) crisis signal ("I have a plan"). */
  needs?: true
  /** Skip the negation check (the pattern already contains its own negation). */
  neg?: false
  /** An ending at a time ("tomorrow it's all over"): not counted in a sentence where an idiom
   * (or harassment) matched, as then the exam that "is killing me" is what ends. */
  ending?: true
  /** A time rule saying someone else cannot be reached ("she isn't answering"): beside a weak
   * sign about that person (a goodbye text, "take care of my cat") it is the other risk. */
  alarm?: true
  /** The pattern holds the question it answers ("asked if I had a plan and I lied"), so a
   * question or "if" around it does not make it hypothetical. */
  answers?: true
}

export interface MethodRule {
  id: string
  p: string
  /** Generic description; must not contain the method words themselves. */
  note: string
  /** Also a crisis signal (e.g. asking how many pills it would take = planning). */
  sig?: Signal
  /** As CrisisRule.who: asking how a method works is the asker's risk, "does anyone know" or not. */
  who?: 'self'
  /** Method detail only in a post with crisis risk (a place named on its own is not). */
  needs?: true
}

export type GuideId = 'mindframe-mh' | 'mindframe-suicide' | 'samaritans' | 'bc2m' | 'apa' | 'nami' | 'ros'

export interface StigmaRule {
  id: string
  p: string
  suggestion: string
  guide: GuideId
  note: string
  /** Diagnosis words: not stigma when the author describes themself ("I'm bipolar"). */
  selfOk?: boolean
  /** The suggestion can replace what every alternative of `p` matches, word for word (tested
   * per rule in tests/moderation/stigma.test.ts); otherwise it is advice. */
  dropIn?: true
  /** For "{1}" (the first group that took part) when its words need other words in the
   * suggestion: a label ("an anorexic"), a verb form ("commits"), a diagnosis used casually ("so
   * bipolar"). [start of the words, accents and case aside, what the suggestion says instead],
   * so it reads "a person with anorexia", "dies by suicide", "changeable". The first that fits
   * is taken. */
  forms?: Array<[string, string]>
}

export interface ContextPatterns {
  /** Negator governing what follows (checked in the few words before a match, same clause). */
  negation: string
  /** Looks like a negation but is not ("can't stop", "don't know why"). */
  notNegation: string
  /** Recovery / long-past markers in the same clause or sentence. */
  past: string
  /** Recent or renewed: overrides past markers ("last night", "again", "relapsed"). */
  recent: string
  /** Hypothetical or generic framing ("if I ever", "what should you do if someone"). */
  hypothetical: string
  /** Songs, films, books... near a quotation. */
  media: string
  /** First-person markers. */
  self: string
  /** Third-person markers, kin and friends first ("my brother", "she"). */
  other: string
  /** Nobody in particular: "someone", "people", generic "you". */
  generic: string
  /** Someone else reporting ("my friend texted", "she said"). */
  report: string
  /** Self-description before a diagnosis word ("I'm", "I have", "diagnosed with"). */
  selfDescription: string
  /** The author is the target of the word ("called me", "kids called me"). */
  reportedAtMe: string
  /** Words just before "kill yourself" that make it support, not abuse ("if you want to"). */
  notHarassment: string
}

export interface Lexicon {
  lang: Lang
  macros: Record<string, string>
  crisis: CrisisRule[]
  method: MethodRule[]
  stigma: StigmaRule[]
  /** Idioms, hyperbole and titles: a crisis/method match inside one is not a signal. */
  idioms: string[]
  /** Abuse aimed at someone else ("go kill yourself"). */
  harassment: string[]
  context: ContextPatterns
  /** Common words for language detection (after folding). */
  stopwords: string
}
