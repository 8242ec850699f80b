/**
 * Runs in every embedded page (layouts/Embed.astro). Once it knows the parent page is one
 * the partner allows, it reports the content's height whenever it changes and announces
 * each page, so the loader can size the frame and follow navigation. Messages go only to
 * that origin. Links that leave the forum open in a new tab instead of inside the frame.
 */
import { HELLO, NAVIGATE, RESIZE, type FrameMessage } from './messages'

const root = document.getElementById('lantern-root')
const allowed = (document.documentElement.dataset.origins ?? '').split(' ').filter(Boolean)
let parentOrigin: string | null = null
let lastHeight = 0

const send = (message: FrameMessage) => {
  if (parentOrigin) parent.postMessage(message, parentOrigin)
}

function reportHeight() {
  const height = Math.ceil(root?.getBoundingClientRect().height ?? 0)
  if (height === lastHeight) return
  lastHeight = height
  send({ type: RESIZE, height })
}

function connect(origin: string) {
  if (parentOrigin || !allowed.includes(origin)) return
  parentOrigin = origin
  // The parent sizes the frame from now on, so the page itself never needs a scrollbar.
  document.documentElement.classList.add('framed')
  send({ type: NAVIGATE, path: location.pathname + location.search, title: document.title })
  reportHeight()
}

if (root && parent !== window) {
  // Chromium and Safari name the parent's origin; elsewhere the loader's hello tells us.
  const ancestor = location.ancestorOrigins?.[0]
  if (ancestor) connect(ancestor)
  addEventListener('message', (event) => {
    if (event.source === parent && (event.data as { type?: unknown } | null)?.type === HELLO) connect(event.origin)
  })
  new ResizeObserver(reportHeight).observe(root)
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null
    if (link && link.origin !== location.origin && /^https?:$/.test(link.protocol)) {
      link.target = '_blank'
      link.rel = 'noopener noreferrer'
    }
  })
}
