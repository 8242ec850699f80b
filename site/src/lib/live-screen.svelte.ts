import type { ScreenRequest, ScreenResponse } from './screen-protocol'

const DEBOUNCE_MS = 350

/**
 * The composer's live screen: starts the worker on first use, debounces while the person
 * types, and ignores answers to text that has changed since (each request has an id).
 * If workers are unavailable, it stays quiet: the server still screens on submit.
 */
export function liveScreen() {
  let worker: Worker | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let latest = 0
  const state = $state<{ result: ScreenResponse | null }>({ result: null })

  function start(): Worker | null {
    if (worker || typeof Worker === 'undefined') return worker
    try {
      worker = new Worker(new URL('./screen-worker.ts', import.meta.url), { type: 'module' })
      worker.onmessage = (e: MessageEvent<ScreenResponse>) => {
        if (e.data.id === latest) state.result = e.data
      }
    } catch {
      worker = null
    }
    return worker
  }

  return {
    get result() {
      return state.result
    },
    check(request: Omit<ScreenRequest, 'id'>) {
      clearTimeout(timer)
      timer = setTimeout(() => {
        if (!request.title.trim() && !request.body.trim()) {
          state.result = null
          return
        }
        latest += 1
        start()?.postMessage({ ...request, id: latest })
      }, DEBOUNCE_MS)
    },
  }
}
