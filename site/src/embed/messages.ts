/**
 * The postMessage protocol between the loader (on the partner's page) and an embedded page.
 * Both sides check the other's origin before they act on a message:
 * - loader → frame, after every load: `{ type: 'lantern:hello' }`, sent to the forum's origin;
 * - frame → loader, only to an origin the partner allows: `lantern:resize` with the content
 *   height in CSS pixels, and `lantern:navigate` with the page's path and title.
 */
export const HELLO = 'lantern:hello'
export const RESIZE = 'lantern:resize'
export const NAVIGATE = 'lantern:navigate'

export type FrameMessage = { type: typeof RESIZE; height: number } | { type: typeof NAVIGATE; path: string; title: string }

/** Largest height the loader accepts, so a broken page cannot make a partner's page endless. */
export const MAX_HEIGHT = 20_000
