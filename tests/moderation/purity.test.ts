import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(process.cwd(), 'moderation')
const MODERN = resolve(process.cwd(), 'node_modules/libphonenumber-js/es6-modern')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return name === 'cli' || name === 'node_modules' ? [] : files(p)
    return p.endsWith('.ts') ? [p] : []
  })
}

describe('purity: moderation/ runs in a Worker, a browser and Node', () => {
  const all = files(ROOT)
  it('finds the library files', () => {
    expect(all.length).toBeGreaterThan(10)
  })
  it('imports only relative paths inside moderation/ or libphonenumber-js', () => {
    for (const file of all) {
      const src = readFileSync(file, 'utf8')
      for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        const spec = m[1]!
        if (spec.startsWith('.')) {
          const target = resolve(file, '..', spec)
          // The one path outside: libphonenumber-js's modern build, which its exports omit.
          const inside = !relative(ROOT, target).startsWith('..') || relative(MODERN, target).match(/^[\w.]+\.js$/) !== null
          expect(inside, `${relative(ROOT, file)} → ${spec}`).toBe(true)
        } else {
          expect(spec, relative(ROOT, file)).toMatch(/^libphonenumber-js\/(min|core)$/)
        }
      }
      expect(src, relative(ROOT, file)).not.toMatch(/\brequire\(|\bimport\(/)
    }
  })
  it('uses no Node, DOM or Worker globals', () => {
    const banned = /\b(process|Buffer|window|document|navigator|localStorage|fetch|XMLHttpRequest|self\.|globalThis\.|__dirname|setTimeout|setInterval)\b/
    for (const file of all) {
      if (file.includes(`${ROOT}/resources`)) continue // colleague's module, checked by its own tests
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/'[^'\n]*'|"[^"\n]*"|`[^`]*`/g, '""')
      expect(code, relative(ROOT, file)).not.toMatch(banned)
    }
  })
  it('keeps library files small', () => {
    for (const file of all) {
      if (file.includes(`${ROOT}/resources`) || file.includes(`${ROOT}/policy`)) continue // colleagues' modules
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n').length
      expect(lines, relative(ROOT, file)).toBeLessThanOrEqual(260)
    }
  })
})
