/** Where to go after signing in: only a moderator page of this site, never elsewhere (no open redirect). */
export const safeNext = (next: string | null | undefined) => (next && /^\/mod(\/|\?|$)/.test(next) ? next : '/mod')
