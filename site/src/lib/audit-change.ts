type State = Record<string, unknown> | null

const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v))

/**
 * An audit event's before/after as short lines: "postStatus: held → published" for what
 * changed, "message: …" for what only exists after. Unchanged fields are left out.
 */
export function describeChange(before: unknown, after: unknown): string[] {
  const b = (before ?? null) as State
  const a = (after ?? null) as State
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])]
  return keys.flatMap((key) => {
    const from = b?.[key]
    const to = a?.[key]
    if (JSON.stringify(from) === JSON.stringify(to)) return []
    if (b === null || !(key in b)) return [`${key}: ${show(to)}`]
    return [`${key}: ${show(from)} → ${show(to)}`]
  })
}
