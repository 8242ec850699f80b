import { createRequire } from 'node:module'
import { describe, expect, inject, it } from 'vitest'
import { newContext, useBrowser } from './browser'

const baseUrl = inject('baseUrl')
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const browser = useBrowser()

const pages = ['/', '/spaces/anxiety', '/s/demo0first01', '/s/demo0fifth05', '/new', '/search?q=supermarket', '/resources?country=US', '/about', '/me']
// Embedded pages, in the demo partner's theme (scripts/lib/demo-partner.ts), and the API reference.
pages.push('/embed/demo/anxiety', '/embed/demo/s/demo0first01', '/embed/demo/new', '/embed/demo/resources?country=US', '/embed/demo/?spaces', '/docs/api')

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(pages)(`%s has no serious or critical violations (${scheme})`, async (path) => {
      const context = await newContext(browser())
      const page = await context.newPage()
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' })
      await page.addScriptTag({ path: axePath })
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document)
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      })
      expect(violations).toEqual([])
      await context.close()
    })
  }
})
