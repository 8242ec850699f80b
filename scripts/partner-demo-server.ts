/**
 * A tiny static server for the sample partner page (examples/partner-site), on an origin
 * of its own, so the embed runs cross-origin as it will on a real partner's site. Used by
 * `npm start` (port 8788) and by the browser tests (any free port).
 */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

const DIR = new URL('../examples/partner-site/', import.meta.url)
const FILES: Record<string, [string, string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/index.html': ['index.html', 'text/html; charset=utf-8'],
  '/element.html': ['element.html', 'text/html; charset=utf-8'],
  '/site.css': ['site.css', 'text/css; charset=utf-8'],
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export type PartnerSite = { url: string; close: () => Promise<void> }

export async function startPartnerSite(opts: { forum: string; partner: string; space: string; port?: number; host?: string }): Promise<PartnerSite> {
  const host = opts.host ?? '127.0.0.1'
  const server = createServer(async (req, res) => {
    const file = FILES[new URL(req.url ?? '/', 'http://x').pathname]
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
      return
    }
    const origin = `http://${req.headers.host ?? host}`
    const values: Record<string, string> = { FORUM: opts.forum, PARTNER: opts.partner, SPACE: opts.space, ORIGIN: origin }
    const text = (await readFile(new URL(file[0], DIR), 'utf8')).replace(/\{\{(\w+)\}\}/g, (_, name: string) => escapeHtml(values[name] ?? ''))
    res.writeHead(200, { 'Content-Type': file[1], 'Cache-Control': 'no-store' }).end(text)
  })
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(opts.port ?? 0, host, resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://${host}:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
