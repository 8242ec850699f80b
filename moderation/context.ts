// Context modifiers applied to a lexicon match: negation, past/recovery, hypothetical framing,
// quotations of songs/films, and who the words are about. Each uses the context words of the
// language the matching entry belongs to; scans are cached per sentence (scan.ts).
import { CONJUNCTIONS, type Ctx } from './bank'
import type { Scan } from './scan'
import { clauseStart, partRange, quoteAround, sentenceIndex, sentenceRange, tokensBack } from './segment'

/** "I don't want to hurt myself", "would never", "not suicidal" — a negator just before. */
export function isNegated(scan: Scan, ctx: Ctx, s: number): boolean {
  const seg = scan.seg
  const from = tokensBack(seg, s, 6, clauseStart(seg, s))
  const neg = scan.last(ctx.negation, from, s)
  if (!neg) return false
  // "can't stop thinking about", "don't know why I", "no one would care if I" are not denials.
  const not = scan.last(ctx.notNegation, from, s)
  if (not && not[0] <= neg[0] && not[1] >= neg[1]) return false
  if (not && not[0] >= neg[0] && not[0] < neg[1] + 2) return false
  // "I'm not okay and I want to die": a conjunction ends the negator's reach.
  return !CONJUNCTIONS.test(seg.text.slice(neg[1], s))
}

/** Recovery told in the past ("eighteen months free of cutting", "I used to want to die"). */
export function isPast(scan: Scan, ctx: Ctx, s: number, e: number): boolean {
  const [a, b] = partRange(scan.seg, s)
  // Markers inside the match itself ("I no longer want to live") do not count.
  const past = scan.has(ctx.past, a, s) || scan.has(ctx.past, e, b)
  return past && !scan.has(ctx.recent, a, b)
}

export function isRecent(scan: Scan, ctx: Ctx, s: number): boolean {
  const [a, b] = sentenceRange(scan.seg, s)
  return scan.has(ctx.recent, a, b)
}

export function isHypothetical(scan: Scan, ctx: Ctx, s: number): boolean {
  // Framing may come first ("if I ever…") or last ("…for my creative writing class").
  const [a, b] = partRange(scan.seg, s)
  return scan.has(ctx.hypothetical, a, b)
}

/** Inside quotation marks with a song/film/book mentioned nearby. */
export function isMediaQuote(scan: Scan, ctx: Ctx, s: number, e: number): boolean {
  const q = quoteAround(scan.seg, s, e)
  if (!q) return false
  const [a, b] = sentenceRange(scan.seg, q[0], 1, 1)
  return scan.has(ctx.media, Math.min(a, q[0]), Math.max(b, q[1]))
}

export type Who = 'self' | 'other' | 'generic'

// First-person object pronouns: after a third person they are the object, not the subject
// ("my friend sent me a goodbye message", "mein Freund hat mir geschrieben").
const SELF_OBJECT = /^(?:me|mir|mich|moi|m'?|mim|a mi)$/
// Third-person object pronouns: after the poster they are the object ("I'm going to take them
// all", "I told him to keep it"), so who the clause is about is whoever comes before them.
const OTHER_OBJECT = /^(?:him|them|lui|leur|ihm|ihn)$/

/** Nearest person marker before b, skipping quotations that do not hold `at`. */
function lastMarker(scan: Scan, ctx: Ctx, a: number, b: number, at = b): Who | null {
  for (const q of scan.seg.quotes) {
    // A marker inside an earlier quotation ('goodbye, I love you') speaks for the quote only.
    if (q[0] >= a && q[1] <= b && !(q[0] <= at && at <= q[1])) {
      return markerIn(scan, ctx, q[1], b) ?? markerIn(scan, ctx, a, q[0])
    }
  }
  return markerIn(scan, ctx, a, b)
}

function markerIn(scan: Scan, ctx: Ctx, a: number, b: number): Who | null {
  const o = scan.last(ctx.other, a, b)
  const s = scan.last(ctx.self, a, b)
  const g = scan.last(ctx.generic, a, b)
  let best: Who | null = null
  let end = -1
  let start = Infinity
  // Latest end wins ("my brother" beats the "my" inside it); on a tie the longer marker
  // ("anyone else feel like they're" = the poster, vs "they're").
  const offer = (m: [number, number] | null, who: Who) => {
    if (m && (m[1] > end || (m[1] === end && m[0] < start))) { best = who; end = m[1]; start = m[0] }
  }
  offer(o, 'other')
  offer(s, 'self')
  offer(g, 'generic')
  if (best === 'self' && o && s && SELF_OBJECT.test(scan.seg.text.slice(s[0], s[1]))) return 'other'
  if (best === 'other' && o && OTHER_OBJECT.test(scan.seg.text.slice(o[0], o[1]))) return markerIn(scan, ctx, a, o[0]) ?? 'other'
  return best
}

/**
 * Who is at risk in the match text[s, e): the poster, someone else, or nobody in particular;
 * null when the words give no clue (the caller then assumes the poster).
 */
export function subjectOf(scan: Scan, ctx: Ctx, s: number, e: number): Who | null {
  const seg = scan.seg
  const [sa] = sentenceRange(seg, s)
  const q = quoteAround(seg, s, e)
  const frameEnd = q ? q[0] : s
  const report = scan.last(ctx.report, sa, frameEnd)
  // Quoted speech is the words of whoever the reporting verb follows, whatever person the
  // quote itself uses: "my friend texted me 'I can't do this anymore'" is the friend's, "I told
  // my mum 'I want to die'" the poster's.
  if (q && report) return lastMarker(scan, ctx, sa, report[0]) === 'self' ? 'self' : 'other'
  const inOther = scan.has(ctx.other, s, e)
  // An object "me" inside the words ("sent me a goodbye message") says nothing of who is at risk.
  const selfIn = scan.last(ctx.self, s, e)
  const inSelf = selfIn !== null && !SELF_OBJECT.test(seg.text.slice(selfIn[0], selfIn[1]))
  if (inOther && !inSelf) return 'other'
  if (inSelf && !inOther) return 'self'
  // Reported speech without quotation marks: "she keeps saying there's no point".
  if (report) {
    const after = lastMarker(scan, ctx, report[1], frameEnd)
    if (after === null || after === 'other') return 'other'
  }
  if (q) {
    // Inside a quotation the speaker is whoever the frame before the quote names.
    const who = lastMarker(scan, ctx, q[0], s)
    if (who) return who
  }
  const si = sentenceIndex(seg, s)
  for (let k = 0; k <= 2 && si - k >= 0; k++) {
    const a = seg.sentStarts[si - k]!
    const b = k === 0 ? s : seg.sentStarts[si - k + 1]!
    const who = lastMarker(scan, ctx, a, b)
    if (who) return who
  }
  return null
}

/** Does [s, e) overlap any of the ranges? */
export function overlaps(ranges: Array<[number, number]>, s: number, e: number): boolean {
  for (const [a, b] of ranges) if (a < e && s < b) return true
  return false
}
