import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'

/** Debian's Chromium, driven by playwright-core (no browser download). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

export const newContext = (browser: Browser, opts: { javaScriptEnabled?: boolean; locale?: string } = {}): Promise<BrowserContext> =>
  browser.newContext({ javaScriptEnabled: opts.javaScriptEnabled ?? true, locale: opts.locale ?? 'en-GB', viewport: { width: 1000, height: 900 } })

/** One browser per test file, closed at the end; call at the top of a file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => browser!
}

/** Waits until every island on the page has hydrated (Astro drops `ssr` when it has). */
export const whenHydrated = (page: Page) =>
  page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 })

/** The support panel after a post, a reply or an edit that waits for a volunteer: waits for it and checks it says held. */
export async function heldOutcome(page: Page): Promise<Locator> {
  const outcome = page.getByTestId('outcome')
  await outcome.waitFor({ state: 'visible' })
  expect(await outcome.getAttribute('data-status')).toBe('held')
  return outcome
}
