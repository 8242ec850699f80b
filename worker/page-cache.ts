import { LANG_COOKIE, LOCALES, pickLocale, type Locale } from './lib/locale'

/**
 * Micro-caching of story pages: a story that many people open at once (shared, or linked
 * from a partner's newsletter) is rendered once every few seconds per language instead of
 * once per reader. Only anonymous-safe pages qualify: story pages are the same for every
 * reader of a language (what is the author's own is added in the browser), a 200 answer,
 * no cookie set, no query string. A change (a reply, a removal, a deletion) shows within
 * FRESH_SECONDS; a reload (the browser sends `Cache-Control: max-age=0` or `no-cache`) always
 * renders afresh, so an author who posts a reply and reloads sees it at once. Words that must
 * go (an author's edit, deletion or erasure, a volunteer's decision) are purged at once with
 * forgetStoryPages; the Cache API is per data centre, so elsewhere they go within FRESH_SECONDS.
 */
const STORY_PAGE = /^\/s\/[0-9a-z]{6,32}$/
const FRESH_SECONDS = 5
const LANG_CHOICE = new RegExp(`(?:^|;\\s*)${LANG_COOKIE}=([a-z]{2})`)

const keyOf = (origin: string, storyId: string, locale: Locale) => new Request(`${origin}/s/${storyId}?page-cache-locale=${locale}`)

function cacheKey(request: Request, url: URL): Request {
  const locale = pickLocale(LANG_CHOICE.exec(request.headers.get('Cookie') ?? '')?.[1], request.headers.get('Accept-Language'))
  return keyOf(url.origin, url.pathname.slice('/s/'.length), locale)
}

// Workers' default cache (the DOM's CacheStorage type, also in scope here, lacks it).
const defaultCache = () => (typeof caches === 'undefined' ? null : (caches as unknown as { default: Cache }).default)

/** Drops the cached pages of these stories, in every language, after a change that must show at once. */
export async function forgetStoryPages(requestUrl: string, storyIds: Iterable<string>): Promise<void> {
  const cache = defaultCache()
  if (!cache) return
  const { origin } = new URL(requestUrl)
  await Promise.all([...storyIds].flatMap((id) => LOCALES.map((locale) => cache.delete(keyOf(origin, id, locale)))))
}

const isReload = (request: Request) => /no-cache|max-age=0/.test(request.headers.get('Cache-Control') ?? '')

/** The stored copy, as the page would have been sent (the cache's own lifetime header removed). */
function asSent(stored: Response): Response {
  const page = new Response(stored.body, stored)
  page.headers.delete('Cache-Control')
  page.headers.set('X-Page-Cache', 'hit')
  return page
}

export async function microCached(request: Request, ctx: ExecutionContext, render: () => Promise<Response>): Promise<Response> {
  const url = new URL(request.url)
  const cache = defaultCache()
  if (request.method !== 'GET' || url.search || !STORY_PAGE.test(url.pathname) || !cache) return render()
  const key = cacheKey(request, url)
  if (!isReload(request)) {
    const stored = await cache.match(key)
    if (stored) return asSent(stored)
  }
  const page = await render()
  if (page.status === 200 && !page.headers.has('Set-Cookie')) {
    const copy = new Response(page.clone().body, page)
    copy.headers.set('Cache-Control', `public, max-age=${FRESH_SECONDS}`)
    ctx.waitUntil(cache.put(key, copy))
  }
  return page
}
