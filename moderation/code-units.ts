// Code units → string, for normalise.ts's output.
// The output's code units never hold a lone surrogate (pass 1 drops those), so decoding them
// as UTF-16 gives the same string as String.fromCharCode, about five times faster for a long
// post. Typed arrays use the platform's byte order, so only where that is little-endian.
// TextDecoder is WHATWG, not ECMAScript: Workers, browsers and Node all have it, but this
// library's own type check admits ECMAScript only (tsconfig.json), so it is declared here as
// used, and the code falls back to String.fromCharCode where it is missing.
declare const TextDecoder: (new (label: string, options: { ignoreBOM: boolean }) => { decode(codes: Uint16Array): string }) | undefined
const UTF16 = typeof TextDecoder === 'function' && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
  ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null

/** The string of code units codes[0, m). */
export function textOf(codes: Uint16Array, m: number): string {
  if (UTF16) return UTF16.decode(codes.subarray(0, m))
  // In slices of 8K arguments: one call per usual post, and far below engines' argument limits.
  let text = ''
  for (let i = 0; i < m; i += 8192) text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(m, i + 8192)) as unknown as number[])
  return text
}
