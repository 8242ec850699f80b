/**
 * A partner helpline written on one line, as the admin form and the CLI take it:
 * `name | phone | text | https link | hours` (empty fields allowed, e.g.
 * `Acme line | 0800 123 456 | | https://acme.org/help | Mon–Fri 9:00–17:00`). The result
 * still goes through partnerResourceSchema.
 */
export function parseHelplineLine(line: string): Record<string, string> {
  const [name = '', phone = '', text = '', url = '', hours = ''] = line.split('|').map((part) => part.trim())
  return Object.fromEntries(Object.entries({ name, phone, text, url, hours }).filter(([, value]) => value !== ''))
}

export const formatHelplineLine = (r: { name: string; phone?: string; text?: string; url?: string; hours: string }): string =>
  [r.name, r.phone ?? '', r.text ?? '', r.url ?? '', r.hours].join(' | ')
