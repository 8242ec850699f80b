import type { MiddlewareHandler } from 'astro'
import { errorText, isD1Unavailable } from '../../worker/lib/d1-errors'

export const UNAVAILABLE_PAGE = '/unavailable'

/**
 * A page that cannot reach D1 answers 503 with Retry-After and the crisis lines
 * (pages/unavailable.astro) instead of a bare 500: the outage is passing, and whoever is
 * reading may need help more than the page they asked for. Other errors go on to Astro.
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  try {
    return await next()
  } catch (error) {
    if (!isD1Unavailable(error) || context.url.pathname === UNAVAILABLE_PAGE) throw error
    console.warn('database unavailable while rendering', context.url.pathname, errorText(error))
    return context.rewrite(UNAVAILABLE_PAGE)
  }
}
