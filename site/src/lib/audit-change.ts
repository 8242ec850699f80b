type State = Record<string, unknown> | null

/** Names for fields and values; `value` answers undefined for a value shown as stored. */
export type Words = { field: (key: string) => string; value: (key: string, v: unknown) => string | undefined }

const AS_STORED: Words = { field: (key) => key, value: () => undefined }

const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v))

/**
 * An audit event's before/after as short lines: "postStatus: held → published" for what
 * changed, "message: …" for what only exists after (with `words`, in the reader's language:
 * "publicación: retenida → publicada"). An after-state records what the action set; a field
 * it leaves out was not changed (an approval does not record `escalated`), and no after-state
 * at all (a note) changed nothing: neither is shown as cleared.
 */
export function describeChange(before: unknown, after: unknown, words: Words = AS_STORED): string[] {
  const b = (before ?? null) as State
  const a = (after ?? null) as State
  if (a === null) return []
  const say = (key: string, v: unknown) => words.value(key, v) ?? show(v)
  return Object.keys(a).flatMap((key) => {
    const from = b?.[key]
    const to = a[key]
    if (JSON.stringify(from) === JSON.stringify(to)) return []
    if (b === null || !(key in b)) return [`${words.field(key)}: ${say(key, to)}`]
    return [`${words.field(key)}: ${say(key, from)} → ${say(key, to)}`]
  })
}
