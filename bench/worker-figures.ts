/**
 * Per-request cost of the three requests that matter most (story create, story page,
 * moderator queue), each next to a no-op Worker request measured the same way, in the same run:
 * the Worker isolate's own CPU (V8's profiler, bench/isolate-cpu.ts), the workerd processes' CPU
 * (an upper bound, bench/workerd-cpu.ts) and wall time.
 */
import type { LocalForum } from '../scripts/lib/local-forum'
import { storyBody, storyHeaders } from '../scripts/lib/story-writes'
import type { Figure } from './figure'
import { IsolateProfiler, type IsolateCpu } from './isolate-cpu'
import { perRequest, type PerRequest } from './workerd-cpu'

const COUNT = 200
const ISOLATE_NOTE = "JavaScript + GC in the Worker's isolate, V8 profiler via wrangler's inspector, wrangler dev's middleware included; sampled wall time, so it reads high on a shared machine"
const PROCESS_NOTE = 'workerd process CPU from /proc: also counts local D1 (SQLite), HTTP and the dev proxy, so an upper bound'

type Case = { name: string; request: (i: number) => Promise<Response>; expect: number; budget: number | null }

export async function workerFigures(forum: LocalForum, authorKey: string, moderatorCookie: string): Promise<Figure[]> {
  const url = forum.url
  const cases: Case[] = [
    // The cheapest request that still runs our Worker: an /api path with no route answers 404
    // from Hono, without touching D1 (there is no health endpoint, and none is added for this).
    { name: 'no-op Worker request', request: () => fetch(`${url}/api/bench-no-such-endpoint`), expect: 404, budget: null },
    { name: 'story create (POST /api/stories)', request: (i) => fetch(`${url}/api/stories`, { method: 'POST', headers: storyHeaders(authorKey), body: storyBody(i) }), expect: 201, budget: 2 },
    // Rendered every time (a reload bypasses the 5-second page cache); the 50-connection run shows the cached case.
    { name: 'story page (GET /s/:id), rendered', request: () => fetch(`${url}/s/demo0first01`, { headers: { 'Cache-Control': 'no-cache' } }), expect: 200, budget: null },
    { name: 'story page (GET /s/:id), from the 5-second page cache', request: () => fetch(`${url}/s/demo0first01`), expect: 200, budget: null },
    { name: 'moderator queue (GET /api/mod/queue)', request: () => fetch(`${url}/api/mod/queue`, { headers: { Cookie: moderatorCookie } }), expect: 200, budget: null },
  ]
  // Process CPU first, without the profiler attached (sampling costs CPU too). The two readings
  // bracket the Worker's CPU from different sides: the processes' also counts SQLite and the
  // proxy; the profile counts only the isolate, but in wall time (it can exceed the first).
  const processCpu: PerRequest[] = []
  for (const c of cases) processCpu.push(await perRequest(forum.workerdPids, COUNT, c.request, c.expect))
  const profiler = await IsolateProfiler.connect(forum.inspectorPort)
  const isolate: IsolateCpu[] = []
  try {
    for (const c of cases) isolate.push(await profiler.measure(COUNT, c.request, c.expect))
  } finally {
    profiler.close()
  }
  const [noopIsolate, noopProcess] = [isolate[0]!, processCpu[0]!]
  const noop = (value: number) => ({ what: 'no-op Worker request', value })
  const figures: Figure[] = []
  cases.forEach((c, k) => {
    const iso = isolate[k]!
    const proc = processCpu[k]!
    const budget = c.budget === null ? null : { max: c.budget }
    if (k === 0) {
      figures.push({ group: 'Worker CPU', name: `${c.name}, isolate`, value: iso.cpuMs, unit: 'ms', baseline: null, budget: null, note: ISOLATE_NOTE })
      return
    }
    figures.push(
      { group: 'Worker CPU', name: `${c.name}, isolate`, value: iso.cpuMs, unit: 'ms', baseline: noop(noopIsolate.cpuMs), budget, note: ISOLATE_NOTE },
      { group: 'Worker CPU', name: `${c.name}, isolate, net of the no-op request`, value: iso.cpuMs - noopIsolate.cpuMs, unit: 'ms', baseline: null, budget: null },
      { group: 'Worker CPU', name: `${c.name}, workerd processes`, value: proc.cpuMs, unit: 'ms', baseline: noop(noopProcess.cpuMs), budget, note: PROCESS_NOTE },
      { group: 'wall time, one request at a time', name: `${c.name} p50`, value: proc.wallP50Ms, unit: 'ms', baseline: noop(noopProcess.wallP50Ms), budget: null },
      { group: 'wall time, one request at a time', name: `${c.name} p99`, value: proc.wallP99Ms, unit: 'ms', baseline: noop(noopProcess.wallP99Ms), budget: null },
    )
  })
  return figures
}
