// screen(): the whole pipeline. normalise → segment → detect language → one pass of lexicon
// matching → context (idioms, harassment, negation, past, quotes, subject) → crisis level,
// stigma, method detail; PII runs on the original text. Total: never throws.
import { CONTEXT, findAll } from './bank'
import { LANG_BITS } from './entry-records'
import { isHypothetical, isNegated, overlaps } from './context'
import { Scan } from './scan'
import { assessCrisis, crisisSignals } from './crisis'
import { SUPPORTED_LANGS, detectLangs } from './detect'
import { findMethodDetail } from './method'
import { normaliseTransient, toOriginal } from './normalise'
import { findPii } from './pii'
import { segment, tokensBack, clauseStart } from './segment'
import { findStigma } from './stigma'
import type { Finding, Lang, ScreenOptions, Screening } from './types'
import { SCREEN_VERSION } from './version'
import type { Match } from './bank'

// Folding squeezes letters so that stretched words still match ("diiie", "kiiill"), which also
// folds a few everyday words onto lexicon words: "nose" reads as "noose", and "proud of
// myself", "full of himself" as "off myself", slang for killing oneself. A match whose
// original text holds "nose", or starts with "of" and a reflexive, spelt that way, is not the
// lexicon's word ("take care of yourselves" inside a longer match is).
const OF_SELF = 'of\\s+(?:my|him|her|them|your|our|one)sel'
// The post is tested first (most hold none of them), then each match's own words.
const FALSE_FRIEND_HINT = new RegExp(`\\bnose\\b|\\b${OF_SELF}`, 'i')
const FALSE_FRIENDS = new RegExp(`\\bnose\\b|^${OF_SELF}(?:f|ves)\\b`, 'i')

function empty(lang: Lang): Screening {
  return {
    version: SCREEN_VERSION, lang,
    crisis: { level: 'none', subject: 'none', reasons: [] },
    stigma: [], methodDetail: [], pii: [], harassment: [],
  }
}

/** "go kill yourself" aimed at someone: harassment, unless negated, supportive framing or
 * part of an idiom ("drop-dead gorgeous", "je suis crevée"). */
function harassmentOf(scan: Scan, matches: Match[], idioms: Array<[number, number]>, toOrig: (s: number, e: number) => [number, number]) {
  const seg = scan.seg
  const ranges: Array<[number, number]> = []
  const findings: Finding[] = []
  for (const m of matches) {
    if (m.entry.cat !== 'harass' || overlaps(idioms, m.s, m.e)) continue
    // "k-y-s is what i tell myself": a longer first-person crisis match wins.
    if (matches.some((c) => c.entry.cat === 'crisis' && c.s <= m.s && c.e >= m.e && c.e - c.s > m.e - m.s)) continue
    const ctx = CONTEXT[m.entry.lang]
    ranges.push([m.s, m.e]) // blocks crisis either way: "kill yourself" is never the poster's own risk
    if (isNegated(scan, ctx, m.s) || isHypothetical(scan, ctx, m.s)) continue
    const from = tokensBack(seg, m.s, 4, clauseStart(seg, m.s))
    const supportive = scan.last(ctx.notHarassment, from, m.s)
    if (supportive) continue
    const [start, end] = toOrig(m.s, m.e)
    if (findings.some((f) => f.start < end && start < f.end)) continue
    findings.push({ start, end, rule: m.entry.rule.id, note: 'abuse telling someone else to harm themselves' })
  }
  return { ranges, findings }
}

export function run(text: string, opts: ScreenOptions): Screening {
  const n = normaliseTransient(text)
  const seg = segment(n.text)
  const wanted = typeof opts.lang === 'string' ? opts.lang.toLowerCase().slice(0, 2) : ''
  const detected = detectLangs(seg, text)
  const lang: Lang = (SUPPORTED_LANGS as readonly string[]).includes(wanted) ? (wanted as Lang) : detected.lang
  const country = typeof opts.country === 'string' ? opts.country : undefined
  const result = empty(lang)
  result.pii = findPii(text, lang, country)
  if (n.text.trim().length === 0) return result
  const toOrig = (s: number, e: number) => toOriginal(n, s, e)
  const found = findAll(seg, n.joined, detected.mask | LANG_BITS[lang])
  const matches = FALSE_FRIEND_HINT.test(text) ? found.filter((m) => !FALSE_FRIENDS.test(text.slice(...toOrig(m.s, m.e)))) : found
  if (matches.length === 0) return result
  const scan = new Scan(seg)
  const idioms: Array<[number, number]> = matches.filter((m) => m.entry.cat === 'idiom').map((m) => [m.s, m.e])
  const harass = harassmentOf(scan, matches, idioms, toOrig)
  const blockers = [...idioms, ...harass.ranges]
  result.harassment = harass.findings
  const signals = crisisSignals(scan, matches, blockers, lang)
  result.crisis = assessCrisis(signals, toOrig)
  // Harassment does not hide a method it names ("go jump off a bridge"): the detail is the harm.
  result.methodDetail = findMethodDetail(scan, matches, idioms, toOrig, result.crisis.level === 'none')
  result.stigma = findStigma(scan, matches, idioms, lang, text, toOrig)
  return result
}

/** Screens one post. Never throws: on any internal failure returns a 'none' screening. */
export function screen(text: string, opts: ScreenOptions = {}): Screening {
  const input = typeof text === 'string' ? text : ''
  try {
    return run(input, opts ?? {})
  } catch {
    return empty('en')
  }
}
