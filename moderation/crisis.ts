// Crisis assessment: lexicon matches → context checks → signals per subject → level.
// Level rules (see lexicons/types.ts for the signals):
//   attempt in progress → imminent
//   intent/ideation/self-harm/goodbye/burden with a plan or means → imminent
//   intent/goodbye (or "doing it" with other risk) with a time within two sentences → imminent
//   any active signal → high; passive ideation, hopelessness, vague intent → concern
//   distress → concern only with a second, different distress signal.
import { CONTEXT, type Entry, type Match } from './bank'
import { isHypothetical, isMediaQuote, isNegated, isPast, isRecent, overlaps, subjectOf } from './context'
import { scanPattern } from './grams'
import type { Scan } from './scan'
import { TIMED, TIME_REACH } from './timing'
import type { CrisisRule, MethodRule, Signal } from './lexicons/types'
import { sentenceIndex, sentenceRange, type Segments } from './segment'
import type { CrisisLevel, CrisisResult, Finding, Lang, Subject } from './types'

export interface Signalled {
  sig: Signal
  who: 'self' | 'other'
  s: number
  e: number
  sent: number
  rule: string
  note: string
  needs?: boolean
  /** From a method-detail entry: counts as risk, but not as a plan for escalation. */
  method?: boolean
  /** Someone else cannot be reached (CrisisRule.alarm). */
  alarm?: boolean
}

const RANK: Record<CrisisLevel, number> = { none: 0, concern: 1, high: 2, imminent: 3 }
const ACTIVE = new Set<Signal>(['intent', 'ideation', 'selfharm', 'goodbye', 'burden', 'plan', 'means'])

/** Turns raw matches into signals, dropping those that context says are not risk. */
export function crisisSignals(scan: Scan, matches: Match[], blockers: Array<[number, number]>, lang: Lang): Signalled[] {
  const seg = scan.seg
  const out: Signalled[] = []
  const laughed: number[] = []
  for (const m of matches) {
    const rule = m.entry.rule as CrisisRule & MethodRule
    const sig = rule.sig
    if (!sig || (m.entry.cat !== 'crisis' && m.entry.cat !== 'method')) continue
    if (overlaps(blockers, m.s, m.e)) continue
    const sent = sentenceIndex(seg, m.s)
    // "This exam is killing me, but tomorrow it's over": the ending is the idiom's.
    if (rule.ending && blockers.some(([a]) => sentenceIndex(seg, a) === sent)) continue
    // Context words of the post's language, and of the entry's when it differs (English
    // slang in a Spanish post is framed by Spanish words, "I don't" by English ones). Two
    // variables, not an array and closures: this runs for every match of a long post.
    const ctx = CONTEXT[lang]
    const alt = m.entry.lang === lang ? undefined : CONTEXT[m.entry.lang]
    // Times are negated too: "I'm not going to do it tonight".
    if (rule.neg !== false && (isNegated(scan, ctx, m.s) || (alt && isNegated(scan, alt, m.s)))) continue
    if (sig !== 'time') {
      if (isMediaQuote(scan, ctx, m.s, m.e) || (alt && isMediaQuote(scan, alt, m.s, m.e))) continue
      if (!rule.answers && (isHypothetical(scan, ctx, m.s) || (alt && isHypothetical(scan, alt, m.s)))) continue
    }
    let finalSig: Signal = sig
    if (sig !== 'time' && (isPast(scan, ctx, m.s, m.e) || (alt && isPast(scan, alt, m.s, m.e)))) continue
    // Only past-tense rules ask whether the words are recent (most matches never need to).
    const recent = (rule.past || sig === 'attempt-past') && (isRecent(scan, ctx, m.s) || (alt !== undefined && isRecent(scan, alt, m.s)))
    if (rule.past && !recent) {
      if (sig !== 'attempt-past') continue
    }
    if (sig === 'attempt-past' && recent) finalSig = 'ideation'
    // "i'll kms lol", "j'ai envie de me pendre ... mdr": hyperbole when laughed off.
    if ((sig === 'ideation' || sig === 'intent' || sig === 'vague' || sig === 'plan') && isLaughing(scan, m.s)) {
      laughed.push(out.length)
    }
    const who = sig === 'time' ? 'self' : rule.who ?? subjectOf(scan, ctx, m.s, m.e) ?? (alt && subjectOf(scan, alt, m.s, m.e)) ?? 'self'
    if (who === 'generic') continue
    out.push({ sig: finalSig, who, s: m.s, e: m.e, sent, rule: rule.id, note: rule.note, needs: (rule as { needs?: boolean }).needs, method: m.entry.cat === 'method', alarm: rule.alarm })
  }
  // Laughed-off lines are dropped only when nothing else in the post signals risk.
  if (laughed.length > 0) {
    const drop = new Set(laughed)
    const others = out.filter((x, i) => !drop.has(i) && x.sig !== 'time')
    if (others.length === 0) return out.filter((_, i) => !drop.has(i))
  }
  return out
}

// Canonical text squeezes letter runs, so Portuguese "kkkk" reads "k": a lone "k" after a word
// that ends its sentence ("eu me jogo da janela kkkk"), not the "k" of "k, see you".
// Each laugh's "no letter before" is checked after its first letter, "(?<![a-z]l)" rather
// than "(?<![a-z])l": a regex that opens with a lookbehind runs it at every position (2.5 times
// slower). Same matches: the letter just read is known, so only the one before is tested.
// No literal prefilter: the lone "k" is one letter, which no n-gram can stand for.
const LAUGH = scanPattern(/(?:l(?<![a-z]l)(?:ol+|mf?ao+)|r(?<![a-z]r)(?:ofl|s(?:rs)+)|m(?<![a-z]m)dr+|p(?<![a-z]p)tdr+|x(?<![a-z]x)d+|j(?<![a-z]j)(?:a(?:ja)+|e(?:je)+)|h(?<![a-z]h)(?:a(?:ha)+|e(?:he)+|ihi)|k(?<![a-z]k)(?:e(?:ke)+|k{3,}))(?![a-z])|k(?<=[a-z] k)(?![a-z0-9])(?![^.!?\n]*[a-z0-9])|emjlaugh/g)

