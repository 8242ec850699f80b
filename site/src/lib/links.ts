/**
 * Where the forum's links point. The site and embedded pages render the same components;
 * inside a partner's frame every link stays under /embed/<partner>/, so a reader never
 * lands on the full site (with its header and footer) inside someone else's page.
 */
export type Links = {
  /** Where a reader starts: the home page, or the embed's default space. */
  home: string
  /** The list of spaces. */
  spaces: string
  space: (slug: string, cursor?: string | null) => string
  story: (id: string) => string
  write: (space?: string) => string
  resources: string
  /** Where to go after deleting your own story. */
  afterDelete: string
}

const withQuery = (path: string, params: Record<string, string | null | undefined>) => {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString()
  return query ? `${path}?${query}` : path
}

export const siteLinks: Links = {
  home: '/',
  spaces: '/',
  space: (slug, cursor) => withQuery(`/spaces/${slug}`, { cursor }),
  story: (id) => `/s/${id}`,
  write: (space) => withQuery('/new', { space }),
  resources: '/resources',
  afterDelete: '/me',
}

export function embedLinks(partner: string): Links {
  const base = `/embed/${partner}`
  return {
    home: `${base}/`,
    spaces: `${base}/?spaces`,
    space: (slug, cursor) => withQuery(`${base}/${slug}`, { cursor }),
    story: (id) => `${base}/s/${id}`,
    write: (space) => withQuery(`${base}/new`, { space }),
    resources: `${base}/resources`,
    afterDelete: `${base}/`,
  }
}

/**
 * For islands in the browser: embedded pages name their partner on <html data-partner>
 * (layouts/Embed.astro), so components need no extra props to keep links in the frame.
 */
export const partnerHere = (): string | null => (typeof document === 'undefined' ? null : (document.documentElement.dataset.partner ?? null))
export const linksHere = (): Links => {
  const partner = partnerHere()
  return partner ? embedLinks(partner) : siteLinks
}
