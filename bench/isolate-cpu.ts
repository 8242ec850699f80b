/**
 * CPU time of the Worker's own isolate per request, from V8's sampling profiler, reached
 * through `wrangler dev`'s inspector with the DevTools protocol (what Cloudflare documents for
 * measuring a Worker's CPU locally: Workers' timers stop between I/O, so a Worker cannot time
 * itself). Samples taken while the isolate runs JavaScript or collects garbage count; "(idle)"
 * and "(program)" (workerd outside the isolate: local D1's SQLite, the dev proxy, HTTP) do not.
 *
 * A sample covers the interval since the previous one, so a core taken away by the scheduler
 * while the isolate is in JavaScript counts too: on a busy machine this reads high, never low.
 */
import WebSocket from 'ws'

const OUTSIDE = new Set(['(idle)', '(program)'])

export interface ProfileNode { id: number; callFrame: { functionName: string } }
export interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export type IsolateCpu = {
  /** JavaScript and garbage collection in the Worker's isolate, per request. */
  cpuMs: number
  requests: number
}

export class IsolateProfiler {
  private next = 0
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } }
      const w = msg.id === undefined ? undefined : this.waiting.get(msg.id)
      if (!w) return // events, and replies to the proxy's own calls
      // Settles on the first message with our id: wrangler's proxy answers Profiler.enable and
      // Profiler.setSamplingInterval with an echo of the call (no result), the others normally.
      this.waiting.delete(msg.id!)
      if (msg.error) w.reject(new Error(`inspector: ${msg.error.message}`))
      else w.resolve(msg.result)
    })
  }

  /** Connects to the Worker listed by the inspector on `port` (wrangler dev --inspector-port). */
  static async connect(port: number): Promise<IsolateProfiler> {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as Array<{ webSocketDebuggerUrl: string }>
    if (!targets[0]) throw new Error(`no Worker listed by the inspector on port ${port}`)
    const ws = new WebSocket(targets[0].webSocketDebuggerUrl)
    await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject) })
    const profiler = new IsolateProfiler(ws)
    await profiler.call('Profiler.enable')
    await profiler.call('Profiler.setSamplingInterval', { interval: 1000 }) // µs
    return profiler
  }

  private call(method: string, params: object = {}): Promise<unknown> {
    const id = ++this.next
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      this.ws.send(JSON.stringify({ id, method, params }))
    })
  }

  /** Sends `count` requests one after another (after a warm-up) under the profiler. */
  async measure(count: number, request: (i: number) => Promise<Response>, expect: number): Promise<IsolateCpu> {
    const send = async (i: number) => {
      const res = await request(i)
      await res.arrayBuffer()
      if (res.status !== expect) throw new Error(`expected ${expect}, got ${res.status} from ${res.url}`)
    }
    for (let i = 0; i < 50; i++) await send(i) // warm-up: JIT, lazily built state
    await this.call('Profiler.start')
    for (let i = 0; i < count; i++) await send(1000 + i)
    const stopped = (await this.call('Profiler.stop')) as { profile?: Profile } | undefined
    if (!stopped?.profile) throw new Error('the inspector returned no CPU profile')
    return isolateCpuOf(stopped.profile, count)
  }

  close(): void {
    this.ws.close()
  }
}

/** Per request, the sampled time the isolate spent in JavaScript or garbage collection. */
export function isolateCpuOf(profile: Profile, requests: number): IsolateCpu {
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]))
  let us = 0
  profile.samples.forEach((id, k) => {
    if (!OUTSIDE.has(names.get(id)!)) us += profile.timeDeltas[k] ?? 0
  })
  return { cpuMs: us / 1000 / requests, requests }
}
