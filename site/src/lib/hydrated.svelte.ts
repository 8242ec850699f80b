import { onMount } from 'svelte'

/**
 * False in the server's HTML, true once the island runs. A form's submit button stays disabled
 * until then: without JavaScript a click would send the form as a plain request that nothing
 * answers, and the page would come back empty, taking what the person typed with it. Call
 * during a component's setup.
 */
export function hydrated(): { readonly ready: boolean } {
  const state = $state({ ready: false })
  onMount(() => {
    state.ready = true
  })
  return state
}
