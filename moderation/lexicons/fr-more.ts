// Plus de paraphrases en français (crise, méthode, stigmatisation).
import type { CrisisRule, MethodRule, StigmaRule } from './types'

export const FR_CRISIS_MORE: CrisisRule[] = [
  { id: 'fr.attempt.more', sig: 'attempt', note: 'décrit une tentative en cours',
    p: "j'?ai (avalé|pris) (toute la (boîte|plaquette)|tous mes (cachets|comprimés|médocs)|une overdose)|je saigne (beaucoup|trop|enorm[eé]ment)|(je suis|chui|suis) sur le (pont|toit|rebord)|(la corde|le nœud) est (pr[eê]te?|accroch[eé]e?)|je vous [eé]cris (depuis le pont|depuis le toit|avant de le faire)" },
  { id: 'fr.intent.more', sig: 'intent', note: "annonce qu'il/elle va mettre fin à ses jours",
    p: "(ce soir|cette nuit|demain) (je me tue|je me suicide|j'?en finis|je passe [aà] l'?acte|c'?est la fin|je m'?en vais)|je vais passer [aà] l'?acte|c'?est ma derni[eè]re nuit|je (ne serai plus|serai plus) (là) demain|j'?ai pris ma d[eé]cision" },
  { id: 'fr.ideation.more', sig: 'ideation', note: 'désir de mourir',
    p: "(je )?(voudrais|veux|aimerais) (être) mort|(je )?(devrais|m[eé]rite de) mourir|je (ne )?m[eé]rite pas de vivre|je pense (souvent |tout le temps |sans arr[eê]t )?[aà] (la mort|mourir|en finir|me tuer)|(j'?ai des|des) (id[eé]es) (noires|de mort|suicidaires)|je veux que (tout|[cç]a) s'?arr[eê]te|(je veux )?(quitter|partir de) ce monde|me supprimer|envie d'?en finir|(je suis|chui) suicidaire" },
  { id: 'fr.goodbye.more', sig: 'goodbye', note: "fait ses adieux ou met de l'ordre",
    p: "bient[oô]t je (ne )?serai plus (là)|je ne vous (emb[eê]terai|d[eé]rangerai) plus|(prenez|prends) soin de (mon chat|ma chatte|mon chien|ma famille|ma m[eè]re) pour moi|j'?ai (dit au revoir|fait mes adieux)|(je )?(donne|distribue) (toutes )?mes affaires|ce n'?est la faute de personne" },
  { id: 'fr.selfharm.more', sig: 'selfharm', note: 'automutilation',
    p: "je (me suis )?(recoup[eé]e?|refait du mal)|je me suis ((encore|de nouveau|[aà] nouveau|hier|ce soir) )*(coup[eé]e?|scarifi[eé]e?|fait du mal|fait mal|br[uû]l[eé]e?)(?! (les|mes|ses|la|sa|ma|le) (cheveux|frange|ongles|barbe|pointes|doigt|doigts|main|pouce|langue|l[eè]vre))|(j'?ai )?(envie|besoin) de (me couper|me faire du mal|saigner|me scarifier)|(les )?envies de (me couper|me faire du mal|me scarifier) (sont|reviennent)|(coupures|entailles|plaies) (fra[iî]ches|profondes)|je me (gratte|griffe) jusqu'?au sang" },
  { id: 'fr.passive.more', sig: 'passive', neg: false, note: 'souhait passif de mourir',
    p: "(je )?(voudrais|veux|aimerais) (juste )?(ne plus exister|ne plus [eê]tre l[aà]|dormir pour toujours)|([cç]a) me (serait [eé]gal|ferait rien) de mourir|j'?esp[eè]re (que )?je (vais )?(mourir|me faire renverser|pas me r[eé]veiller)|je (suis|me sens) un (poids|fardeau)( pour (tout le monde|ma famille|mes proches))?" },
  { id: 'fr.hopeless.more', sig: 'hopeless', note: 'désespoir',
    p: "je ne vois (plus )?(aucune issue|pas d'?issue|pas de sortie|pas d'?avenir|aucun avenir)|(tout|la vie) (est|me semble) (inutile|sans espoir|absurde|vide de sens)|je baisse les bras|j'?abandonne|je n'?ai plus (la force|d'?espoir|envie de rien)|je suis ([eé]puis[eé]e?) de (vivre|tout|me battre)" },
  { id: 'fr.other.more', sig: 'ideation', who: 'other', note: "une autre personne parle de mettre fin à ses jours",
    p: "(il|elle) (parle|parlait) de (se suicider|mourir|en finir|se tuer)|(il|elle) (m'?a dit|dit|a dit|a [eé]crit) qu'?(il|elle) (voulait|veut) (mourir|en finir|se tuer|se suicider)|menace de (se suicider|se tuer|en finir)|(il|elle) (est|semble) suicidaire" },
]

export const FR_METHOD_MORE: MethodRule[] = [
  { id: 'fr.method.more', sig: 'plan', note: 'détail de méthode ou de lieu',
    p: "combien de (cachets|comprim[eé]s|doliprane|parac[eé]tamol) ~ (pour mourir|mortel|mortelle|faut)|me (jeter|lancer) (du|d'?un|depuis le|sous le|sous un) ~ (pont|toit|immeuble|train|m[eé]tro)|(me )?pendre ([aà]|dans|avec) ~ (poutre|porte|grenier|garage|arbre|ceinture|corde)|(m'?)?ouvrir les veines|(le )?(fusil|pistolet) de (mon p[eè]re|mon grand-p[eè]re)" },
]

export const FR_STIGMA_MORE: StigmaRule[] = [
  { id: 'fr.stigma.fou', guide: 'bc2m', suggestion: 'personne', note: 'insulte liée à la santé mentale',
    p: "(il|elle|ils|elles|ce|cette|ces|mon|ma|son|sa|le|la|les) (\\w+ )?(est|sont|[eé]tait) (compl[eè]tement |trop |vraiment |carr[eé]ment |totalement )?(fou|folle|fous|folles|tar[eé]e?s?|cingl[eé]e?s?|malade mental|d[eé]rang[eé]e?s?|psychopathe)(?! (amoureux|amoureuse|de|d|joie))|(ces|les) (fous|folles|tar[eé]s|cingl[eé]s)|t'?es (autiste|schizo|bipolaire)" },
  { id: 'fr.stigma.failed', guide: 'mindframe-suicide', suggestion: 'tentative de suicide', note: "présente la survie comme un échec", p: "suicide (r[eé]ussi|rat[eé])|tentative rat[eé]e" },
]
