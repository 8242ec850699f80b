import type { Resources } from './types'

/** One line of help, in the order a person should see it. */
export type ResourceEntry = {
  kind: 'emergency' | 'helpline' | 'directory'
  name: string
  phone?: string
  text?: string
  chat?: string
  url?: string
  hours?: string
  note?: string
}

/**
 * A country's resources as one ordered list: for imminent danger the emergency number
 * comes first; otherwise listening lines come first and the emergency number follows.
 * The international directory is always last, so the list is never empty.
 */
export function resourceEntries(r: Resources, emergencyFirst: boolean): ResourceEntry[] {
  const emergency: ResourceEntry[] = r.emergency ? [{ kind: 'emergency', name: r.countryName, phone: r.emergency.number }] : []
  const lines = r.helplines.map(
    (h): ResourceEntry => ({
      kind: 'helpline',
      name: h.name,
      ...(h.phone ? { phone: h.phone } : {}),
      ...(h.text ? { text: h.text } : {}),
      ...(h.chat ? { chat: h.chat } : {}),
      ...(h.url ? { url: h.url } : {}),
      hours: h.hours,
      ...(h.note ? { note: h.note } : {}),
    }),
  )
  const directory: ResourceEntry = { kind: 'directory', name: r.fallback.name, url: r.fallback.url, note: r.fallback.note }
  return [...(emergencyFirst ? [...emergency, ...lines] : [...lines, ...emergency]), directory]
}
