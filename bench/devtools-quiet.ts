/**
 * `wrangler dev` attaches its DevTools proxy to the runtime's inspector and turns on the
 * inspector's Network domain, so workerd reports every subrequest the Worker makes (each D1
 * round trip) with its body, JSON-encoded, to the proxy: about 0.9 ms of the runtime's CPU
 * per story create that a deployed Worker, with no inspector, never spends. Before timing,
 * the bench connects to wrangler's inspector as the DevTools client would and turns that
 * reporting off. Console logs still flow; wrangler turns nothing back on when we disconnect.
 */
import WebSocket from 'ws'

const ASK_ID = 1

export async function stopNetworkReporting(inspectorPort: number, timeoutMs = 10_000): Promise<void> {
  // wrangler's proxy accepts DevTools from localhost origins only.
  const ws = new WebSocket(`ws://127.0.0.1:${inspectorPort}/ws`, { headers: { Origin: 'http://localhost' } })
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`no answer to Network.disable from the inspector on port ${inspectorPort}`)), timeoutMs)
      const fail = (e: Error) => { clearTimeout(timer); reject(e) }
      ws.on('error', fail) // also after the answer, while closing: a late error has a listener
      ws.once('open', () => ws.send(JSON.stringify({ id: ASK_ID, method: 'Network.disable' })))
      // The proxy first replays what it buffered (console, network events); ours is the reply with our id.
      ws.on('message', (data) => {
        let reply: { id?: number; error?: { message: string } }
        try {
          reply = JSON.parse(String(data))
        } catch {
          return // not a DevTools message of ours
        }
        if (reply.id !== ASK_ID) return
        clearTimeout(timer)
        if (reply.error) reject(new Error(`Network.disable refused: ${reply.error.message}`))
        else resolve()
      })
    })
  } finally {
    ws.close()
  }
}
