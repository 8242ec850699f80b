import { execFileSync } from 'node:child_process'
import { gzipSync } from 'node:zlib'
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startPartnerSite, type PartnerSite } from '../../scripts/partner-demo-server'
import { launchBrowser, newContext } from './browser'
import { E2E_STATE } from './global-setup'

const baseUrl = inject('baseUrl')
const PARTNER = 'e2e-partner'
const ACCENT = '#0b5cad'
let browser: Browser
let listed: PartnerSite
let unlisted: PartnerSite
let unknown: PartnerSite
let apiKey: string

beforeAll(async () => {
  browser = await launchBrowser()
  listed = await startPartnerSite({ forum: baseUrl, partner: PARTNER, space: 'anxiety' })
  unlisted = await startPartnerSite({ forum: baseUrl, partner: PARTNER, space: 'anxiety' })
  unknown = await startPartnerSite({ forum: baseUrl, partner: 'no-such-partner', space: 'anxiety' })
  // The partner is registered the way an operator would: with the CLI, on the test's database.
  const out = execFileSync(
    'npx',
    ['tsx', 'scripts/partner-create.ts', '--persist-to', E2E_STATE, '--json', '--slug', PARTNER, '--name', 'E2E Charity', '--origin', listed.url,
      '--accent', ACCENT, '--background', '#f7fbff', '--space', 'anxiety', '--space', 'recovery', '--default-space', 'anxiety',
      '--helpline', 'E2E listening line | 0800 000 111 | | https://example.org/line | Every day 9–21'],
    { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
  )
  apiKey = (JSON.parse(out.trim().split('\n').at(-1)!) as { apiKey: string }).apiKey
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await Promise.all([listed?.close(), unlisted?.close(), unknown?.close()])
})

const forumFrame = async (page: Page, path: RegExp = new RegExp(`/embed/${PARTNER}/`)): Promise<Frame> => {
  await expect.poll(() => page.frames().some((f) => path.test(f.url())), { timeout: 15_000 }).toBe(true)
  return page.frames().find((f) => path.test(f.url()))!
}
const frameHeight = (page: Page) => page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height)
const hydrated = (frame: Frame, component: string) => frame.waitForSelector(`astro-island[component-url*="${component}"]:not([ssr])`, { state: 'attached' })

