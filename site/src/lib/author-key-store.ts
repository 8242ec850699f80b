/**
 * The author key lives in this browser only. If storage is blocked (private modes,
 * partitioned iframes), it is kept in memory for the visit and the person is shown the
 * key to copy, so a key is never silently lost.
 */
const STORAGE_KEY = 'lantern.authorKey'
let memoryKey: string | null = null
/** localStorage, unless a partner's frame was granted the forum's own storage (storage-access.ts). */
let storage: Storage | null = null
const store = () => storage ?? localStorage

export const AUTHOR_KEY_PATTERN = /^lk_[A-Za-z0-9_-]{43}$/

export function readAuthorKey(): string | null {
  try {
    return store().getItem(STORAGE_KEY) ?? memoryKey
  } catch {
    return memoryKey
  }
}

export type AuthorKeyEvent = CustomEvent<{ key: string; durable: boolean; issued: boolean }>

/**
 * Returns whether the key was stored durably. Every change is announced with a
 * `lantern:author-key` event (`issued` when the server has just handed it out), so edit
 * buttons can appear and embedded pages can offer a new key to copy.
 */
export function saveAuthorKey(key: string, opts: { issued?: boolean } = {}): boolean {
  memoryKey = key
  let durable = true
  try {
    store().setItem(STORAGE_KEY, key)
  } catch {
    durable = false
  }
  dispatchEvent(new CustomEvent('lantern:author-key', { detail: { key, durable, issued: opts.issued ?? false } }))
  return durable
}

/**
 * Switches to another storage (the forum's unpartitioned one). A key already kept there
 * wins; otherwise the key in use now is copied over. The old copy is left where it was.
 */
export function useKeyStorage(next: Storage): void {
  const current = readAuthorKey()
  storage = next
  try {
    if (current && !next.getItem(STORAGE_KEY)) next.setItem(STORAGE_KEY, current)
  } catch {
    // The memory copy still works for this visit.
  }
}
