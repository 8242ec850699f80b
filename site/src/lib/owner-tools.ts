/** Behaviour of the author's edit and delete tools (components/OwnerTools.astro), run by the story page's script. */
import { apiFetch } from './api-client'
import { showEditOutcome } from './edit-outcome'
import { linksHere } from './links'
import type { Outcome } from './outcome'
import { mineOn } from './ownership'

const all = Array.from(document.querySelectorAll<HTMLElement>('[data-owner]'))
const showMine = () => all.forEach(async (tools) => (tools.hidden = !(await mineOn(tools.dataset.story!)).owned.has(tools.dataset.owner!)))
showMine()
// A key entered after the page loaded (embedded pages with blocked storage) counts too.
addEventListener('lantern:author-key', showMine)

for (const tools of all) {
  const { owner: id, kind, confirm: question, body } = tools.dataset
  const base = kind === 'story' ? `/api/stories/${id}` : `/api/replies/${id}`
  const [view, editor, error] = tools.children as unknown as [HTMLElement, HTMLFormElement, HTMLElement]
  // The words to edit are an attribute, not text in the page, so they are read only here.
  const draft = editor.querySelector('textarea')!
  draft.value = body!
  const fail = (message: string) => {
    error.textContent = message
    error.hidden = false
  }
  tools.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest('button')
    if (button?.dataset.toggle !== undefined) {
      view.hidden = !view.hidden
      editor.hidden = !editor.hidden
    } else if (button?.dataset.delete !== undefined && confirm(question)) {
      const res = await apiFetch(base, { method: 'DELETE' })
      if (res.ok) location.href = kind === 'story' ? linksHere().afterDelete : location.pathname
      else fail(res.message)
    }
  })
  editor.addEventListener('submit', async (event) => {
    event.preventDefault()
    const res = await apiFetch<Outcome>(base, { method: 'PATCH', body: { body: draft.value } })
    if (!res.ok) return fail(res.message)
    // Words that now need a person, or that call for help: say so here, with the crisis
    // lines, as after a first post (a reload would show neither).
    const { moderation, resources } = res.data
    if (moderation.status === 'held' || resources.length > 0) showEditOutcome(tools, editor, kind!, { moderation, resources })
    else location.reload()
  })
}
