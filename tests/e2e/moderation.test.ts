import { execFileSync } from 'node:child_process'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { queueItems, stories } from '../../db/schema'
import { hashAuthorKey, newAuthorKey } from '../../worker/lib/author-key'
import { newId } from '../../worker/lib/ids'
import { executeD1, inlineSql, sqlBuilder } from '../../scripts/lib/d1-command'
import { seriousViolations } from './axe'
import { launchBrowser, newContext } from './browser'
import { E2E_STATE } from './global-setup'

const baseUrl = inject('baseUrl')
const HANDLE = 'e2e-night-admin'
const PASSWORD = 'a long calm night shift'
const target = ['--local', '--persist-to', E2E_STATE]
let browser: Browser

/** A held story with a queue item, written to the e2e D1 the way the posting flow would. */
async function seedHeldStory(reason: 'imminent' | 'concern', minutesAgo: number, title: string, body: string) {
  const authorKey = newAuthorKey()
  const authorHash = await hashAuthorKey(authorKey)
  const id = newId()
  const itemId = newId()
  const createdAt = new Date(Date.now() - minutesAgo * 60_000)
  const phrase = 'do not want to wake up'
  const start = `${title}\n\n${body}`.indexOf(phrase)
  const screening = { crisis: { level: reason === 'imminent' ? 'imminent' : 'concern', subject: 'self', reasons: start < 0 ? [] : [{ start, end: start + phrase.length, rule: 'en.e2e', note: 'says they do not want to wake up' }] }, stigma: [], methodDetail: [], pii: [], harassment: [], bodyOffset: title.length + 2 }
  executeD1(
    [
      inlineSql(sqlBuilder.insert(stories).values({ id, spaceSlug: 'depression', title, body, bodyHtml: `<p>${body}</p>`, authorHash, authorName: 'Quiet Heron', status: 'held', crisisLevel: reason === 'imminent' ? 'imminent' : 'concern', crisisSubject: 'self', screening, createdAt })),
      inlineSql(sqlBuilder.insert(queueItems).values({ id: itemId, postType: 'story', postId: id, storyId: id, spaceSlug: 'depression', authorHash, lang: 'en', reason, source: 'screen', sources: ['screen'], priority: reason === 'imminent' ? 1000 : 300, reasons: ['says they do not want to wake up'], createdAt })),
    ],
    target,
  )
  return { storyId: id, itemId, authorHash }
}

function query<T>(sql: string): T[] {
  const out = execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', ...target, '--json', '--command', sql], { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
  return (JSON.parse(out) as { results: T[] }[])[0]!.results
}

const claimed = (page: Page) => expect.poll(() => page.getByRole('status').filter({ hasText: 'You are working on this item' }).count(), { timeout: 10_000 }).toBe(1)

async function signIn(page: Page) {
  await page.goto(`${baseUrl}/mod/sign-in`)
  await submitSignIn(page)
}

/** Fills in and sends the sign-in form already on the page. */
async function submitSignIn(page: Page) {
  await page.getByLabel('Handle').fill(HANDLE)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(`${baseUrl}/mod`)
}

let imminent: Awaited<ReturnType<typeof seedHeldStory>>
let concern: Awaited<ReturnType<typeof seedHeldStory>>

