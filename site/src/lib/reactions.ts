/** Behaviour of the reaction buttons (components/Reactions.astro), run by the story page's script. */
import { apiFetch } from './api-client'

type Counts = Record<string, number>
for (const group of Array.from(document.querySelectorAll<HTMLElement>('[data-reactions]'))) {
  const base = `/api/stories/${group.dataset.reactions}/reactions`
  const buttons = Array.from(group.querySelectorAll<HTMLButtonElement>('button[data-kind]'))
  group.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-kind]')
    if (!button) return
    const kind = button.dataset.kind!
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
