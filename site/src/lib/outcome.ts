import type { ResourceEntry } from '../../../moderation/resources/entries'

/** What the API answers after a post or an edit: its state, what to tell the poster, which help to show. */
export type Outcome = {
  story?: { url: string; status: string }
  moderation: {
    status: 'published' | 'held'
    notice: string | null
    message: string | null
    held: { intro: string; reasons: string[]; outro: string } | null
    resourcesUrl: string
    helpingSomeoneElse?: { title: string; steps: string[] }
  }
  resources: ResourceEntry[]
  authorKey?: string
}
