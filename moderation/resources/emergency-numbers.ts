import type { EmergencyRecord } from './types'

// Well-known public emergency numbers only, kept deliberately conservative: the number
// most widely published for the country (the medical one where services are split,
// since self-harm needs an ambulance), with the other services named in `note`.
// These are not in the helplines reference; see README.md ("Emergency numbers").
const SOURCE = 'national emergency number'

const e = (country: string, number: string, note?: string): EmergencyRecord =>
  note === undefined ? { country, number, source: SOURCE } : { country, number, note, source: SOURCE }

// The EU-wide 112 works in every member state (and Iceland); listing them lets a user in,
// say, Greece still get a local number plus the international directory.
const EU_112_ONLY = ['BG', 'CY', 'CZ', 'EE', 'GR', 'HR', 'HU', 'IS', 'LT', 'LU', 'LV', 'MT', 'RO', 'SI', 'SK'] as const

export const EMERGENCY_NUMBERS: readonly EmergencyRecord[] = [
  // Americas
  e('US', '911'),
  e('CA', '911'),
  e('MX', '911'),
  e('BR', '192', 'Ambulance (SAMU); police: 190. 188 is the CVV emotional-support line, not an emergency service.'),
  e('AR', '911', 'Ambulance: 107 in many areas'),
  e('CL', '131', 'Ambulance; police: 133'),
  // Europe
  e('GB', '999', '112 also works'),
  e('IE', '999', '112 also works'),
  e('DE', '112'),
  e('AT', '112', 'Ambulance: 144'),
  e('CH', '144', 'Ambulance; 112 also works; police: 117'),
  e('LI', '144', 'Ambulance; 112 also works; police: 117'),
  e('FR', '112', 'Medical emergencies (SAMU): 15'),
  e('ES', '112'),
  e('IT', '112'),
  e('NL', '112'),
  e('BE', '112'),
  e('SE', '112'),
  e('NO', '113', 'Medical emergencies; police: 112'),
  e('DK', '112'),
  e('FI', '112'),
  e('PL', '112'),
  e('PT', '112'),
  ...EU_112_ONLY.map((c) => e(c, '112')),
  // Asia-Pacific
  e('AU', '000', '112 also works from mobile phones'),
  e('NZ', '111'),
  e('JP', '119', 'Ambulance and fire; police: 110'),
  e('KR', '119', 'Ambulance and fire; police: 112'),
  e('IN', '112'),
  e('SG', '995', 'Ambulance; police: 999'),
  e('HK', '999'),
  e('PH', '911'),
  // Africa & Middle East
  e('ZA', '10111', 'Police; ambulance: 10177; from mobile phones: 112'),
  e('IL', '101', 'Ambulance (Magen David Adom); police: 100'),
]
