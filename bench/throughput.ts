/**
 * Story page under 50 concurrent connections against a static asset served by the same
 * server (answered by the assets layer without running our Worker): the ratio says what
 * rendering a page costs compared with serving bytes.
 */
import { hammer } from '../scripts/lib/hammer'
import type { Figure } from './figure'

export async function throughputFigures(baseUrl: string, seconds: number): Promise<Figure[]> {
  const run = (path: string) => hammer({ url: baseUrl + path, connections: 50, duration: seconds })
  const page = await run('/s/demo0first01')
  const asset = await run('/favicon.svg')
  for (const [what, r] of [['story page', page], ['static asset', asset]] as const) {
    if (r.non2xx > 0 || r.socketErrors > 0) throw new Error(`${what} under load: ${r.non2xx} non-2xx, ${r.socketErrors} socket errors (${JSON.stringify(r.statusCodes)})`)
  }
  const group = `50 connections, ${seconds} s each`
  return [
    { group, name: 'story page throughput', value: page.rps, unit: 'req/s', baseline: { what: 'static /favicon.svg', value: asset.rps }, budget: { min: asset.rps * 0.5 }, note: 'budget: half the static rate' },
    { group, name: 'story page p99 latency', value: page.p99Ms, unit: 'ms', baseline: { what: 'static /favicon.svg', value: asset.p99Ms }, budget: { max: 50 } },
    { group, name: 'story page p50 latency', value: page.p50Ms, unit: 'ms', baseline: { what: 'static /favicon.svg', value: asset.p50Ms }, budget: null },
  ]
}
