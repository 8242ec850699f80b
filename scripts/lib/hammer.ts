/**
 * One autocannon run, reduced to the figures the bench and the load test report. autocannon
 * runs in this same Node process: on a 2-core machine it competes with workerd for the CPU,
 * so throughput is a floor, and comparisons are only fair within one run (same conditions).
 */
import autocannon, { type Options } from 'autocannon'

export type Hammered = {
  requests: number
  /** Requests per second, averaged over the run. */
  rps: number
  p50Ms: number
  p99Ms: number
  non2xx: number
  /** Socket errors, timeouts included. */
  socketErrors: number
  statusCodes: Record<string, number>
}

export async function hammer(options: Options): Promise<Hammered> {
  const r = await autocannon({ timeout: 10, ...options })
  return {
    requests: r.requests.total,
    rps: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    socketErrors: r.errors,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count])),
  }
}