beforeAll(async () => {
  execFileSync('npx', ['tsx', 'scripts/admin-create.ts', '--handle', HANDLE, '--password', PASSWORD, ...target.slice(1)], { stdio: 'ignore' })
  // Older than anything other browser tests create, so it is the top of the queue.
  imminent = await seedHeldStory('imminent', 90, 'Tonight', 'I do not want to wake up tomorrow. Everything is too heavy.')
  concern = await seedHeldStory('concern', 30, 'A hard week', 'Some days I do not want to wake up early, but I am managing.')
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe('a volunteer at night', () => {
  it('signs in, finds the imminent item at the top, claims it, checks in, approves another, and finds both in the audit log', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()

    // Sign in (the queue sends us to the sign-in page first).
    const first = await page.goto(`${baseUrl}/mod`)
    expect(page.url()).toContain('/mod/sign-in?next=%2Fmod')
    expect(first?.headers()['cache-control']).toBe('no-store')
    expect(first?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    // The password field is styled like the handle field (it was a small unstyled box).
    const width = (label: string) => page.getByLabel(label).evaluate((el) => el.getBoundingClientRect().width)
    expect(await width('Password')).toBe(await width('Handle'))
    await submitSignIn(page)
    const [cookie] = (await context.cookies()).filter((c) => c.name === '__Host-lantern_mod')
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' })

    // The imminent item is at the top; j then Enter opens it, which claims it.
    const entries = page.locator('.queue a.entry')
    await expect.poll(() => entries.first().getAttribute('href')).toBe(`/mod/items/${imminent.itemId}`)
    expect(await entries.first().getAttribute('data-level')).toBe('imminent')
    expect(await entries.first().textContent()).toContain('Urgent')
    // Spaces by name in the volunteer's language, not by their code (here it is the same word).
    expect(await entries.first().locator('strong').textContent()).toBe('Depression')
    await page.locator('.hints[data-ready="true"]').waitFor()
    await page.keyboard.press('j')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${baseUrl}/mod/items/${imminent.itemId}`)
    await claimed(page)

    // The words are blurred until revealed; the reason is highlighted in them.
    const text = page.getByTestId('post-text')
    expect(await page.locator('.desk-text.blurred').count()).toBe(1)
    await page.keyboard.press('v')
    expect(await page.locator('.desk-text.blurred').count()).toBe(0)
    expect(await text.locator('mark.crisis').textContent()).toBe('do not want to wake up')

    // m: a check-in with crisis lines for the UK.
    await page.keyboard.press('m')
    const dialog = page.getByRole('dialog')
    await expect.poll(() => dialog.getByLabel('Message').inputValue()).toContain('I am a volunteer at Lantern')
    await dialog.getByLabel('Crisis lines for').selectOption('GB')
    await dialog.getByRole('button', { name: 'Confirm' }).click()
    await page.waitForURL(/done=check-in/)
    expect(await page.getByRole('status').filter({ hasText: 'Sent' }).count()).toBe(1)
    const messages = query<{ author_hash: string; kind: string; country: string }>(`select author_hash, kind, country from author_messages where post_id = '${imminent.storyId}'`)
    expect(messages).toEqual([{ author_hash: imminent.authorHash, kind: 'checkin', country: 'GB' }])
    // A check-in keeps the item open and with this volunteer, which the queue says in one phrase
    // (Spanish stitched "Con" + "ti" where it means "Contigo").
    await page.goto(`${baseUrl}/mod?lang=es`)
    await expect.poll(() => page.getByText(/^Contigo hasta \d/).count()).toBe(1)
    expect(await page.locator(`a.entry[href="/mod/items/${imminent.itemId}"] strong`).textContent()).toBe('Depresión')
    expect(await page.getByLabel('Espacio').locator('option[value="depression"]').textContent()).toMatch(/^Depresión \(\d+\)$/)
    await page.goto(`${baseUrl}/mod?lang=en`)
    await expect.poll(() => page.getByText(/^With you until \d/).count()).toBe(1)

    // Approve the other item: a, then Enter to confirm.
    await page.goto(`${baseUrl}/mod/items/${concern.itemId}`)
    await claimed(page)
    await page.keyboard.press('a')
    await expect.poll(() => page.getByRole('dialog').getByRole('heading').textContent()).toBe('Approve')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/mod\?done=approve/)
    const story = (await (await fetch(`${baseUrl}/api/stories/${concern.storyId}`)).json()) as { story: { status: string } }
    expect(story.story.status).toBe('published')

    // Both are in the audit log, by this volunteer.
    await page.getByRole('link', { name: 'Audit log' }).click()
    await page.waitForURL(`${baseUrl}/mod/audit`)
    const rows = page.getByTestId('audit-table').locator('tbody tr')
    const lines = await rows.allTextContents()
    expect(lines.find((l) => l.includes(concern.itemId) && l.includes('Approved'))).toContain(HANDLE)
    expect(lines.find((l) => l.includes(imminent.itemId) && l.includes('Wrote to the author'))).toContain(HANDLE)
    // In the volunteer's language, with words rather than the database's codes.
    await page.goto(`${baseUrl}/mod/audit?lang=es`)
    const filed = (await rows.allTextContents()).find((l) => l.includes(concern.itemId) && l.includes('Aprobada'))
    expect(filed).toContain('resultado: aprobada')
    expect(filed).toContain('elemento: abierto → resuelto')
    expect(filed).not.toMatch(/queueStatus|closed/)
    expect(await page.getByLabel('Acción').locator('option[value="keep-hidden"]').textContent()).toBe('Se mantiene oculta')
    await context.close()
  })

  it('works on a phone: large action buttons, and signing out ends the session', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-GB' })
    const page = await context.newPage()
    await signIn(page)
    await page.goto(`${baseUrl}/mod/items/${imminent.itemId}`)
    await claimed(page)
    for (const box of await Promise.all((await page.locator('.actions button').all()).map((b) => b.boundingBox()))) {
      expect(box!.height).toBeGreaterThanOrEqual(44)
      expect(box!.x + box!.width).toBeLessThanOrEqual(390)
    }
    await page.getByRole('button', { name: 'Sign out', exact: true }).click()
    await page.waitForURL(`${baseUrl}/mod/sign-in`)
    await page.goto(`${baseUrl}/mod`)
    expect(page.url()).toContain('/mod/sign-in')
    await context.close()
  })

  it('leaves the reason for a removal to the volunteer, and offers to escalate an item once', async () => {
    const item = await seedHeldStory('concern', 20, 'Long weeks', 'Most mornings I do not want to wake up, then I do.')
    const context = await newContext(browser)
    const page = await context.newPage()
    await signIn(page)
    const desk = async () => {
      await page.goto(`${baseUrl}/mod/items/${item.itemId}`)
      await claimed(page)
    }
    await desk()
    // The author is told why their post was removed: no reason is chosen for the volunteer,
    // and confirming without one sends nothing.
    await page.keyboard.press('r')
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('heading', { name: 'Remove' }).waitFor()
    expect(await dialog.getByRole('radio', { checked: true }).count()).toBe(0)
    await dialog.getByRole('button', { name: 'Confirm' }).click()
    expect(await dialog.isVisible()).toBe(true)
    expect(query<{ status: string }>(`select status from stories where id = '${item.storyId}'`)).toEqual([{ status: 'held' }])
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    // At once: a key pressed right after closing the dialog opens the next one whole.
    await page.keyboard.press('e')
    await dialog.getByRole('heading', { name: 'Escalate' }).waitFor()
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/mod\?done=escalate/)
    await desk()
    expect(await page.getByRole('button', { name: /^Escalate/ }).isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: /^Remove/ }).isEnabled()).toBe(true) // an admin may still settle it
    await context.close()
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`moderator pages have no serious or critical accessibility violations (${scheme})`, async () => {
      const context = await newContext(browser)
      const page = await context.newPage()
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(`${baseUrl}/mod/sign-in`, { waitUntil: 'networkidle' })
      expect(['/mod/sign-in', await seriousViolations(page)]).toEqual(['/mod/sign-in', []])
      await submitSignIn(page)
      for (const path of ['/mod', `/mod/items/${imminent.itemId}`, '/mod/audit', '/mod/stats', '/mod/moderators', '/mod/partners']) {
        await page.goto(baseUrl + path, { waitUntil: 'networkidle' })
        expect([path, await seriousViolations(page)]).toEqual([path, []])
        // Every one in the moderators' own layout, with their navigation (not the public site's).
        expect([path, await page.locator('body.mod nav').count()]).toEqual([path, 1])
      }
      await context.close()
    })
  }
})
