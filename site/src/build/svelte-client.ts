import { hydrate, type Component } from 'svelte'

/**
 * Astro's client renderer for Svelte islands (@astrojs/svelte/client.js), as this site uses
 * it: every island is rendered on the server and hydrated once, with no slot content and
 * no client:only or view transitions. The original also re-renders islands in place and
 * turns slots into snippets, code every reader page loaded and never ran.
 * Swapped in for the client build by ./client-chunks.ts; anything else fails loudly.
 */
export default (element: HTMLElement) =>
  async (Island: Component<Record<string, unknown>>, props: Record<string, unknown>, slotted: Record<string, string>, { client }: { client: string }) => {
    if (!element.hasAttribute('ssr')) return
    if (client === 'only' || Object.keys(slotted).length > 0) throw new Error(`client:only and slots need @astrojs/svelte's own client renderer (site/src/build/svelte-client.ts)`)
    hydrate(Island, { target: element, props })
  }
