type State = Record<string, unknown> | null

const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v))

/**
 * An audit event's before/after as short lines: "postStatus: held → published" for what
 * changed, "message: …" for what only exists after. An after-state records what the action
 * set; a field it leaves out was not changed (an approval does not record `escalated`), and
 * no after-state at all (a note) changed nothing: neither is shown as cleared.
 */
export function describeChange(before: unknown, after: unknown): string[] {
  const b = (before ?? null) as State
  const a = (after ?? null) as State
  if (a === null) return []
  return Object.keys(a).flatMap((key) => {
    const from = b?.[key]
    const to = a[key]
    if (JSON.stringify(from) === JSON.stringify(to)) return []
    if (b === null || !(key in b)) return [`${key}: ${show(to)}`]
    return [`${key}: ${show(from)} → ${show(to)}`]
  })
}
