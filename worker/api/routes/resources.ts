import { Hono } from 'hono'
import { helpingSomeoneElse, resourcesFor } from '../../../moderation/resources'
import { posterCountry, posterLocale } from '../../posting/context'
import { resourceList } from '../../posting/support'
import type { AppEnv } from '../env'
import { resourcesQuery } from '../schemas'
import { validate } from '../validate'

/** Crisis resources for a country (the caller's, by default), for partners and the composer. */
export const resourcesRoutes = new Hono<AppEnv>().get('/', validate('query', resourcesQuery), (c) => {
  const { country, urgent } = c.req.valid('query')
  const lang = posterLocale(c)
  const resolved = resourcesFor(posterCountry(c, country), lang)
  c.header('Cache-Control', 'public, max-age=3600')
  return c.json({
    country: resolved.country,
    countryName: resolved.countryName,
    is24x7Available: resolved.is24x7Available,
    resources: resourceList(resolved.country, lang, urgent === 'true'),
    helpingSomeoneElse: helpingSomeoneElse(lang),
  })
})
