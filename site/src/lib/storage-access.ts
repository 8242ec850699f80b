/**
 * The Storage Access API, for embedded pages. Browsers partition (Chromium) or block
 * (Safari, Firefox strict) storage in third-party frames; with the reader's consent, on a
 * click, a frame may use the forum's own storage instead, so the same key works here and
 * on the forum itself. Chromium returns a handle to that storage; Firefox and Safari give
 * the frame's own localStorage first-party access instead.
 */
type StorageAccessDocument = Document & {
  hasStorageAccess(): Promise<boolean>
  requestStorageAccess(types?: { localStorage: boolean }): Promise<{ localStorage?: Storage } | undefined>
}

const framed = () => typeof window !== 'undefined' && window.parent !== window

/** Whether there is anything to ask for: in a frame, in a browser with the API, without access yet. */
export async function canAskToRemember(): Promise<boolean> {
  if (!framed() || !('requestStorageAccess' in document)) return false
  try {
    return !(await (document as StorageAccessDocument).hasStorageAccess())
  } catch {
    return false
  }
}

/** Asks the browser (must run inside a click handler); the storage to use, or null if refused. */
export async function askToRememberKey(): Promise<Storage | null> {
  try {
    const handle = await (document as StorageAccessDocument).requestStorageAccess({ localStorage: true })
    return handle?.localStorage ?? localStorage
  } catch {
    return null
  }
}
