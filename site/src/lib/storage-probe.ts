/**
 * Whether this page can keep anything in localStorage. Browsers may block it outright in
 * private modes and in third-party frames (Safari, Firefox strict); Chromium partitions it
 * per top-level site instead, which works.
 */
export function storageWorks(): boolean {
  try {
    localStorage.setItem('lantern.probe', '1')
    localStorage.removeItem('lantern.probe')
    return true
  } catch {
    return false
  }
}
