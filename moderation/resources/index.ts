// Public entry point of the crisis-resources module. Everything here is pure data and
// pure functions so it runs unchanged in the Worker, the browser and Node.
export { resourcesFor, supportedCountries, normaliseCountry } from './resources-for'
export { helpingSomeoneElse } from './helping-someone-else'
export { FIND_A_HELPLINE_URL, IASP_CRISIS_CENTRES_URL } from './fallback'
export type { Audience, Emergency, Fallback, Helpline, Resources } from './types'
export { resourceEntries, type ResourceEntry } from './entries'
