/** Just enough colour arithmetic to keep partner themes readable (WCAG 2 contrast). */

export type Rgb = readonly [number, number, number]

export const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/

/** `#abc` or `#aabbcc` to 0–255 channels. */
export function parseHex(hex: string): Rgb {
  const digits = hex.slice(1)
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb
}

export const toHex = (rgb: Rgb): string => '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')

/** `#ABC` becomes `#aabbcc`, so stored themes compare and print the same way. */
export const normaliseHex = (hex: string): string => toHex(parseHex(hex))

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** WCAG contrast ratio, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** `weight` of `b` mixed into `a` (0 gives a, 1 gives b). */
export function mix(a: string, b: string, weight: number): string {
  const [x, y] = [parseHex(a), parseHex(b)]
  return toHex(x.map((c, i) => c + (y[i]! - c) * weight) as unknown as Rgb)
}

export const isDark = (hex: string): boolean => luminance(parseHex(hex)) < 0.2
