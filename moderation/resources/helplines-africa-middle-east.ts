import { CHECKED_AGAINST_REFERENCE as CHECKED } from './check-date'
import type { HelplineRecord } from './types'

// Transcribed from /work/shared/reference/helplines.md; sources copied as written there.
export const HELPLINES_AFRICA_MIDDLE_EAST: readonly HelplineRecord[] = [
  {
    id: 'za-sadag',
    country: 'ZA',
    name: 'SADAG Suicide Crisis Helpline',
    phone: '0800 567 567',
    text: 'SMS 31393 (they call you back)',
    chat: 'WhatsApp 087 163 2030 (08:00–17:00)',
    hours: '24h',
    audience: 'general',
    note: 'Phone line 24h; WhatsApp 08:00–17:00 only.',
    verified: true,
    status: 'V',
    open24x7: true,
    sources: ['pressreader (The Star, 2019)', 'sabcnews.com (2022)'],
    lastChecked: CHECKED,
  },
  {
    id: 'il-eran',
    country: 'IL',
    name: 'ERAN – Emotional First Aid',
    phone: '1201',
    chat: 'Online chat, WhatsApp',
    hours: '24/7',
    audience: 'general',
    note: 'Multilingual.',
    verified: true,
    status: 'V',
    open24x7: true,
    sources: ['jerusaleminstitute.org.il', 'p2g-hadera-eiron.org.il'],
    lastChecked: CHECKED,
  },
]
