/**
 * The last step of `npm start`: the forum on http://localhost:8787 (wrangler dev, local D1)
 * and the sample partner page on http://127.0.0.1:8788, which embeds it from that second
 * origin. Ctrl-C stops both: wrangler runs in its own process group, which is signalled
 * as a whole (stopping only npx would leave workerd running).
 */
import { spawn } from 'node:child_process'
import { startPartnerSite } from './partner-demo-server'

const FORUM = 'http://localhost:8787'
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', ASTRO_TELEMETRY_DISABLED: '1' }

const wrangler = spawn('npx', ['wrangler', 'dev', '--local', '--port', '8787'], { env, detached: true, stdio: 'inherit' })
const site = await startPartnerSite({ forum: FORUM, partner: 'demo', space: 'anxiety', port: 8788 })

console.log(`
  Lantern forum:        ${FORUM}
  Partner demo page:    ${site.url}   (embeds the forum from a second origin)
  Custom element demo:  ${site.url}/element.html
  API reference:        ${FORUM}/docs/api
`)

let stopping = false
function stop(code = 0) {
  if (stopping) return
  stopping = true
  try {
    if (wrangler.pid) process.kill(-wrangler.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
  site.close().finally(() => process.exit(code))
}
process.on('SIGINT', () => stop())
process.on('SIGTERM', () => stop())
wrangler.on('exit', (code) => stop(code ?? 0))