describe('the loader', () => {
  it('is served as JavaScript with a day of caching, within 1.5 KB gzip', async () => {
    const res = await fetch(`${baseUrl}/embed.js`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/javascript/)
    expect(res.headers.get('Cache-Control')).toContain('max-age=86400')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(1536)
    // No dynamic code and nothing else loaded: it only ever creates the frame.
    expect(bytes.toString()).not.toMatch(/\beval\(|new Function|importScripts|createElement\("script"\)|\.innerHTML/)
  })
})

describe('embedded in a partner site on another origin', () => {
  it("shows the forum in a titled, lazy frame in the partner's colours, sized to its content", async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(listed.url)
    const frame = await forumFrame(page)
    const iframe = page.locator('iframe')
    expect(await iframe.getAttribute('loading')).toBe('lazy')
    await expect.poll(() => iframe.getAttribute('title')).toMatch(/Anxiety · E2E Charity/)
    await frame.waitForSelector('h1')
    expect(await frame.locator('h1').textContent()).toBe('Anxiety')
    // The accent colour, as the browser computes it, on the "write" button.
    expect(await frame.locator('a.button').evaluate((a) => getComputedStyle(a).backgroundColor)).toBe('rgb(11, 92, 173)')
    expect(await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(247, 251, 255)')
    // No site chrome, and the page fits the frame exactly: no inner scrollbar.
    expect(await frame.locator('header').count()).toBe(0)
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await frame.evaluate(() => document.getElementById('lantern-root')!.getBoundingClientRect().height)))).toBeLessThanOrEqual(1)
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1)).toBe(true)
    await context.close()
  })

  it('grows when a story with replies opens inside the frame, and keeps links in the frame', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(listed.url)
    const list = await forumFrame(page)
    await list.waitForSelector('h1')
    await expect.poll(() => frameHeight(page)).not.toBe(600)
    const before = await frameHeight(page)
    await list.getByRole('link', { name: 'The supermarket, on my own' }).click()
    const story = await forumFrame(page, new RegExp(`/embed/${PARTNER}/s/demo0first01$`))
    await story.waitForSelector('#replies')
    expect(await story.locator('ol.list > li').count()).toBe(2)
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 100)
    await expect.poll(() => story.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1)).toBe(true)
    expect(await story.getByRole('link', { name: 'Anxiety' }).getAttribute('href')).toBe(`/embed/${PARTNER}/anxiety`)
    expect(page.url()).toBe(`${listed.url}/`)
    await context.close()
  })

  it('lets a person write a story inside the frame, never loses their key, and counts the story for the partner', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(listed.url)
    const list = await forumFrame(page)
    await list.getByRole('link', { name: 'Share a story in this space' }).click()
    const composer = await forumFrame(page, new RegExp(`/embed/${PARTNER}/new\\?space=anxiety$`))
    await hydrated(composer, 'Composer')
    // Chromium's default profile for tests blocks storage in third-party frames outright
    // (as Safari and strict Firefox do); where it is only partitioned, the key is kept.
    const storageBlocked = await composer.evaluate(() => {
      try {
        localStorage.getItem('x')
        return false
      } catch {
        return true
      }
    })
    if (storageBlocked) expect(await composer.getByText('This browser is not keeping a draft here').count()).toBe(1)
    const title = `Written in a frame ${Date.now()}`
    await composer.getByLabel('Title').fill(title)
    await composer.getByLabel('Your story').fill('I found this forum on a charity website.')
    await composer.getByRole('button', { name: 'Post anonymously' }).click()

    await expect.poll(() => composer.getByTestId('author-key').textContent()).toMatch(/^lk_/)
    const key = (await composer.getByTestId('author-key').textContent())!
    // The recovery key is offered to copy at once, with a warning when it cannot be kept.
    await expect.poll(() => composer.getByTestId('recovery-key').textContent()).toBe(key)
    expect(await composer.locator('details.key-panel').getAttribute('open')).not.toBeNull()
    expect(await composer.locator('.key-panel .notice.warn').count()).toBe(storageBlocked ? 1 : 0)

    await composer.getByRole('link', { name: 'Go to your story' }).click()
    const story = await forumFrame(page, new RegExp(`/embed/${PARTNER}/s/[0-9a-z]+$`))
    await expect.poll(() => story.locator('h1').textContent()).toBe(title)
    // The author's tools are a plain script (components/OwnerTools.astro): it has run once the frame has loaded.
    await story.waitForLoadState('load')
    await hydrated(story, 'EmbedKeyPanel')
    if (storageBlocked) {
      // A new page in the frame starts without the key: bringing it back restores the author's tools.
      expect(await story.getByRole('button', { name: 'Edit' }).count()).toBe(0)
      await story.locator('details.key-panel > summary').click()
      await story.getByLabel('I have a key').fill(key)
      await story.getByRole('button', { name: 'Use this key' }).click()
    }
    await expect.poll(() => story.getByRole('button', { name: 'Edit' }).count()).toBe(1)

    const res = await fetch(`${baseUrl}/api/partner/stories`, { headers: { Authorization: `Bearer ${apiKey}` } })
    const body = (await res.json()) as { stories: { title: string; writtenHere: boolean }[] }
    expect(body.stories.find((s) => s.title === title)).toMatchObject({ writtenHere: true })
    await context.close()
  })

  it("shows the partner's own helpline before the country's crisis lines", async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(listed.url)
    const list = await forumFrame(page)
    await list.getByRole('link', { name: 'Need help now?' }).click()
    const help = await forumFrame(page, new RegExp(`/embed/${PARTNER}/resources$`))
    await help.waitForSelector('.resources')
    const lines = await help.locator('.resources li.card strong').allTextContents()
    expect(lines[0]).toBe('E2E listening line')
    expect(lines.length).toBeGreaterThan(1)
    await context.close()
  })

  it('cannot be framed by a page on an origin the partner has not listed', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const refusals: string[] = []
    page.on('console', (m) => m.text().includes('frame-ancestors') && refusals.push(m.text()))
    await page.goto(unlisted.url)
    await page.locator('iframe').waitFor()
    await page.waitForTimeout(1500)
    const child = page.frames().find((f) => f !== page.mainFrame())
    const loaded = child ? await child.evaluate(() => !!document.getElementById('lantern-root')).catch(() => false) : false
    expect(loaded).toBe(false)
    expect(child?.url() ?? '').not.toMatch(/\/embed\//)
    expect(await page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe('600px')
    expect(refusals.join(' ')).toMatch(/frame-ancestors/)
    await context.close()
  })

  it('explains inside the frame when the partner name is wrong', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(unknown.url)
    const frame = await forumFrame(page, /\/embed\/no-such-partner\//)
    await expect.poll(() => frame.locator('h1').textContent()).toBe('This forum is not set up here')
    await context.close()
  })

  it('works as a <lantern-forum> element too', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(`${listed.url}/element.html`)
    const frame = await forumFrame(page)
    await expect.poll(() => frame.locator('h1').textContent()).toBe('Anxiety')
    expect(await page.locator('lantern-forum > iframe').count()).toBe(1)
    await context.close()
  })
})

describe('the API reference at /docs/api', () => {
  it('renders every operation of the OpenAPI document the Worker reads from its static assets', async () => {
    const doc = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as { servers: { url: string }[]; paths: Record<string, Record<string, unknown>> }
    expect(doc.servers).toEqual([{ url: baseUrl }])
    const html = await (await fetch(`${baseUrl}/docs/api`)).text()
    const paths = Object.keys(doc.paths)
    expect(paths.length).toBeGreaterThan(10)
    for (const path of paths) expect(html).toContain(`<code>${Object.keys(doc.paths[path]!)[0]!.toUpperCase()} ${path}</code>`)
    expect(html).toContain(`${baseUrl}/embed.js`)
  })
})
