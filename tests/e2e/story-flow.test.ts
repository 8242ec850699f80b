import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { heldOutcome, newContext, useBrowser, whenHydrated } from './browser'
import { apiAt } from './xss-posts'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

/** Posts a story from the composer and opens its page; returns the page's address. */
async function postAndOpen(page: Page, space: string, title: string, body: string, country?: string): Promise<string> {
  await page.goto(`${baseUrl}/new?space=${space}`)
  await whenHydrated(page)
  if (country) await page.getByLabel('Your country').selectOption(country)
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Your story').fill(body)
  await page.getByRole('button', { name: 'Post anonymously' }).click()
  await page.getByRole('link', { name: 'Go to your story' }).click()
  await page.waitForURL(/\/s\/[0-9a-z]+$/)
  return page.url()
}

describe('writing and reading a story', () => {
  it('writes a story in the composer, sees it on its page, and reads it with JavaScript off', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await page.goto(`${baseUrl}/new?space=recovery`)
    await whenHydrated(page)
    await page.getByLabel('Title').fill('Learning to rest')
    await page.getByLabel('Your story').fill('I used to feel guilty for resting.\n\nNow I take a **real** lunch break.')
    await page.getByLabel('grief and loss').check()
    await page.getByRole('button', { name: 'Post anonymously' }).click()

    await expect.poll(() => page.getByTestId('author-key').textContent()).toMatch(/^lk_/)
    const key = await page.getByTestId('author-key').textContent()
    expect(await page.evaluate(() => localStorage.getItem('lantern.authorKey'))).toBe(key)
    expect(await page.evaluate(() => localStorage.getItem('lantern.draft.story'))).toBeNull()

    await page.getByRole('link', { name: 'Go to your story' }).click()
    await page.waitForURL(/\/s\/[0-9a-z]+$/)
    const storyUrl = page.url()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Learning to rest')
    await page.getByText('Show the story').click()
    expect(await page.locator('.prose strong').first().textContent()).toBe('real')
    // The author sees their own edit controls.
    await expect.poll(() => page.getByRole('button', { name: 'Edit' }).count()).toBe(1)
    await page.getByRole('button', { name: 'Edit' }).click()
    expect(await page.getByLabel('Edit').inputValue()).toBe('I used to feel guilty for resting.\n\nNow I take a **real** lunch break.')
    await page.getByLabel('Edit').fill('I used to feel guilty for resting.\n\nNow I take a **real** lunch break, every day.')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.locator('.prose').first().textContent()).toContain('lunch break, every day.')
    await context.close()

    const noJs = await newContext(browser(), { javaScriptEnabled: false })
    const reader = await noJs.newPage()
    await reader.goto(storyUrl)
    expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe('Learning to rest')
    const warning = reader.locator('details.cw')
    expect(await warning.getAttribute('open')).toBeNull()
    await reader.getByText('Show the story').click()
    expect(await reader.getByText('I used to feel guilty for resting.').isVisible()).toBe(true)
    // Replying and posting need JavaScript, and say so: their buttons cannot send a form that
    // nothing answers, which would bring the page back empty and lose what was typed.
    expect(await reader.getByRole('button', { name: 'Reply', exact: true }).isDisabled()).toBe(true)
    await reader.goto(`${baseUrl}/new`)
    expect(await reader.locator('main noscript .notice').isVisible()).toBe(true)
    await reader.getByLabel('Title').fill('Typed without JavaScript')
    await reader.getByLabel('Title').press('Enter')
    expect(await reader.getByRole('button', { name: 'Post anonymously' }).isDisabled()).toBe(true)
    expect(reader.url()).toBe(`${baseUrl}/new`)
    expect(await reader.getByLabel('Title').inputValue()).toBe('Typed without JavaScript')
    await noJs.close()
  })

  it('keeps the draft across a reload, and a submit retried after a lost answer creates one story', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await page.goto(`${baseUrl}/new`)
    await whenHydrated(page)
    const title = `Draft kept ${Date.now()}`
    await page.getByLabel('Title').fill(title)
    await page.getByLabel('Your story').fill('Words I do not want to lose.')
    await page.reload()
    await whenHydrated(page)
    // The island restores the draft when it hydrates, a moment after the HTML arrives.
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe(title)
    expect(await page.getByText('We restored the draft you were writing.').isVisible()).toBe(true)

    // The server saves the first submit but its answer is lost on the way back; the person
    // sees the offline message, submits again, and the retry reuses the idempotency key.
    let lost = false
    await page.route('**/api/stories', async (route) => {
      if (lost) return route.continue()
      lost = true
      await route.fetch()
      await route.abort('connectionreset')
    })
    await page.getByRole('button', { name: 'Post anonymously' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Your draft is safe on this device')
    await page.getByRole('button', { name: 'Post anonymously' }).click()
    await expect.poll(() => page.getByTestId('author-key').count()).toBe(1)
    const res = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent('Draft kept')}`)
    const found = ((await res.json()) as { results: { title: string }[] }).results.filter((r) => r.title === title)
    expect(found).toHaveLength(1)
    await context.close()
  })

  it('says how many stories a search found, "1 result" for one', async () => {
    const api = apiAt(baseUrl)
    const word = `quokka${Date.now()}`
    const post = (title: string) => api('POST', '/api/stories', { body: { space: 'recovery', title, body: `A ${word} smiled at me on the ferry today.`, contentWarnings: [] } })
    expect((await post('The ferry, first time')).status).toBe(201)
    const heading = async () => /<h2>(\d+ results?)<\/h2>/.exec(await (await fetch(`${baseUrl}/search?q=${word}`)).text())?.[1]
    expect(await heading()).toBe('1 result')
    expect((await post('The ferry, second time')).status).toBe(201)
    expect(await heading()).toBe('2 results')
  })

  it('shows a clear error and keeps the words when the server refuses', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await page.goto(`${baseUrl}/new`)
    await whenHydrated(page)
    await page.getByLabel('Title').fill('x'.repeat(10))
    await page.getByLabel('Your story').fill('')
    await page.getByRole('button', { name: 'Post anonymously' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Write your story before posting')
    expect(await page.getByLabel('Title').inputValue()).toBe('x'.repeat(10))
    await context.close()
  })

  it('switches the interface to Spanish', async () => {
    const context = await newContext(browser(), { locale: 'es-ES' })
    const page = await context.newPage()
    await page.goto(baseUrl)
    expect(await page.locator('html').getAttribute('lang')).toBe('es')
    expect(await page.getByRole('link', { name: '¿Necesitas ayuda ahora?' }).isVisible()).toBe(true)
    await page.getByRole('link', { name: 'Read in English' }).click()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await context.close()
  })
})

// Reactions and the report dialog are plain HTML with small scripts (components/Reactions.astro,
// components/ReportDialog.astro), run here against the real API on a story of the test's own,
// so the shared demo stories keep their counts.
const api = apiAt(baseUrl)

async function freshStory(title: string): Promise<string> {
  const res = await api('POST', '/api/stories', { body: { space: 'recovery', title, body: 'Today I repotted the basil on my windowsill and it made me smile.', contentWarnings: [] } })
  expect(res.status).toBe(201)
  return res.body.story.id
}

const thanksCount = async (id: string): Promise<number> => (await api('GET', `/api/stories/${id}`)).body.story.reactions.thanks

describe('reacting to and reporting a post', () => {
  it('sends a reaction and its undo with the key the first one was given, and shows the counts', async () => {
    const id = await freshStory('A small green thing')
    const context = await newContext(browser())
    const page = await context.newPage()
    await page.goto(`${baseUrl}/s/${id}`)
    const group = page.getByRole('group', { name: 'Supportive reactions' })
    const thanks = group.getByRole('button', { name: /^Thank you/ })
    await thanks.click()
    await expect.poll(() => thanks.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => group.textContent()).toMatch(/Sending strength · 0\s*Me too · 0\s*Thank you · 1/)
    expect(await thanksCount(id)).toBe(1)
    // The page is the same for every reader; after a reload the browser's key still shows
    // which reaction it made, and only that one.
    await page.reload()
    await expect.poll(() => thanks.getAttribute('aria-pressed')).toBe('true')
    expect(await group.getByRole('button', { name: /^Me too/ }).getAttribute('aria-pressed')).toBe('false')
    // Undoing needs the author key the reaction was given (kept by the browser).
    await thanks.click()
    await expect.poll(() => thanks.getAttribute('aria-pressed')).toBe('false')
    await expect.poll(() => group.textContent()).toMatch(/Thank you · 0/)
    expect(await thanksCount(id)).toBe(0)
    await context.close()
  })

  it('opens the dialog from a post, sends the chosen reason, and says a repeated report is already known', async () => {
    const id = await freshStory('Basil on the windowsill')
    const context = await newContext(browser())
    const page = await context.newPage()
    const sent: unknown[] = []
    page.on('request', (request) => { if (request.url().endsWith('/api/reports')) sent.push(request.postDataJSON()) })
    await page.goto(`${baseUrl}/s/${id}`)
    const dialog = page.getByRole('dialog', { name: 'Report this post' })
    for (const [reason, said] of [['Spam', 'Thank you. A volunteer will look at it.'], ['I am worried about this person', 'You already reported this. A volunteer will look at it.']] as const) {
      await page.getByRole('button', { name: 'Report', exact: true }).click()
      await dialog.getByLabel(reason).check()
      await dialog.getByRole('button', { name: 'Send report' }).click()
      await expect.poll(() => dialog.getByRole('status').textContent()).toBe(said)
      // The crisis line hint follows only a report about someone's safety.
      expect(await dialog.getByText('If someone is in danger right now').isVisible()).toBe(reason !== 'Spam')
      // Once sent, the way out says Close: "Cancel" would sound like taking the report back.
      await dialog.getByRole('button', { name: 'Close' }).click()
      expect(await dialog.isVisible()).toBe(false)
    }
    expect(sent).toEqual([{ postType: 'story', postId: id, reason: 'spam' }, { postType: 'story', postId: id, reason: 'worried' }])
    await context.close()
  })
})

describe('an edit that needs a person', () => {
  it('shows the author the held state and the crisis lines under the post, as after a first post', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await postAndOpen(page, 'depression', 'A quiet week', 'Work was calm and I slept well most nights.', 'GB')
    await expect.poll(() => page.getByRole('button', { name: 'Edit' }).count()).toBe(1)
    await page.getByRole('button', { name: 'Edit' }).click()
    await page.getByLabel('Edit').fill('I am going to kill myself tonight, I have the pills ready.')
    await page.getByRole('button', { name: 'Save' }).click()
    const outcome = await heldOutcome(page)
    const text = (await outcome.textContent()) ?? ''
    expect(text).toContain('Your story is saved')
    expect(await outcome.locator('.resources li').count()).toBeGreaterThan(1)
    expect(await outcome.evaluate((el) => document.activeElement === el)).toBe(true)
    await context.close()
  })
})

describe('using a key from another device', () => {
  // On /me and in the embed's key panel (the same form: components/AuthorKeyForm.svelte).
  it.each([
    ['/me', 'Use a key from another device'],
    ['/embed/demo/anxiety', 'I have a key'],
  ])("asks on %s before replacing this browser's key, and keeps it when the person says no", async (path, label) => {
    const context = await newContext(browser())
    const page = await context.newPage()
    const mine = `lk_${'a'.repeat(43)}`
    const other = `lk_${'b'.repeat(43)}`
    await page.goto(`${baseUrl}${path}`)
    await page.evaluate((k) => localStorage.setItem('lantern.authorKey', k), mine)
    await page.reload()
    await whenHydrated(page)
    const panel = page.locator('details.key-panel > summary')
    if (await panel.count()) await panel.click()
    const useKey = async (answer: 'accept' | 'dismiss') => {
      const asked = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.message()); void d[answer]() }))
      await page.getByLabel(label).fill(other)
      await page.getByRole('button', { name: 'Use this key' }).click()
      return asked
    }
    expect(await useKey('dismiss')).toContain('This browser already has a key')
    expect(await page.evaluate(() => localStorage.getItem('lantern.authorKey'))).toBe(mine)
    await useKey('accept')
    await expect.poll(() => page.evaluate(() => localStorage.getItem('lantern.authorKey'))).toBe(other)
    await context.close()
  })
})

describe('erasing everything from My posts', () => {
  it('erases the stories of this browser’s key after a confirmation, and their pages then say deleted', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    const storyUrl = await postAndOpen(page, 'anxiety', 'Soon to be erased', 'A few words I will take back.')

    await page.goto(`${baseUrl}/me`)
    await whenHydrated(page)
    await expect.poll(() => page.getByRole('link', { name: 'Soon to be erased' }).count()).toBe(1)
    page.once('dialog', (dialog) => dialog.accept())
    await page.getByRole('button', { name: 'Erase everything I wrote' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Done:' }).textContent()).toContain('1 stories')
    await expect.poll(() => page.getByRole('link', { name: 'Soon to be erased' }).count()).toBe(0)
    // A reload renders afresh (no cached copy): the page answers that its author deleted it.
    const gone = await page.goto(storyUrl)
    expect(gone!.status()).toBe(410)
    await context.close()
  })
})
