import type { Lang, Localised } from './locale'
import type { Fallback } from './types'

// The reference recommends a maintained global directory as the fallback: findahelpline.com
// (ThroughLine) verifies its listings; IASP keeps a crisis-centre list as a second route.
// Both are shown alongside every country too, because our own list is partial.
const NOTE: Localised = {
  en: 'If you or someone else is in immediate danger, call your local emergency number. Find A Helpline (run by ThroughLine) lists crisis lines by country; the IASP also keeps a list of crisis centres.',
  es: 'Ante un peligro inmediato para ti o para otra persona, llama al número de emergencias local. Find A Helpline (de ThroughLine) recoge líneas de ayuda en crisis por país; la IASP también mantiene una lista de centros de crisis.',
  fr: 'En cas de danger immédiat pour vous ou pour quelqu’un d’autre, appelez le numéro d’urgence local. Find A Helpline (géré par ThroughLine) recense les lignes d’écoute de crise par pays ; l’IASP tient aussi une liste de centres de crise.',
  de: 'Bei akuter Gefahr für dich oder andere ruf den örtlichen Notruf an. Find A Helpline (betrieben von ThroughLine) listet Krisentelefone nach Land; die IASP führt außerdem eine Liste von Krisenzentren.',
  pt: 'Em caso de perigo imediato para você ou outra pessoa, ligue para o número de emergência local. O Find A Helpline (da ThroughLine) lista linhas de apoio em crise por país; a IASP também mantém uma lista de centros de crise.',
}

export const FIND_A_HELPLINE_URL = 'https://findahelpline.com'
export const IASP_CRISIS_CENTRES_URL = 'https://www.iasp.info/crisis-centres-helplines/'

export function fallbackFor(lang: Lang): Fallback {
  // A fresh object each call so a caller mutating it cannot alter later answers.
  return {
    name: 'Find A Helpline (ThroughLine)',
    url: FIND_A_HELPLINE_URL,
    note: NOTE[lang],
    alsoSee: { name: 'IASP – crisis centres & helplines', url: IASP_CRISIS_CENTRES_URL },
  }
}
