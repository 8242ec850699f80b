/**
 * Why a post was flagged, shown in its own words: the screening stored with a post holds
 * findings with spans into the text it screened (for a story, `title + "\n\n" + body`;
 * the body starts at `bodyOffset`). Screenings come from many versions of the library, so
 * everything here is read defensively: a missing or malformed part is skipped, never fatal.
 */
export const FINDING_KINDS = ['crisis', 'method', 'harassment', 'pii', 'stigma'] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

export type Highlight = { start: number; end: number; kind: FindingKind; rule: string; note: string }
export type Segment = { text: string; highlight?: Highlight }

type Raw = Record<string, unknown>
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null

function findingsIn(list: unknown, kind: FindingKind): Highlight[] {
  if (!Array.isArray(list)) return []
  return list.flatMap((f) =>
    isObject(f) && Number.isInteger(f.start) && Number.isInteger(f.end)
      ? [{ start: f.start as number, end: f.end as number, kind, rule: String(f.rule ?? ''), note: String(f.note ?? '') }]
      : [],
  )
}

/** Every finding of a stored screening, most serious kinds first. */
export function findingsOf(screening: unknown): Highlight[] {
  if (!isObject(screening)) return []
  const crisis = isObject(screening.crisis) ? screening.crisis.reasons : undefined
  return [
    ...findingsIn(crisis, 'crisis'),
    ...findingsIn(screening.methodDetail, 'method'),
    ...findingsIn(screening.harassment, 'harassment'),
    ...findingsIn(screening.pii, 'pii'),
    ...findingsIn(screening.stigma, 'stigma'),
  ]
}

/**
 * Splits text into plain and highlighted segments. Overlapping findings keep the one that
 * starts first (the more serious kind when they start together); spans outside the text
 * are dropped, so a stale screening can never throw or misplace words.
 */
export function segments(text: string, findings: Highlight[]): Segment[] {
  const rank = (h: Highlight) => FINDING_KINDS.indexOf(h.kind)
  const usable = findings
    .filter((h) => h.start >= 0 && h.end > h.start && h.end <= text.length)
    .sort((a, b) => a.start - b.start || rank(a) - rank(b) || b.end - a.end)
  const out: Segment[] = []
  let at = 0
  for (const h of usable) {
    if (h.start < at) continue
    if (h.start > at) out.push({ text: text.slice(at, h.start) })
    out.push({ text: text.slice(h.start, h.end), highlight: h })
    at = h.end
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) })
  return out
}

const shift = (findings: Highlight[], by: number) => findings.map((h) => ({ ...h, start: h.start - by, end: h.end - by }))

/**
 * A post's title and body as highlighted segments. A story's spans index
 * `title + "\n\n" + body` (the body from `bodyOffset`); a reply's index its body.
 * A finding that straddles title and body is dropped rather than misplaced.
 */
export function postSegments(post: { title?: string | null; body: string }, screening: unknown): { title: Segment[] | null; body: Segment[] } {
  const findings = findingsOf(screening)
  if (post.title === undefined || post.title === null) return { title: null, body: segments(post.body, findings) }
  const stored = isObject(screening) && typeof screening.bodyOffset === 'number' ? screening.bodyOffset : null
  const offset = stored ?? post.title.length + 2
  return {
    title: segments(post.title, offset === 0 ? [] : findings.filter((h) => h.end <= post.title!.length)),
    body: segments(post.body, shift(findings.filter((h) => h.start >= offset), offset)),
  }
}
