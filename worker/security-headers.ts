/**
 * Headers on every response. No third-party origin is allowed anywhere: the forum loads
 * nothing from other sites, so readers are not tracked by anyone. Astro's island loader
 * is an inline script, hence 'unsafe-inline' for scripts; nothing user-written is ever
 * inserted unescaped, which is what makes that acceptable.
 */
export const pageCsp = (frameAncestors = "'none'") =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')

/** Pages may not be framed, except embedded pages by their partner (worker/embed/framing.ts). */
const PAGE_CSP = pageCsp()

export function withSecurityHeaders(response: Response): Response {
  const headers = new Headers(response.headers)
  headers.set('X-Content-Type-Options', 'nosniff')
  // A page may relax this to same-origin (its own forms then carry an Origin for CSRF checks).
  if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'no-referrer')
  headers.set('Permissions-Policy', 'interest-cohort=(), browsing-topics=(), camera=(), microphone=(), geolocation=()')
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', PAGE_CSP)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
