/**
 * Keyset pagination over (created_at DESC, id DESC): stable when new posts arrive, and
 * each page costs one indexed query however deep the reader goes.
 */
export type Cursor = { createdAt: number; id: string }

export const encodeCursor = (c: Cursor): string => btoa(`${c.createdAt}.${c.id}`).replace(/=+$/, '')

/** Returns null for anything that is not a cursor this API produced. */
export function decodeCursor(value: string): Cursor | null {
  try {
    const [ms, id] = atob(value).split('.')
    const createdAt = Number(ms)
    if (!id || !/^[0-9a-z]{6,32}$/.test(id) || !Number.isSafeInteger(createdAt)) return null
    return { createdAt, id }
  } catch {
    return null
  }
}
