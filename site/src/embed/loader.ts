/**
 * embed.js: the one script a partner adds to its page. It creates an iframe of the forum's
 * embedded pages and sizes it to their content; that is all. It loads nothing else, runs
 * no code from anywhere, and only believes messages from the forum's origin and from its
 * own frames. Budget: 1.5 KB gzip (checked by tests/e2e/embed.test.ts).
 *
 *   <script src="https://FORUM/embed.js" data-partner="acme" data-space="anxiety" async></script>
 *   <lantern-forum data-partner="acme" data-space="anxiety"></lantern-forum>
 *
 * Optional: data-title (the frame's accessible name until the first page names it) and
 * data-height (pixels to reserve before the first page reports its size; default 600).
 */
import { HELLO, MAX_HEIGHT, NAVIGATE, RESIZE } from './messages'

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/
const script = document.currentScript as HTMLScriptElement | null
const source = script?.src ?? document.querySelector<HTMLScriptElement>('script[src$="/embed.js"]')?.src

if (source) {
  const forum = new URL(source).origin
  const frames: HTMLIFrameElement[] = []
  const pagesSeen = new WeakMap<HTMLIFrameElement, number>()
  const read = (el: HTMLElement, name: string) => el.getAttribute(`data-${name}`) ?? el.getAttribute(name)

  const mount = (host: HTMLElement, inside: boolean) => {
    const partner = read(host, 'partner')
    const space = read(host, 'space')
    if (!partner || !SLUG.test(partner) || (space && !SLUG.test(space))) {
      console.error('Lantern: data-partner (and data-space, if given) must be slugs such as "acme" or "anxiety".')
      return
    }
    const frame = document.createElement('iframe')
    frame.src = `${forum}/embed/${partner}/${space ?? ''}`
    frame.title = read(host, 'title') || 'Peer support forum'
    frame.loading = 'lazy'
    frame.style.cssText = `display:block;width:100%;border:0;height:${Number(read(host, 'height')) || 600}px`
    frame.addEventListener('load', () => {
      frame.contentWindow?.postMessage({ type: HELLO }, forum)
      const before = pagesSeen.get(frame) ?? 0
      setTimeout(() => {
        if ((pagesSeen.get(frame) ?? 0) === before) console.warn(`Lantern: the forum did not answer. Is ${location.origin} an allowed origin of partner "${partner}"?`)
      }, 10_000)
    })
    frames.push(frame)
    host.insertAdjacentElement(inside ? 'beforeend' : 'afterend', frame)
  }

  addEventListener('message', (event) => {
    const frame = event.origin === forum && frames.find((f) => f.contentWindow === event.source)
    const data = event.data as { type?: unknown; height?: unknown; title?: unknown } | null
    if (!frame || !data || typeof data !== 'object') return
    if (data.type === RESIZE && typeof data.height === 'number' && data.height > 0) {
      frame.style.height = `${Math.min(Math.ceil(data.height), MAX_HEIGHT)}px`
    } else if (data.type === NAVIGATE) {
      if (typeof data.title === 'string' && data.title) frame.title = data.title.slice(0, 200)
      const pages = (pagesSeen.get(frame) ?? 0) + 1
      pagesSeen.set(frame, pages)
      // A link followed inside the frame: bring the top of the new page into view.
      if (pages > 1 && frame.getBoundingClientRect().top < 0) frame.scrollIntoView()
    }
  })

  if (!customElements.get('lantern-forum')) {
    customElements.define(
      'lantern-forum',
      class extends HTMLElement {
        connectedCallback() {
          if (this.querySelector('iframe')) return
          this.style.display = 'block'
          mount(this, true)
        }
      },
    )
  }
  if (script && read(script, 'partner')) mount(script, false)
}
