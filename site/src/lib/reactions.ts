/** Behaviour of the reaction buttons (components/Reactions.astro), run by the story page's script. */
import { apiFetch } from './api-client'
import { readAuthorKey } from './author-key-store'
import { mineOn } from './ownership'

type Counts = Record<string, number>
for (const group of Array.from(document.querySelectorAll<HTMLElement>('[data-reactions]'))) {
  const base = `/api/stories/${group.dataset.reactions}/reactions`
  const buttons = Array.from(group.querySelectorAll<HTMLButtonElement>('button[data-kind]'))
  // The page is the same for everyone (and cached): which buttons this key pressed comes from
  // the API, once per key, unless the person pressed one while it was on its way (then what
  // the buttons show is newer).
  let presses = 0
  let shownFor: string | null | undefined
  const showMine = async () => {
    const key = readAuthorKey()
    if (key === shownFor) return
    shownFor = key
    const before = presses
    const { reacted } = await mineOn(group.dataset.reactions!)
    if (presses === before) for (const b of buttons) b.setAttribute('aria-pressed', String(reacted.includes(b.dataset.kind!)))
  }
  showMine()
  // A key brought or issued after the page loaded (the first reaction issues one) counts too.
  addEventListener('lantern:author-key', showMine)
  group.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-kind]')
    if (!button) return
    const kind = button.dataset.kind!
    presses++
    const undo = button.getAttribute('aria-pressed') === 'true'
    button.setAttribute('aria-pressed', String(!undo))
    const res = undo
      ? await apiFetch<{ reactions: Counts }>(`${base}/${kind}`, { method: 'DELETE' })
      : await apiFetch<{ reactions: Counts }>(base, { method: 'POST', body: { kind } })
    if (!res.ok) {
      button.setAttribute('aria-pressed', String(undo))
      return
    }
    for (const b of buttons) b.lastElementChild!.textContent = String(res.data.reactions[b.dataset.kind!])
  })
}
