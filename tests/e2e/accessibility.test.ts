import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { seriousViolations } from './axe'
import { launchBrowser, newContext } from './browser'

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const pages = ['/', '/spaces/anxiety', '/s/demo0first01', '/s/demo0fifth05', '/new', '/search?q=supermarket', '/resources?country=US', '/about', '/me']

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(pages)(`%s has no serious or critical violations (${scheme})`, async (path) => {
      const context = await newContext(browser)
      const page = await context.newPage()
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' })
      expect(await seriousViolations(page)).toEqual([])
      await context.close()
    })
  }
})
