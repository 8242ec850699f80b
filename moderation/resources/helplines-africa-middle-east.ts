import type { HelplineData } from './types'

// Transcribed from /work/shared/reference/helplines.md; sources copied as written there.
export const HELPLINES_AFRICA_MIDDLE_EAST: readonly HelplineData[] = [
  {
    id: 'za-sadag',
    country: 'ZA',
    name: 'SADAG Suicide Crisis Helpline',
    phone: '0800 567 567',
    text: 'SMS 31393 (they call you back)',
    chat: 'WhatsApp 087 163 2030 (08:00–17:00)',
    hours: '24h',
    note: 'Phone line 24h; WhatsApp 08:00–17:00 only.',
    status: 'V',
    open24x7: true,
    sources: ['pressreader (The Star, 2019)', 'sabcnews.com (2022)'],
  },
  {
    id: 'il-eran',
    country: 'IL',
    name: 'ERAN – Emotional First Aid',
    phone: '1201',
    chat: 'Online chat, WhatsApp',
    hours: '24/7',
    note: 'Multilingual.',
    status: 'V',
    open24x7: true,
    sources: ['jerusaleminstitute.org.il', 'p2g-hadera-eiron.org.il'],
  },
]
