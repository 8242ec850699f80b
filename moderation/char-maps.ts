// Character tables used by normalise.ts. Data only.

/** Cyrillic and Greek look-alikes (after lower-casing) → Latin. Used to slip past filters. */
export const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l', ɡ: 'g', һ: 'h', ԛ: 'q', ԝ: 'w', ь: 'b',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', γ: 'y', ω: 'w', ς: 's', σ: 'o', ϲ: 'c',
  // Latin letters NFKD does not decompose.
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', ð: 'd', þ: 'th', ŀ: 'l', ɪ: 'i',
  // Quotes, apostrophes and dashes → one form each, so patterns and quote detection stay simple.
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2033': '"', '\u301d': '"', '\u301e': '"', '\u2018': "'", '\u2019': "'", '\u201a': "'",
  '\u201b': "'", '\u2032': "'", '\u00b4': "'", '\u2013': '-', '\u2014': '-', '\u2010': '-',
  '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u00b7': '.', '\u2022': '.',
}

/** Emoji people use as words in this context. Mapped to tokens that cannot occur in prose. */
export const EMOJI_WORDS: Record<number, string> = {
  0x1faa6: 'emjgrave', // headstone
  0x26b0: 'emjcoffin',
  0x26b1: 'emjcoffin', // funeral urn
  0x1f52b: 'emjgun',
  0x1f48a: 'emjpill',
  0x1f52a: 'emjknife',
  0x1fa78: 'emjblood',
  0x1faa2: 'emjrope', // knot
  0x1f489: 'emjneedle',
  0x1fa92: 'emjrazor', // razor
  0x1f5e1: 'emjknife', // dagger
  0x2620: 'emjskull', // skull and crossbones
  0x1f480: 'emjskull', // skull: "I'm dead 💀" is laughter, "ready to 💀 myself" is not
  0x1f602: 'emjlaugh', // tears of joy
  0x1f923: 'emjlaugh', // rolling on the floor laughing
}

/** Invisible characters removed outright (zero-width, soft hyphen, word joiner, BOM, ...). */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) || cp === 0x2060 || cp === 0xfeff || cp === 0x00ad ||
    cp === 0x180e || (cp >= 0x2061 && cp <= 0x2064) || (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || cp === 0x034f || (cp >= 0xe0100 && cp <= 0xe01ef) ||
    (cp >= 0xe0020 && cp <= 0xe007f) // tag characters
  )
}

/** Digit/symbol → letter, applied only inside tokens that also contain letters. */
export const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l',
}

/** Number + unit/ordinal tokens keep their digits ("20mg", "3am", "5th"). */
export const UNIT_TOKEN =
  /^\d+(?:st|nd|rd|th|mg|mcg|ug|g|gr|kg|ml|l|x|am|pm|h|hr|hrs|k|m|km|mi|yo|s|min|mins|lb|lbs|oz|cm|mm|ft|er|e|eme|o|a|te|ten|ste)$/
