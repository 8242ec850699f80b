// normalise.ts's rarer passes, each run only when a cheap test on the input says it may
// change something: spaced-out letters joined, and "my self" → "myself".
const isLetter = (c: number) => c >= 97 && c <= 122
/** Separators between spaced-out letters: space . - _ * + / ~ */
const isGap = (c: number) => c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 43 || c === 47 || c === 126

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
