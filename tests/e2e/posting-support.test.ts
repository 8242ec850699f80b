import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { heldOutcome, newContext, useBrowser, whenHydrated } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

async function composer(): Promise<Page> {
  const context = await newContext(browser())
  const page = await context.newPage()
  await page.goto(`${baseUrl}/new?space=depression`)
    await whenHydrated(page)
  await page.getByLabel('Your country').selectOption('GB')
  return page
}

describe('screening in the composer', () => {
  it('shows crisis resources before submitting an alarming post, then the held state after', async () => {
    const page = await composer()
    await page.getByLabel('Title').fill('goodbye')
    await page.getByLabel('Your story').fill('I have decided to kill myself tonight. I have the pills saved up and I am going to take them all after everyone is asleep.')
    const panel = page.getByTestId('support-panel')
    await panel.waitFor({ state: 'visible', timeout: 10_000 })
    expect(await panel.textContent()).toContain('116 123')
    expect(await panel.textContent()).toContain('999')
    // Not blocking: the person can still post.
    expect(await page.getByRole('button', { name: 'Post anonymously' }).isEnabled()).toBe(true)

    await page.getByRole('button', { name: 'Post anonymously' }).click()
    const outcome = await heldOutcome(page)
    const text = await outcome.textContent()
    expect(text).toContain('Your story is saved')
    expect(text).toContain('999')
    expect(text).toContain('Samaritans')
    // The emergency number is listed first for imminent danger.
    expect(await outcome.locator('.resources li').first().textContent()).toContain('999')
    // The help is where the person is looking, and where a screen reader now is.
    expect(await outcome.evaluate((el) => document.activeElement === el)).toBe(true)
    // (Scrolling is smooth unless reduced motion is asked for: wait for it to arrive.)
    await expect.poll(() => outcome.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < innerHeight)).toBe(true)

    // Its page, held: the author reads their own words and their state, and not the readers'
    // "we could not find this story".
    await outcome.getByRole('link', { name: 'Go to your story' }).click()
    await page.getByTestId('held-post').waitFor()
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['goodbye'])
    expect(await page.getByText('We could not find this story').isVisible()).toBe(false)
    expect(await page.title()).toBe('goodbye · Lantern')
    // The support panel that showed the crisis lines is gone on this page: a link to them
    // is under the post, for the author only.
    const help = page.getByRole('link', { name: /crisis lines for your country/ })
    expect(await help.isVisible()).toBe(true)
    expect(await help.getAttribute('href')).toBe('/resources')
    // A reader (no key) gets the "not found" page, without it.
    const reader = await (await newContext(browser())).newPage()
    await reader.goto(page.url())
    await whenHydrated(reader)
    expect(await reader.getByText('We could not find this story').isVisible()).toBe(true)
    expect(await reader.getByRole('link', { name: /crisis lines for your country/ }).isVisible()).toBe(false)
    await reader.context().close()
    await page.context().close()
  })

  it('a held reply empties its box, so it is not sent twice, and shows the help in view', async () => {
    const page = await (await newContext(browser())).newPage()
    await page.goto(`${baseUrl}/s/demo0first01`)
    await whenHydrated(page)
    const box = page.getByLabel('Write a reply')
    await box.fill('Thank you for writing this. Honestly I want to die too and I have a plan for tonight.')
    await page.getByRole('button', { name: 'Reply', exact: true }).click()
    const outcome = await heldOutcome(page)
    expect(await box.inputValue()).toBe('')
    expect(await outcome.evaluate((el) => document.activeElement === el)).toBe(true)
    // Reloading does not bring the words back as a draft to send again.
    await page.reload()
    await whenHydrated(page)
    expect(await page.getByLabel('Write a reply').inputValue()).toBe('')
    await page.context().close()
  })

  it('answers in the language of the page, not of the browser: a Spanish page in an English browser', async () => {
    const page = await (await newContext(browser(), { locale: 'en-GB' })).newPage()
    await page.goto(`${baseUrl}/new?space=depression&lang=es`)
    await whenHydrated(page)
    await page.getByLabel('Tu país').selectOption('ES')
    await page.getByLabel('Título').fill('mañana')
    await page.getByLabel('Tu historia').fill('Mañana es el día. Ya tengo todo preparado y les dejé una carta a mis papás.')
    await page.getByTestId('support-panel').waitFor({ state: 'visible', timeout: 10_000 })
    await page.getByRole('button', { name: 'Publicar de forma anónima' }).click()
    const outcome = await heldOutcome(page)
    const text = (await outcome.textContent()) ?? ''
    // Why the post waits, and the crisis message, written by the server in Spanish.
    expect(text).toContain('Tu publicación está guardada')
    expect(text).toContain('España')
    expect(text).not.toContain('Your post is saved')
    await page.context().close()
  })

  it('replaces a drop-in suggestion with one click, and selects the words where it is only advice', async () => {
    const page = await composer()
    await page.getByLabel('Title').fill('My week')
    const story = page.getByLabel('Your story')
    await story.fill('My uncle committed suicide last spring and my boss is a total nutcase about it.')
    const panel = page.getByTestId('stigma-panel')
    await panel.waitFor({ state: 'visible', timeout: 10_000 })
    // The insult has no word that fits in its place: advice, and no one-click replacement.
    await expect.poll(() => panel.getByText('Instead, try a word for what they did').count()).toBe(1)
    await panel.getByRole('button', { name: 'Use “died by suicide”' }).click()
    expect(await story.inputValue()).toBe('My uncle died by suicide last spring and my boss is a total nutcase about it.')
    await panel.getByRole('button', { name: 'Select these words: “nutcase”' }).click()
    const selected = await story.evaluate((el: HTMLTextAreaElement) => [document.activeElement === el, el.value.slice(el.selectionStart, el.selectionEnd)])
    expect(selected).toEqual([true, 'nutcase'])
    await page.context().close()
  })

  it('offers to remove a phone number, and the public copy never shows one that was kept', async () => {
    const page = await composer()
    await page.getByLabel('Title').fill('Looking for a walking buddy')
    await page.getByLabel('Your story').fill('Anyone in Leeds fancy a walk on Sundays? Text me on 07700 900123.')
    const panel = page.getByTestId('pii-panel')
    await panel.waitFor({ state: 'visible', timeout: 10_000 })
    await page.getByRole('button', { name: 'Post anonymously' }).click()
    await page.getByTestId('outcome').waitFor()
    await page.getByRole('link', { name: 'Go to your story' }).click()
    await page.waitForURL(/\/s\//)
    const body = await page.locator('article').textContent()
    expect(body).not.toContain('07700 900123')
    expect(body).toContain('[phone number removed]')
    await page.context().close()
  })

  it("brings a reply the crisis lines of the country its writer chose when posting, not the server's guess", async () => {
    const page = await composer()
    await page.getByLabel('Your country').selectOption('ES')
    await page.getByLabel('Title').fill('Small steps')
    await page.getByLabel('Your story').fill('I went for a walk by the river today and it helped a little.')
    await page.getByRole('button', { name: 'Post anonymously' }).click()
    await page.getByTestId('outcome').waitFor()
    await page.goto(`${baseUrl}/s/demo0second2`)
    await whenHydrated(page)
    await page.getByLabel('Write a reply').fill('I have decided to kill myself tonight. I have the pills saved up.')
    await page.getByRole('button', { name: 'Reply', exact: true }).click()
    const text = (await (await heldOutcome(page)).textContent()) ?? ''
    expect(text).toContain('024')
    expect(text).toContain('112')
    await page.context().close()
  })

  it('tells someone whose reply was held what happened, with resources, instead of reloading', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await page.goto(`${baseUrl}/s/demo0third03`)
    await whenHydrated(page)
    await page.getByLabel('Write a reply').fill('Reading this I realised I have decided to kill myself tonight. I have the pills saved up.')
    await page.getByRole('button', { name: 'Reply' }).click()
    const outcome = await heldOutcome(page)
    expect(await outcome.locator('.resources li').count()).toBeGreaterThan(0)
    expect(await page.getByRole('heading', { name: 'Replies (0)' }).count()).toBe(1)
    await context.close()
  })
})
