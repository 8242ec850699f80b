// normalise.ts's rarer passes, each run only when a cheap test on the input says it may
// change something: spaced-out letters joined, "my self" → "myself", masked letters read.
const isLetter = (c: number) => c >= 97 && c <= 122
/** Separators between spaced-out letters: space . - _ * + / ~ */
const isGap = (c: number) => c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 43 || c === 47 || c === 126

// Words people mask with '*' to slip past filters ("s*icide", "k*ll", "su**ide"), in the
// folded form (no accents). Only these are read through a mask: "f*ck" stays as written.
const MASKABLE = ('suicide suicidal kill killing die dying dead death myself selfharm cut cutting hang overdose ' +
  'unalive suicidio suicidarme matarme morir muerte mourir suicider tuer sterben umbringen suizid morrer matar').split(' ')

/**
 * A word with '*' inside it ("s*icide", not "*sigh*") whose stars stand one for one for the
 * letters of exactly one MASKABLE word is read as that word. Calls `mark` for each letter
 * filled in (normalise.ts treats them like leet). Same length, so offsets are unchanged.
 */
export function unmask(codes: Uint16Array, n: number, mark: (k: number) => void): void {
  for (let k = 0; k < n; k++) {
    if (codes[k] !== 42) continue
    let i = k
    while (i > 0 && (isLetter(codes[i - 1]!) || codes[i - 1] === 42)) i--
    let j = k
    while (j < n && (isLetter(codes[j]!) || codes[j] === 42)) j++
    k = j
    if (!isLetter(codes[i]!) || !isLetter(codes[j - 1]!)) continue
    const fits = MASKABLE.filter((w) => w.length === j - i && [...w].every((ch, x) => codes[i + x] === 42 || codes[i + x] === ch.charCodeAt(0)))
    if (fits.length !== 1) continue
    for (let x = 0; x < j - i; x++) {
      if (codes[i + x] === 42) { codes[i + x] = fits[0]!.charCodeAt(x); mark(i + x) }
    }
  }
}

const REFLEXIVE_HEADS = new Set(['my', 'him', 'her', 'your', 'ur', 'them', 'it', 'our', 'thy'])

/** "my self" → "myself" (and him/her/your/them), so lexicons keep reflexives as one word. */
export function joinReflexives(out: Uint16Array, S: Int32Array, E: Int32Array, m: number, remap: Int32Array | null): number {
  let w = 0
  let changed = false
  for (let r = 0; r < m; r++) {
    if (out[r] === 32 && out[r + 1] === 115 && out[r + 2] === 101 && out[r + 3] === 108) {
      // " sel" — check the word before and that "self"/"selves" follows.
      const tail = out[r + 4] === 102 ? r + 5 : out[r + 4] === 118 && out[r + 5] === 101 && out[r + 6] === 115 ? r + 7 : -1
      let h = r
      while (h > 0 && isLetter(out[h - 1]!)) h--
      if (tail > 0 && !isLetter(out[tail] ?? 32) && r - h <= 4 && REFLEXIVE_HEADS.has(String.fromCharCode(...out.subarray(h, r)))) {
        changed = true
        continue
      }
    }
    if (changed) { out[w] = out[r]!; S[w] = S[r]!; E[w] = E[r]! }
    w++
  }
  if (changed && remap) for (let i = 0; i < remap.length; i++) remap[i] = Math.min(remap[i]!, w)
  return w
}


/** Pass 3 proper: marks spaced-out letters' gaps (1 = drop, 2 = a single space) and records
 * each run joined, in pass-1 indices. */
export function spacedOut(codes: Uint16Array, n: number, joined: Array<[number, number]>): Uint8Array {
  const drop = new Uint8Array(n)
  const single = (k: number) =>
    isLetter(codes[k]!) && (k === 0 || !isLetter(codes[k - 1]!)) && (k + 1 >= n || !isLetter(codes[k + 1]!))
  for (let i = 0; i < n; i++) {
    if (!isLetter(codes[i]!) || !single(i)) continue
    let count = 1
    let k = i
    let gapsTight = true
    for (;;) {
      let g = k + 1
      while (g < n && g - k <= 3 && isGap(codes[g]!)) g++
      if (g === k + 1 || g - k > 3 || g >= n || !single(g)) break
      if (g - k !== 2) gapsTight = false
      count++
      k = g
    }
    if (count >= 4 || (count === 3 && gapsTight)) {
      for (let p = i; p < k; p++) {
        if (isLetter(codes[p]!)) continue
        drop[p] = 1
      }
      // A wider gap (two spaces, " / ") marks a word break inside the run.
      for (let p = i + 1; p < k; ) {
        if (drop[p] !== 1) { p++; continue }
        let q = p
        let slash = false
        while (q < k && drop[q] === 1) { if (codes[q] === 47) slash = true; q++ }
        if (q - p >= 2 || slash) drop[p] = 2
        p = q
      }
      joined.push([i, k + 1])
    }
    i = k
  }
  return drop
}
