import { describe, expect, inject, it } from 'vitest'
import { seriousViolations } from './axe'
import { newContext, useBrowser } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

const pages = ['/', '/spaces/anxiety', '/s/demo0first01', '/s/demo0fifth05', '/new', '/search?q=supermarket', '/resources?country=US', '/about', '/privacy', '/me']
// Embedded pages, in the demo partner's theme (scripts/lib/demo-partner.ts), the API reference
// and the page shown while the database is unavailable.
pages.push('/embed/demo/anxiety', '/embed/demo/s/demo0first01', '/embed/demo/new', '/embed/demo/resources?country=US', '/embed/demo/?spaces', '/docs/api', '/unavailable', '/no-such-page')

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(pages)(`%s has no serious or critical violations (${scheme})`, async (path) => {
      const context = await newContext(browser())
      const page = await context.newPage()
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' })
      expect(await seriousViolations(page)).toEqual([])
      await context.close()
    })
  }
})

describe('an address with no page', () => {
  it('answers 404 and says so, in the reader\'s language, with a way on', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    const res = await page.goto(`${baseUrl}/no-such-page`)
    expect(res!.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('We could not find this page')
    expect(await page.getByRole('link', { name: 'Search the stories' }).getAttribute('href')).toBe('/search')
    await page.goto(`${baseUrl}/no-such-page?lang=es`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('No encontramos esta página')
    await context.close()
  })
})
