/** D1 statements per reader page, read from the `Server-Timing: d1;desc="N"` every response carries. */
import type { Figure } from './figure'

export const QUERY_PAGES = ['/', '/spaces/anxiety', '/s/demo0first01', '/search?q=oranges', '/resources']

async function statements(url: string): Promise<number> {
  // As a reload: story pages are micro-cached (worker/page-cache.ts), and the budget is what
  // rendering a page costs, not what a cached copy costs (none).
  const res = await fetch(url, { headers: { 'Cache-Control': 'no-cache' } })
  await res.arrayBuffer()
  const n = /d1;desc="(\d+)"/.exec(res.headers.get('Server-Timing') ?? '')?.[1]
  if (res.status !== 200 || n === undefined) throw new Error(`${url}: status ${res.status}, Server-Timing ${res.headers.get('Server-Timing')}`)
  return Number(n)
}

export async function queryFigures(baseUrl: string): Promise<Figure[]> {
  // The baseline: a Worker request that reads nothing (proves the counter counts from zero).
  const res = await fetch(`${baseUrl}/api/bench-no-such-endpoint`)
  await res.arrayBuffer()
  const zero = Number(/d1;desc="(\d+)"/.exec(res.headers.get('Server-Timing') ?? '')?.[1])
  const figures: Figure[] = []
  for (const path of QUERY_PAGES) {
    figures.push({ group: 'D1 statements', name: path, value: await statements(baseUrl + path), unit: '', baseline: { what: 'no-op Worker request', value: zero }, budget: { max: 2 } })
  }
  return figures
}
