import type { Localised } from './locale'

// Hard-coded rather than Intl.DisplayNames: the output must be identical in the Worker,
// the browser and Node, whatever ICU data each ships. Names follow CLDR; 'pt' uses the
// CLDR default (Brazilian) spelling. US/GB use the long forms CLDR's short style abbreviates.
// Per country: en|es|fr|de|pt, an empty name meaning the same as English (most are).
const PACKED: { readonly [code: string]: string } = {
  AR: 'Argentina||Argentine|Argentinien|',
  AT: 'Austria||Autriche|Österreich|Áustria',
  AU: 'Australia||Australie|Australien|Austrália',
  BE: 'Belgium|Bélgica|Belgique|Belgien|Bélgica',
  BG: 'Bulgaria||Bulgarie|Bulgarien|Bulgária',
  BR: 'Brazil|Brasil|Brésil|Brasilien|Brasil',
  CA: 'Canada|Canadá||Kanada|Canadá',
  CH: 'Switzerland|Suiza|Suisse|Schweiz|Suíça',
  CL: 'Chile||Chili||',
  CY: 'Cyprus|Chipre|Chypre|Zypern|Chipre',
  CZ: 'Czechia|Chequia|Tchéquie|Tschechien|Tchéquia',
  DE: 'Germany|Alemania|Allemagne|Deutschland|Alemanha',
  DK: 'Denmark|Dinamarca|Danemark|Dänemark|Dinamarca',
  EE: 'Estonia||Estonie|Estland|Estônia',
  ES: 'Spain|España|Espagne|Spanien|Espanha',
  FI: 'Finland|Finlandia|Finlande|Finnland|Finlândia',
  FR: 'France|Francia||Frankreich|França',
  GB: 'United Kingdom|Reino Unido|Royaume-Uni|Vereinigtes Königreich|Reino Unido',
  GR: 'Greece|Grecia|Grèce|Griechenland|Grécia',
  HK: 'Hong Kong|||Hongkong|',
  HR: 'Croatia|Croacia|Croatie|Kroatien|Croácia',
  HU: 'Hungary|Hungría|Hongrie|Ungarn|Hungria',
  IE: 'Ireland|Irlanda|Irlande|Irland|Irlanda',
  IL: 'Israel||Israël||',
  IN: 'India||Inde|Indien|Índia',
  IS: 'Iceland|Islandia|Islande|Island|Islândia',
  IT: 'Italy|Italia|Italie|Italien|Itália',
  JP: 'Japan|Japón|Japon||Japão',
  KR: 'South Korea|Corea del Sur|Corée du Sud|Südkorea|Coreia do Sul',
  LI: 'Liechtenstein||||',
  LT: 'Lithuania|Lituania|Lituanie|Litauen|Lituânia',
  LU: 'Luxembourg|Luxemburgo||Luxemburg|Luxemburgo',
  LV: 'Latvia|Letonia|Lettonie|Lettland|Letônia',
  MT: 'Malta||Malte||',
  MX: 'Mexico|México|Mexique|Mexiko|México',
  NL: 'Netherlands|Países Bajos|Pays-Bas|Niederlande|Países Baixos',
  NO: 'Norway|Noruega|Norvège|Norwegen|Noruega',
  NZ: 'New Zealand|Nueva Zelanda|Nouvelle-Zélande|Neuseeland|Nova Zelândia',
  PH: 'Philippines|Filipinas||Philippinen|Filipinas',
  PL: 'Poland|Polonia|Pologne|Polen|Polônia',
  PT: 'Portugal||||',
  RO: 'Romania|Rumanía|Roumanie|Rumänien|Romênia',
  SE: 'Sweden|Suecia|Suède|Schweden|Suécia',
  SG: 'Singapore|Singapur|Singapour|Singapur|Singapura',
  SI: 'Slovenia|Eslovenia|Slovénie|Slowenien|Eslovênia',
  SK: 'Slovakia|Eslovaquia|Slovaquie|Slowakei|Eslováquia',
  US: 'United States|Estados Unidos|États-Unis|Vereinigte Staaten|Estados Unidos',
  ZA: 'South Africa|Sudáfrica|Afrique du Sud|Südafrika|África do Sul',
}

export const COUNTRY_NAMES: { readonly [code: string]: Localised } = Object.fromEntries(
  Object.entries(PACKED).map(([code, packed]) => {
    const [en, es, fr, de, pt] = packed.split('|') as [string, string, string, string, string]
    return [code, { en, es: es || en, fr: fr || en, de: de || en, pt: pt || en }]
  }),
)

/** Shown as countryName when no country could be resolved. */
export const INTERNATIONAL_NAME: Localised = {
  en: 'International',
  es: 'Internacional',
  fr: 'International',
  de: 'International',
  pt: 'Internacional',
}
