// Stigmatising language: findings carry the words as written, a better phrase and the guide.
// Not flagged: self-description of a diagnosis ("I'm bipolar"), reclaimed use ("Mad Pride",
// in the idiom list), the author as the target ("kids called me psycho"), titles/quotes.
import { CONTEXT, type Match } from './bank'
import { overlaps } from './context'
import type { Scan } from './scan'
import { GUIDES } from './guides'
import type { StigmaRule } from './lexicons/types'
import { stripMarks } from './pattern'
import { clauseStart, quoteAround, sentenceRange, tokensBack } from './segment'
import type { Lang, StigmaFinding } from './types'

/** What the suggestion says for the words of "{1}", when the rule names forms: the condition
 * for a label ("a person with anorexia", not "anorexic"), the verb for a form ("dies by"), the
 * everyday word for a diagnosis used casually ("so bipolar" → "changeable"). */
function formFor(rule: StigmaRule, words: string): string | undefined {
  if (!rule.forms) return undefined
  const bare = stripMarks(words.toLowerCase())
  return rule.forms.find(([start]) => bare.startsWith(start))?.[1]
}

export function findStigma(
  scan: Scan, matches: Match[], blockers: Array<[number, number]>, lang: Lang,
  original: string, toOrig: (s: number, e: number) => [number, number],
): StigmaFinding[] {
  const seg = scan.seg
  // `other`: 1 when the rule is another language's than the post's.
  const found: Array<StigmaFinding & { other: number }> = []
  for (const m of matches) {
    if (m.entry.cat !== 'stigma') continue
    if (overlaps(blockers, m.s, m.e)) continue
    const rule = m.entry.rule as StigmaRule
    // Context words of the entry's language and of the post's language (a German post may
    // use the English slur "psycho").
    const ctxs = m.entry.lang === lang ? [CONTEXT[lang]] : [CONTEXT[m.entry.lang], CONTEXT[lang]]
    const from = tokensBack(seg, m.s, 4, clauseStart(seg, m.s))
    if (rule.selfOk && ctxs.some((c) => scan.has(c.selfDescription, from, m.s))) continue
    const [sa, sb] = sentenceRange(seg, m.s)
    const wa = Math.max(sa, tokensBack(seg, m.s, 6, sa))
    const wb = Math.min(sb, m.e + 40)
    const atMe = ctxs.some((c) => {
      const at = scan.last(c.reportedAtMe, wa, wb)
      return at !== null && at[0] <= m.s && at[1] >= m.s - 1
    })
    if (atMe) continue
    // Inside quotation marks a term is mentioned, not used ('called it a "successful suicide"').
    if (quoteAround(seg, m.s, m.e)) continue
    const [start, end] = toOrig(m.s, m.e)
    const term = original.slice(start, end)
    let suggestion = rule.suggestion
    if (suggestion.includes('{1}')) {
      // The first group that took part: a rule's alternatives may each capture their own words.
      const g1 = m.m.find((g, i) => i > 0 && g !== undefined)
      const off = g1 !== undefined ? m.m[0].lastIndexOf(g1) : -1
      const words = off >= 0 && g1 ? original.slice(...toOrig(m.s + off, m.s + off + g1.length)) : ''
      suggestion = words ? suggestion.replace('{1}', formFor(rule, words) ?? words) : suggestion.replace(' {1}', '').replace('{1}', '')
    }
    if (/^[A-Z]/.test(term)) suggestion = suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
    found.push({ start, end, rule: rule.id, note: rule.note, term, suggestion, dropIn: !!rule.dropIn, guide: GUIDES[rule.guide], other: +(m.entry.lang !== lang) })
  }
  // Overlapping findings ("psycho ex" and "psycho"): keep the longest; of the same words, the
  // post's language's rule ("manicomio" is Spanish and Portuguese).
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.other - b.other)
  const out: StigmaFinding[] = []
  let lastEnd = -1
  for (const f of found) {
    if (f.start < lastEnd) continue
    lastEnd = f.end
    const { other: _other, ...finding } = f
    out.push(finding)
  }
  return out
}
