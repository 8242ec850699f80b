/**
 * A real HTTP server for webhook tests (vitest globalSetup of the workers project): the
 * Worker under test posts to it over the network, as it would to Slack or Discord.
 *
 *   POST /hook/flaky-<name>  answers 500 the first time, then 200
 *   POST /hook/down-<name>   always answers 500
 *   POST /hook/<name>        answers 200
 *   GET  /log/<name>         what was received: [{ status, contentType, body }]
 *   POST /siteverify         Cloudflare Turnstile's verification, replaying recorded answers
 *                            (tests/fixtures/turnstile/siteverify.json) by token; the form
 *                            received is logged under "siteverify"
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { TestProject } from 'vitest/node'

type Received = { status: number; contentType: string | undefined; body: unknown }

const siteverify = JSON.parse(readFileSync('tests/fixtures/turnstile/siteverify.json', 'utf8')) as Record<string, unknown>

const readBody = async (req: IncomingMessage) => {
  let text = ''
  for await (const chunk of req) text += chunk
  if (req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text))
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = new Map<string, Received[]>()
  const server = createServer(async (req, res) => {
    const [, kind, name = ''] = (req.url ?? '').split('/')
    if (req.method === 'GET' && kind === 'log') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(log.get(name) ?? []))
      return
    }
    if (req.method === 'POST' && kind === 'siteverify') {
      const form = (await readBody(req)) as Record<string, string>
      log.set('siteverify', [...(log.get('siteverify') ?? []), { status: 200, contentType: req.headers['content-type'], body: form }])
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(siteverify[form.response ?? ''] ?? siteverify['*']))
      return
    }
    const received = log.get(name) ?? []
    const status = name.startsWith('down-') || (name.startsWith('flaky-') && received.length === 0) ? 500 : 200
    received.push({ status, contentType: req.headers['content-type'], body: await readBody(req) })
    log.set(name, received)
    res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status === 200 ? 'ok' : 'try again')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  project.provide('webhookReceiver', `http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  return () => new Promise((resolve) => server.close(() => resolve()))
}

declare module 'vitest' {
  export interface ProvidedContext {
    webhookReceiver: string
  }
}
