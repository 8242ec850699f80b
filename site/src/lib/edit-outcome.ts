/**
 * After an author's edit that is held or worrying: the support panel a first post shows
 * (components/SupportOutcome.svelte), under the post, instead of a reload. The component is
 * the reply form's too, so the page loads it once; its words come from the page (StoryView.astro).
 */
import { mount } from 'svelte'
import SupportOutcome from '../components/SupportOutcome.svelte'
import type { Outcome } from './outcome'

type Words = { text: Record<string, string>; replyHeldTitle: string; resourceText: Record<string, string> }

export function showEditOutcome(tools: HTMLElement, editor: HTMLFormElement, kind: string, outcome: Outcome): void {
  const words = JSON.parse(document.querySelector<HTMLElement>('[data-edit-outcome]')!.dataset.editOutcome!) as Words
  const text = kind === 'reply' ? { ...words.text, heldTitle: words.replyHeldTitle } : words.text
  editor.hidden = true
  const target = tools.appendChild(document.createElement('div'))
  mount(SupportOutcome, { target, props: { outcome, text, resourceText: words.resourceText } })
}
