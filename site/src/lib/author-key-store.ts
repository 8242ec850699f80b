/**
 * The author key lives in this browser only. If storage is blocked (private modes,
 * partitioned iframes), it is kept in memory for the visit and the person is shown the
 * key to copy, so a key is never silently lost.
 */
const STORAGE_KEY = 'lantern.authorKey'
let memoryKey: string | null = null

export const AUTHOR_KEY_PATTERN = /^lk_[A-Za-z0-9_-]{43}$/

export function readAuthorKey(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? memoryKey
  } catch {
    return memoryKey
  }
}

/** Returns whether the key was stored durably. */
export function saveAuthorKey(key: string): boolean {
  memoryKey = key
  try {
    localStorage.setItem(STORAGE_KEY, key)
    return true
  } catch {
    return false
  }
}
