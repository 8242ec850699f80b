/**
 * Headers on every response. No third-party origin is allowed anywhere: the forum loads
 * nothing from other sites, so readers are not tracked by anyone.
 *
 * Scripts: only files from our own origin and the inline scripts Astro itself wrote (its
 * island loader and hydration directives), allowed by their SHA-256 hashes, which Astro
 * computes and sends in its own `script-src` (astro.config.mjs, experimental.csp). No
 * 'unsafe-inline' for scripts: even if user-written markup slipped past the sanitiser, the
 * browser would not run it. Styles keep 'unsafe-inline' (inlined stylesheets and style
 * attributes; CSS cannot run code).
 */
const ASTRO_SCRIPT_SRC = /(?:^|;)\s*script-src\s+([^;]*)/i

/** The `script-src` sources of Astro's policy, or only our own origin for responses without one. */
function scriptSources(astroPolicy: string | null): string {
  const sources = astroPolicy ? ASTRO_SCRIPT_SRC.exec(astroPolicy)?.[1]?.trim() : undefined
  // Never inherit a relaxation: a policy that allows any inline script falls back to 'self'.
  if (!sources || /'unsafe-inline'|'unsafe-eval'/.test(sources)) return "'self'"
  return sources
}

export const pageCsp = (frameAncestors: string, scripts: string, thirdParty: string[] = []) =>
  [
    "default-src 'self'",
    `script-src ${[scripts, ...thirdParty].join(' ')}`,
    ...(thirdParty.length ? [`frame-src ${thirdParty.join(' ')}`] : []),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')

/** The composer, on the site or inside a partner's frame. */
const COMPOSER = /^\/(?:embed\/[^/]+\/)?new\/?$/
const TURNSTILE = 'https://challenges.cloudflare.com'

/** Third-party origins a page needs, given what the operator configured. */
export const thirdPartyFor = (pathname: string, env: { TURNSTILE_SITE_KEY?: string }): string[] =>
  env.TURNSTILE_SITE_KEY && COMPOSER.test(pathname) ? [TURNSTILE] : []

/** Two years, the preload list's minimum; browsers ignore it on plain-HTTP localhost. */
const HSTS = 'max-age=63072000; includeSubDomains'

/**
 * `frameAncestors`: who may frame the page: nobody, except embedded pages by their
 * partner's allowed origins (worker/embed/framing.ts). `thirdParty`: origins a page may
 * load scripts and frames from, only when the operator turned on a service that needs
 * them (Cloudflare Turnstile on the composer).
 */
export function withSecurityHeaders(response: Response, frameAncestors = "'none'", thirdParty: string[] = []): Response {
  const headers = new Headers(response.headers)
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Strict-Transport-Security', HSTS)
  // A page may relax this to same-origin (its own forms then carry an Origin for CSRF checks).
  if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'no-referrer')
  headers.set('Permissions-Policy', 'interest-cohort=(), browsing-topics=(), camera=(), microphone=(), geolocation=()')
  headers.set('Content-Security-Policy', pageCsp(frameAncestors, scriptSources(headers.get('Content-Security-Policy')), thirdParty))
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
