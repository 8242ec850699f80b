import { storageWorks } from './storage-probe'

/**
 * A form's draft, mirrored to localStorage on every change and removed only once the
 * server confirms the post: a closed tab, a crash or a failed request loses nothing.
 */
export function useDraft<T extends Record<string, unknown>>(name: string, empty: T) {
  const storageKey = `lantern.draft.${name}`
  let restored = false
  let initial = empty
  // Blocked storage (some embedded frames, private modes): say so rather than promise a
  // draft. The server cannot know, so server-rendered HTML keeps the usual promise.
  const durable = typeof window === 'undefined' || storageWorks()
  try {
    const saved = localStorage.getItem(storageKey)
    if (saved) {
      initial = { ...empty, ...(JSON.parse(saved) as Partial<T>) }
      restored = true
    }
  } catch {
    // Storage blocked: the draft lives in memory for this visit.
  }
  const state = $state({ value: initial })
  const emptySnapshot = JSON.stringify(empty)
  $effect.root(() => {
    $effect(() => {
      const snapshot = JSON.stringify(state.value)
      try {
        // An empty form is no draft: nothing to restore, nothing to announce.
        if (snapshot === emptySnapshot) localStorage.removeItem(storageKey)
        else localStorage.setItem(storageKey, snapshot)
      } catch {
        // Nothing to do: the form still holds the words.
      }
    })
  })
  return {
    get value() {
      return state.value
    },
    set value(next: T) {
      state.value = next
    },
    restored,
    durable,
    /** Once the server has the words: empties the form and forgets the draft. */
    clear() {
      state.value = { ...empty }
      try {
        localStorage.removeItem(storageKey)
      } catch {
        // Already gone or blocked.
      }
    },
  }
}
