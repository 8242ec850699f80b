/**
 * Per-request cost of the three requests that matter most (story create, story page,
 * moderator queue), each next to a no-op Worker request measured the same way, in the same run.
 */
import type { LocalForum } from '../scripts/lib/local-forum'
import { storyBody, storyHeaders } from '../scripts/lib/story-writes'
import type { Figure } from './figure'
import { perRequest, runtimePids, type PerRequest } from './workerd-cpu'

const COUNT = 200
const CPU_NOTE = "CPU of the Worker's workerd process from /proc: also counts the local D1 (SQLite) and HTTP parsing, so an upper bound on billed CPU; wrangler's dev proxy left out"

export async function workerFigures(forum: LocalForum, authorKey: string, moderatorCookie: string): Promise<Figure[]> {
  const url = forum.url
  const pids = () => runtimePids(forum.workerdPids(), Number(new URL(url).port))
  // The cheapest request that still runs our Worker: an /api path with no route answers 404
  // from Hono, without touching D1 (there is no health endpoint, and none is added for this).
  const noop = await perRequest(pids, COUNT, () => fetch(`${url}/api/bench-no-such-endpoint`), 404)
  const cases: [string, PerRequest, number | null][] = [
    ['story create (POST /api/stories)', await perRequest(pids, COUNT, (i) => fetch(`${url}/api/stories`, { method: 'POST', headers: storyHeaders(authorKey), body: storyBody(i) }), 201), 2],
    // Rendered every time (a reload bypasses the 5-second page cache); the 50-connection run shows the cached case.
    ['story page (GET /s/:id), rendered', await perRequest(pids, COUNT, () => fetch(`${url}/s/demo0first01`, { headers: { 'Cache-Control': 'no-cache' } }), 200), null],
    ['story page (GET /s/:id), from the 5-second page cache', await perRequest(pids, COUNT, () => fetch(`${url}/s/demo0first01`), 200), null],
    ['moderator queue (GET /api/mod/queue)', await perRequest(pids, COUNT, () => fetch(`${url}/api/mod/queue`, { headers: { Cookie: moderatorCookie } }), 200), null],
  ]
  const figures: Figure[] = []
  for (const [name, m, cpuBudget] of cases) {
    figures.push(
      { group: 'Worker CPU', name, value: m.cpuMs, unit: 'ms', baseline: { what: 'no-op Worker request', value: noop.cpuMs }, budget: cpuBudget === null ? null : { max: cpuBudget }, note: CPU_NOTE },
      { group: 'Worker CPU', name: `${name}, net of the no-op request`, value: m.cpuMs - noop.cpuMs, unit: 'ms', baseline: null, budget: cpuBudget === null ? null : { max: cpuBudget } },
      { group: 'wall time, one request at a time', name: `${name} p50`, value: m.wallP50Ms, unit: 'ms', baseline: { what: 'no-op Worker request', value: noop.wallP50Ms }, budget: null },
      { group: 'wall time, one request at a time', name: `${name} p99`, value: m.wallP99Ms, unit: 'ms', baseline: { what: 'no-op Worker request', value: noop.wallP99Ms }, budget: null },
    )
  }
  return figures
}
