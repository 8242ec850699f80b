// Public shapes of the crisis-resources module. Consumers (moderation UI, the forum)
// import these; the data files use the stricter *Record types below so the shipped
// data stays read-only and keeps its provenance (status) next to every number.

export type Audience = 'general' | 'youth' | 'friends-family'

export type Helpline = {
  id: string
  /** ISO 3166-1 alpha-2 code of the country that runs the service. */
  country: string
  name: string
  phone?: string
  /** Extra numbers for the same service (alternative or regional); `note` says which is which. */
  otherPhones?: string[]
  text?: string
  /** A URL, or a short description when the reference gives no address. */
  chat?: string
  url?: string
  hours: string
  free?: boolean
  /** BCP 47 language tags, only when the reference states them. */
  languages?: string[]
  audience?: Audience
  verified: boolean
  /** Present when the hours (or cost) come from an older or secondary source. */
  hoursNote?: string
  /** Caveats a person needs before dialling (coverage, menu options, cost, email). */
  note?: string
  sources: string[]
  /** Date checked against the compiled reference, NOT against the live service. */
  lastChecked: string
}

export type Emergency = {
  number: string
  note?: string
  source?: string
}

export type Fallback = {
  name: string
  url: string
  note: string
  alsoSee?: { name: string; url: string }
}

export type Resources = {
  /** Resolved ISO code, or null when falling back to the international directory. */
  country: string | null
  /** In the requested language when we have it (en, es, fr, de, pt), else English. */
  countryName: string
  emergency: Emergency | null
  /** Verified only; lines confirmed as 24/7 first. */
  helplines: Helpline[]
  fallback: Fallback
  /** False when no verified line is confirmed 24/7: the UI must stress the emergency number. */
  is24x7Available: boolean
}

/** Status column of /work/shared/reference/helplines.md, copied verbatim. */
export type ReferenceStatus = 'V' | 'V*' | 'UNVERIFIED'

export type HelplineRecord = {
  readonly id: string
  readonly country: string
  readonly name: string
  readonly phone?: string
  readonly otherPhones?: readonly string[]
  readonly text?: string
  readonly chat?: string
  readonly url?: string
  readonly hours: string
  readonly free?: boolean
  readonly languages?: readonly string[]
  readonly audience?: Audience
  readonly verified: boolean
  readonly hoursNote?: string
  readonly note?: string
  readonly sources: readonly string[]
  readonly lastChecked: string
  readonly status: ReferenceStatus
  /**
   * The reference states the line is open around the clock. It only counts towards
   * `is24x7Available` when status is 'V': a V* entry's hours are not confirmed.
   */
  readonly open24x7: boolean
}

/** A row as the data files write it: `verified` and `lastChecked` follow from the status and
 * the date the reference was checked, and `audience` is 'general' unless given (helplines.ts),
 * so they are not repeated in every row. */
export type HelplineData = Omit<HelplineRecord, 'verified' | 'lastChecked'>

export type EmergencyRecord = {
  readonly country: string
  readonly number: string
  readonly note?: string
  readonly source: string
}
