// npm run --silent moderate < in.jsonl > out.jsonl
// One JSON object per input line ({"id", "text", "country"?, "lang"?}); one output line per
// input line, same order. A bad line yields {"id": <id or null>, "error": "..."} in place.
// Streams, so a large backlog never sits in memory. Only JSON lines go to stdout.
import { createInterface } from 'node:readline'
import { once } from 'node:events'
import { screen } from '../index'

function judge(line: string): Record<string, unknown> {
  if (line.trim() === '') return { id: null, error: 'empty line' }
  let input: unknown
  try {
    input = JSON.parse(line)
  } catch {
    return { id: null, error: 'invalid JSON' }
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { id: null, error: 'expected a JSON object' }
  const rec = input as Record<string, unknown>
  const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? rec.id : null
  if (typeof rec.text !== 'string') return { id, error: 'missing "text" (string)' }
  const s = screen(rec.text, {
    country: typeof rec.country === 'string' ? rec.country : undefined,
    lang: typeof rec.lang === 'string' ? rec.lang : undefined,
  })
  return {
    id,
    crisis: s.crisis.level,
    subject: s.crisis.subject,
    reasons: s.crisis.reasons,
    stigma: s.stigma,
    method_detail: s.methodDetail.length > 0,
    method: s.methodDetail,
    pii: s.pii,
    harassment: s.harassment,
    lang: s.lang,
    version: s.version,
  }
}

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity })
  for await (const line of rl) {
    // Every input line gets exactly one output line, blank ones included, so outputs can be
    // matched to inputs by position as well as by id.
    let out: string
    try {
      out = JSON.stringify(judge(line))
    } catch (e) {
      out = JSON.stringify({ id: null, error: `internal error: ${(e as Error).message}` })
    }
    if (!process.stdout.write(`${out}\n`)) await once(process.stdout, 'drain')
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`moderate: ${(e as Error).message}\n`)
  process.exitCode = 1
})
