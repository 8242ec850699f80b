// Method detail: methods, means, doses and places safe-messaging guidance says to keep out
// of posts. Flagged regardless of who it is about or whether it is in the past (the detail
// itself is the harm), but not inside idioms, titles or quoted lyrics.
import { CONTEXT, type Match } from './bank'
import { isMediaQuote, overlaps } from './context'
import { isLaughing } from './crisis'
import type { MethodRule } from './lexicons/types'
import type { Scan } from './scan'
import type { Finding } from './types'

export function findMethodDetail(
  scan: Scan, matches: Match[], blockers: Array<[number, number]>,
  toOrig: (s: number, e: number) => [number, number], crisisNone: boolean,
): Finding[] {
  const seg = scan.seg
  const out: Finding[] = []
  for (const m of matches) {
    if (m.entry.cat !== 'method') continue
    if (overlaps(blockers, m.s, m.e) || (crisisNone && (m.entry.rule as MethodRule).needs)) continue
    // "j'ai envie de me pendre tellement cette réunion est longue mdr": hyperbole.
    if (crisisNone && isLaughing(scan, m.s)) continue
    if (isMediaQuote(scan, CONTEXT[m.entry.lang], m.s, m.e)) continue
    const [start, end] = toOrig(m.s, m.e)
    if (out.some((f) => f.start < end && start < f.end)) continue
    out.push({ start, end, rule: m.entry.rule.id, note: (m.entry.rule as { note: string }).note })
  }
  return out.sort((a, b) => a.start - b.start)
}
