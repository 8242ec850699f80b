import type { PartnerTheme } from '../../db/schema'
import { contrast, isDark, mix } from './colour'

/**
 * A partner's look, applied to embedded pages as the CSS custom properties the site's
 * stylesheet already uses. Partners give a few colours; the rest of the palette (cards,
 * borders, muted text, notices) is derived so that every pair still reads at WCAG AA.
 */
export type Palette = Record<'bg' | 'surface' | 'text' | 'muted' | 'accent' | 'accentText' | 'border' | 'calm' | 'alert', string>

/** Mirrors `:root` in site/src/styles/global.css (a test keeps the two in step). */
export const BASE_PALETTES: Record<'light' | 'dark', Palette> = {
  light: { bg: '#fbf8f3', surface: '#ffffff', text: '#2b2a28', muted: '#5f5b55', accent: '#8a4b12', accentText: '#ffffff', border: '#e3ddd3', calm: '#e9f1ee', alert: '#fdf1e7' },
  dark: { bg: '#1d1c1a', surface: '#262523', text: '#ece8e1', muted: '#b8b1a6', accent: '#f0b37a', accentText: '#1d1c1a', border: '#3a3835', calm: '#243330', alert: '#3a2c20' },
}

export const MIN_CONTRAST = 4.5
const WARM = '#d97706'

const readsOn = (fg: string, backgrounds: string[]) => backgrounds.every((b) => contrast(fg, b) >= MIN_CONTRAST)

/** Moves `colour` towards `anchor` until it reads against every one of `others`. */
function settle(colour: string, anchor: string, works: (c: string) => boolean): string {
  for (let step = 0; step <= 10; step++) {
    const candidate = mix(colour, anchor, step / 10)
    if (works(candidate)) return candidate
  }
  return anchor
}

/** Which base palette a theme's colours apply to: 'auto' themes colour the light one. */
export const schemeBase = (theme: PartnerTheme): 'light' | 'dark' => (theme.scheme === 'dark' ? 'dark' : 'light')

export function partnerPalette(theme: PartnerTheme): Palette {
  const base = BASE_PALETTES[schemeBase(theme)]
  const bg = theme.background ?? base.bg
  const text = theme.text ?? base.text
  const accent = theme.accent ?? base.accent
  const ownBackground = theme.background !== undefined
  const surface = ownBackground ? mix(bg, '#ffffff', isDark(bg) ? 0.05 : 0.6) : base.surface
  const tint = (colour: string, amount: number) => settle(mix(bg, colour, amount), bg, (c) => readsOn(text, [c]) && readsOn(accent, [c]))
  return {
    bg,
    surface,
    text,
    accent,
    muted: settle(mix(text, bg, 0.3), text, (c) => readsOn(c, [bg, surface])),
    accentText: contrast('#ffffff', accent) >= contrast('#111111', accent) ? '#ffffff' : '#111111',
    border: ownBackground || theme.text ? mix(bg, text, 0.15) : base.border,
    calm: ownBackground || theme.accent ? tint(accent, 0.1) : base.calm,
    alert: ownBackground ? tint(WARM, 0.12) : base.alert,
  }
}

/** Why a theme would be hard to read, in words an admin can act on; empty when it is fine. */
export function themeProblems(theme: PartnerTheme): string[] {
  const p = partnerPalette(theme)
  const problems: string[] = []
  const check = (fg: string, bg: string, what: string) => {
    const ratio = contrast(fg, bg)
    if (ratio < MIN_CONTRAST) problems.push(`${what}: ${fg} on ${bg} has contrast ${ratio.toFixed(2)}:1; it needs at least ${MIN_CONTRAST}:1.`)
  }
  check(p.text, p.bg, 'Text on the background')
  check(p.text, p.surface, 'Text on cards')
  check(p.accent, p.bg, 'Links (accent) on the background')
  check(p.accent, p.surface, 'Links (accent) on cards')
  return problems
}

const cssVars = (p: Palette) =>
  `--bg:${p.bg};--surface:${p.surface};--text:${p.text};--muted:${p.muted};--accent:${p.accent};--accent-text:${p.accentText};--border:${p.border};--calm:${p.calm};--alert:${p.alert};`

/**
 * The stylesheet that re-themes an embedded page. `:root:root` outranks the site's own
 * `:root` rules, including its dark-mode media query, whatever the order. With scheme
 * 'auto', the partner's colours apply in light mode and readers who prefer dark get the
 * site's dark palette (a brand colour chosen for a light page rarely reads on a dark one).
 * Values come from a validated theme only (see partnerThemeSchema), never raw input.
 */
export function themeCss(theme: PartnerTheme): string {
  const rules: string[] = []
  const shape = `${theme.radius ? `--radius:${theme.radius};` : ''}${theme.font ? `--font:${theme.font};` : ''}`
  const coloured = theme.accent !== undefined || theme.background !== undefined || theme.text !== undefined
  if (theme.scheme === 'light' || theme.scheme === 'dark') {
    rules.push(`:root:root{${cssVars(partnerPalette(theme))}${shape}color-scheme:${theme.scheme}}`)
  } else {
    if (shape) rules.push(`:root:root{${shape}}`)
    if (coloured) rules.push(`@media not (prefers-color-scheme: dark){:root:root{${cssVars(partnerPalette(theme))}}}`)
  }
  return rules.join('\n')
}
