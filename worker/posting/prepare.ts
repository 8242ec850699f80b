import { renderMarkdown } from '../lib/markdown'

/** What a post looks like once prepared for storage: public text, rendered HTML and status. */
export type PreparedPost = {
  title?: string
  body: string
  bodyHtml: string
  status: 'published' | 'held'
}

/** Turns what a person wrote into the stored form. */
export function preparePost(input: { title?: string; body: string }): PreparedPost {
  return { title: input.title, body: input.body, bodyHtml: renderMarkdown(input.body), status: 'published' }
}
