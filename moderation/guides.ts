// Guide names as listed in /shared/reference/language-guides.md (section 1).
import type { GuideId } from './lexicons/types'

export const GUIDES: Record<GuideId, string> = {
  'mindframe-mh': 'Mindframe – Communicating about mental ill-health: language',
  'mindframe-suicide': 'Mindframe – Communicating about suicide: language',
  samaritans: 'Samaritans media guidelines',
  bc2m: 'BringChange2Mind – Choose your words',
  apa: 'APA Style – bias-free language',
  nami: 'NAMI – Words matter',
  ros: 'Recommendations for Reporting on Suicide',
}
