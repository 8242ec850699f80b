import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

/**
 * The JavaScript a reader's browser can load: every island, renderer and script a page
 * references, plus what those modules import, followed through the built files in
 * dist/_astro. Moderator pages have their own islands; they are not in a reader's budget.
 */
const REFERENCE = /(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g
const IMPORT = /(?:from\s*|import\s*\(?\s*)["']\.\/([^"']+\.js)["']/g

/** Bytes of a built client file once gzipped, as it is served. */
const gzipped = (file: string) => gzipSync(readFileSync(`dist/_astro/${file}`)).length

export async function readerJsBytes(baseUrl: string, paths: string[]): Promise<{ gzip: number; files: string[] }> {
  const pending: string[] = []
  for (const path of paths) {
    const html = await (await fetch(baseUrl + path)).text()
    for (const [, url] of html.matchAll(REFERENCE)) pending.push(url!.replace('/_astro/', ''))
  }
  const seen = new Set<string>()
  while (pending.length > 0) {
    const file = pending.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(`dist/_astro/${file}`, 'utf8')
    for (const [, imported] of code.matchAll(IMPORT)) pending.push(imported!)
  }
  const files = [...seen].sort()
  return { gzip: files.reduce((sum, f) => sum + gzipped(f), 0), files }
}

/**
 * The composer's screening worker in dist/_astro: the moderation library bundled for the
 * browser, started as a Web Worker on the first keystroke, so not an island and not above.
 */
export function screenWorkerBytes(): { gzip: number } {
  const found = readdirSync('dist/_astro').filter((f) => f.startsWith('screen-worker') && f.endsWith('.js'))
  if (found.length !== 1) throw new Error(`expected one screen-worker*.js in dist/_astro, found ${found.length}`)
  return { gzip: gzipped(found[0]!) }
}
