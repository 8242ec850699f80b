// Scores screen() against labelled cases. Shared by eval.ts and the corpus tests; returns
// aggregates only, so held-out cases are never looked at one by one.
import { levelRank, screen } from '../index'
import type { CrisisLevel, PiiKind, Screening } from '../types'
import type { Case } from './corpus'

export const LEVELS: CrisisLevel[] = ['none', 'concern', 'high', 'imminent']
export const PII_KINDS: PiiKind[] = ['phone', 'email', 'url', 'address', 'name', 'handle']

export interface Counts { tp: number; fp: number; fn: number; tn: number }
export const prf = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : NaN
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : NaN
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : NaN, n: c.tp + c.fn }
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 })
const count = (c: Counts, pred: boolean, gold: boolean) => {
  if (pred && gold) c.tp++
  else if (pred) c.fp++
  else if (gold) c.fn++
  else c.tn++
}

export interface Scored { c: Case; s: Screening }

export interface Report {
  n: number
  atLeast: Record<string, Counts> // 'concern+', 'high+', 'imminent'
  exact: Record<string, Counts>
  confusion: number[][] // [gold][pred]
  subjectOther: Counts
  subjectAgree: { ok: number; n: number }
  stigma: Counts
  method: Counts
  pii: Record<string, Counts>
  byLang: Record<string, { n: number; none: number; falseAlarm: number; risk: number; caught: number; high: number; highCaught: number; detected: number }>
}

export function scoreCases(cases: Case[], withLang = false): { report: Report; scored: Scored[] } {
  const scored = cases.map((c) => ({ c, s: screen(c.text, { country: c.country, ...(withLang ? { lang: c.lang } : {}) }) }))
  return { report: summarise(scored), scored }
}

export function summarise(scored: Scored[]): Report {
  const r: Report = {
    n: scored.length, atLeast: {}, exact: {}, confusion: LEVELS.map(() => LEVELS.map(() => 0)),
    subjectOther: zero(), subjectAgree: { ok: 0, n: 0 }, stigma: zero(), method: zero(), pii: {}, byLang: {},
  }
  for (const l of LEVELS.slice(1)) { r.atLeast[l] = zero(); r.exact[l] = zero() }
  r.exact.none = zero()
  for (const k of [...PII_KINDS, 'any']) r.pii[k] = zero()
  for (const { c, s } of scored) {
    const g = levelRank(c.expect.crisis)
    const p = levelRank(s.crisis.level)
    r.confusion[g]![p]!++
    for (const l of LEVELS.slice(1)) count(r.atLeast[l]!, p >= levelRank(l), g >= levelRank(l))
    for (const l of LEVELS) count(r.exact[l]!, p === levelRank(l), g === levelRank(l))
    count(r.subjectOther, s.crisis.subject === 'other', c.expect.subject === 'other')
    if (g > 0 && p > 0) { r.subjectAgree.n++; if (s.crisis.subject === c.expect.subject) r.subjectAgree.ok++ }
    count(r.stigma, s.stigma.length > 0, c.expect.stigma)
    count(r.method, s.methodDetail.length > 0, c.expect.method_detail)
    const kinds = new Set(s.pii.map((f) => f.kind))
    for (const k of PII_KINDS) count(r.pii[k]!, kinds.has(k), c.expect.pii.includes(k))
    count(r.pii.any!, kinds.size > 0, c.expect.pii.length > 0)
    const L = (r.byLang[c.lang] ??= { n: 0, none: 0, falseAlarm: 0, risk: 0, caught: 0, high: 0, highCaught: 0, detected: 0 })
    L.n++
    if (s.lang === c.lang) L.detected++
    if (g === 0) { L.none++; if (p > 0) L.falseAlarm++ } else { L.risk++; if (p > 0) L.caught++ }
    if (g >= 2) { L.high++; if (p >= 2) L.highCaught++ }
  }
  return r
}

/** Case-level agreement on every labelled field (tune split only). */
export function caseErrors({ c, s }: Scored): string[] {
  const errs: string[] = []
  if (s.crisis.level !== c.expect.crisis) errs.push(`level ${s.crisis.level}≠${c.expect.crisis}`)
  if (s.crisis.subject !== c.expect.subject) errs.push(`subject ${s.crisis.subject}≠${c.expect.subject}`)
  if (s.stigma.length > 0 !== c.expect.stigma) errs.push(`stigma ${s.stigma.length > 0}≠${c.expect.stigma}`)
  if (s.methodDetail.length > 0 !== c.expect.method_detail) errs.push(`method ${s.methodDetail.length > 0}≠${c.expect.method_detail}`)
  const kinds = [...new Set(s.pii.map((f) => f.kind))].sort().join(',')
  const want = [...new Set(c.expect.pii)].sort().join(',')
  if (kinds !== want) errs.push(`pii [${kinds}]≠[${want}]`)
  return errs
}
