import type { APIRoute } from 'astro'

/**
 * Astro injects an image-resizing endpoint (/_image) into every server build. The forum
 * shows no images of its own and turns images in posts into links (no third party sees
 * readers), so the endpoint only cost ~18 KB gzip of Worker bundle: this stands in for it.
 */
export const prerender = false
export const GET: APIRoute = () => new Response('Not found', { status: 404 })
