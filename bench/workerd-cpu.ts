/**
 * CPU time per request, as the operating system counts it for the workerd process that runs
 * the Worker (/proc/<pid>/stat utime + stime, all its threads), over many sequential requests.
 * `wrangler dev` runs two: ours (with the local D1) and its proxy, which owns the public port
 * and exists only in development; the proxy is left out (runtimePids).
 *
 * Why not workerd's own figure: locally workerd enforces no CPU limit and reports none
 * (Date.now() and performance.now() inside a Worker stop between I/O, so the Worker cannot
 * time itself either). The OS figure is an upper bound on what Cloudflare bills as CPU time:
 * it also counts the local D1 (SQLite, in the same workerd process) and HTTP parsing. A no-op
 * Worker request measured the same way, in the same run, shows how much of it is that fixed
 * overhead.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim())

function cpuMs(pids: number[]): number {
  let ticks = 0
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    ticks += Number(fields[11]) + Number(fields[12]) // utime, stime (fields 14 and 15 of stat)
  }
  return ticks * TICK_MS
}

/** Of the server's workerd processes, those that run the Worker: not the one whose entry
 * socket is the public port (wrangler's dev proxy, which forwards to the others). */
export function runtimePids(all: number[], publicPort: number): number[] {
  const proxy = `entry=localhost:${publicPort}`
  const runtime = all.filter((pid) => !readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').some((arg) => arg.endsWith(proxy)))
  if (runtime.length === 0 || runtime.length === all.length) throw new Error(`cannot tell wrangler's proxy from the Worker's runtime among workerd ${all.join(', ')}`)
  return runtime
}

export type PerRequest = { cpuMs: number; wallP50Ms: number; wallP99Ms: number; requests: number }

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!

/**
 * Sends `count` requests one after another (after a warm-up) and divides the workerd CPU
 * they cost. `request(i)` must answer with the expected status, or the figure is refused.
 */
export async function perRequest(pids: () => number[], count: number, request: (i: number) => Promise<Response>, expect: number): Promise<PerRequest> {
  const check = async (res: Response) => {
    await res.arrayBuffer()
    if (res.status !== expect) throw new Error(`expected ${expect}, got ${res.status} from ${res.url}`)
  }
  for (let i = 0; i < 20; i++) await check(await request(i)) // warm-up: JIT, caches, lazy init
  const workerd = pids()
  if (workerd.length === 0) throw new Error('no workerd process found in the server process group')
  const walls: number[] = []
  const before = cpuMs(workerd)
  for (let i = 0; i < count; i++) {
    const t = performance.now()
    await check(await request(1000 + i))
    walls.push(performance.now() - t)
  }
  return { cpuMs: (cpuMs(workerd) - before) / count, wallP50Ms: quantile(walls, 0.5), wallP99Ms: quantile(walls, 0.99), requests: count }
}