// "lol but not in a funny way", "jaja no es broma": the laugh is not laughing it off.
// (Canonical text: letters squeezed, accents gone.)
const SERIOUS = scanPattern(/(?<![a-z])(?:not (?:in a funy way|funy|joking|kiding|a joke|as a joke)|no joke|i'?m serious|for real|no,? (?:realy|seriously)|i mean it|(?:no es|sin) broma|en serio|pas (?:pour rire|une blague)|sans rire|je rigole pas|kein (?:witz|spas)|im ernst|ernsthaft|nao (?:e|to|tou|estou) brincando|serio)(?![a-z])/g)

/** A laugh marker in the same sentence or right after it, not taken back ("not joking"). */
export function isLaughing(scan: Scan, s: number): boolean {
  const [a, b] = sentenceRange(scan.seg, s, 0, 1)
  return scan.has(LAUGH, a, b) && !scan.has(SERIOUS, a, b)
}

interface Verdict { level: CrisisLevel; used: Signalled[] }

function judge(sigs: Signalled[], times: Signalled[], alarm = false): Verdict {
  if (sigs.length === 0) return { level: 'none', used: [] }
  const has = (s: Signal) => sigs.some((x) => x.sig === s)
  // Weak signals ("I have a plan", "bought what I need", "going to do it") count with other
  // risk, or when two different ones support each other ("set a date" + "stockpiling"); for
  // someone else, not being reachable is one of them.
  const weak = new Set(sigs.filter((x) => x.needs || x.sig === 'vague').map((x) => x.rule))
  if (alarm) weak.add('unreachable')
  const strong = sigs.filter((x) => !x.needs && x.sig !== 'vague' && x.sig !== 'distress')
  const anyRisk = strong.length > 0 || weak.size >= 2
  const live = sigs.filter((x) => !x.needs || anyRisk)
  const liveHas = (s: Signal) => live.some((x) => x.sig === s)
  if (liveHas('attempt')) return { level: 'imminent', used: live }
  const vagueIsIntent = strong.some((x) => ACTIVE.has(x.sig)) || weak.size >= 2
  const active = live.filter((x) => ACTIVE.has(x.sig) || (x.sig === 'vague' && vagueIsIntent))
  if (active.length > 0) {
    // A method named while thinking about it ("thinking about hanging myself from ...") is
    // high; a plan or means actually in hand with the wish to die is imminent.
    const planOrMeans = active.some((x) => (x.sig === 'plan' && !x.method) || x.sig === 'means')
    // Vague talk ("for when I finally do it") drives means in hand, not letters written
    // "just in case I go through with it".
    const hasMeans = active.some((x) => x.sig === 'means')
    const drive = active.some((x) => x.sig !== 'plan' && x.sig !== 'means' && (x.sig !== 'vague' || hasMeans))
    // Each time word within reach, once per signal it escalates.
    const timed: Signalled[] = []
    for (const x of active) if (TIMED.has(x.sig)) for (const t of times) if (Math.abs(t.sent - x.sent) <= TIME_REACH) timed.push(t)
    if ((planOrMeans && (drive || (liveHas('plan') && liveHas('means')))) || timed.length > 0) {
      return { level: 'imminent', used: [...live, ...timed] }
    }
    return { level: 'high', used: live }
  }
  if (live.some((x) => x.sig === 'passive' || x.sig === 'hopeless' || x.sig === 'vague')) {
    return { level: 'concern', used: live }
  }
  const distress = new Set(live.filter((x) => x.sig === 'distress').map((x) => x.rule))
  // A past attempt alone is history; with present distress it is a concern.
  if (distress.size >= 2 || (distress.size >= 1 && has('attempt-past'))) return { level: 'concern', used: live }
  return { level: 'none', used: [] }
}

export function assessCrisis(signals: Signalled[], toOrig: (s: number, e: number) => [number, number]): CrisisResult {
  const times = signals.filter((x) => x.sig === 'time')
  const mine = judge(signals.filter((x) => x.who === 'self' && x.sig !== 'time'), times)
  const other = judge(signals.filter((x) => x.who === 'other' && x.sig !== 'time'), times, times.some((x) => x.alarm))
  const pick = RANK[other.level] > RANK[mine.level] ? other : mine
  const subject: Subject = pick.level === 'none' ? 'none' : pick === other ? 'other' : 'self'
  const kept: Signalled[] = []
  // Sorted in place: each verdict's list is its own, built by judge() for this call.
  for (const x of pick.used.sort((a, b) => a.s - b.s || b.e - a.e)) {
    // One reason per rule and place; a second rule on exactly the same words adds nothing.
    // (Compared field by field: building string keys for a set cost more than the scan.)
    if (!kept.some((k) => k.s === x.s && (k.rule === x.rule || (k.e === x.e && k.sig === x.sig)))) kept.push(x)
  }
  const reasons = kept.map((x): Finding => {
    const [start, end] = toOrig(x.s, x.e)
    return { start, end, rule: x.rule, note: x.note }
  })
  return { level: pick.level, subject, reasons }
}

export function levelRank(level: CrisisLevel): number {
  return RANK[level] ?? 0
}

export type { Entry }
