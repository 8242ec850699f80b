import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('moderate CLI', () => {
  it('streams one output line per input line, in order, errors in place', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'I want to die', country: 'GB' }),
      'not json',
      JSON.stringify({ id: 7, text: 'my psycho ex, call me on 07700 900456', country: 'GB' }),
      '',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'quiero morir', lang: 'es' }),
    ].join('\n')
    const r = spawnSync('npx', ['tsx', 'moderation/cli/moderate.ts'], { input, encoding: 'utf8', timeout: 60000 })
    expect(r.status).toBe(0)
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines).toHaveLength(6)
    expect(lines[0]).toMatchObject({ id: 'a', crisis: 'high', subject: 'self', method_detail: false, lang: 'en' })
    expect(lines[1]).toMatchObject({ id: null, error: 'invalid JSON' })
    expect(lines[2]).toMatchObject({ id: 7, crisis: 'none', subject: 'none' })
    expect((lines[2]!.pii as Array<{ kind: string }>).map((p) => p.kind)).toEqual(['phone'])
    expect((lines[2]!.stigma as unknown[]).length).toBe(1)
    expect(lines[3]).toMatchObject({ id: null, error: 'empty line' })
    expect(lines[4]).toMatchObject({ id: 'c' })
    expect(lines[4]!.error).toBeDefined()
    expect(lines[5]).toMatchObject({ id: 'd', crisis: 'high', lang: 'es' })
  })
})
