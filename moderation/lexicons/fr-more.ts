// Plus de paraphrases en français (crise, méthode, stigmatisation).
import type { CrisisRule, MethodRule, StigmaRule } from './types'

export const FR_CRISIS_MORE: CrisisRule[] = [
  { id: 'goodbye.pet', sig: 'goodbye', note: 'a donné son animal', p: "(j'?ai )?donné mon (chat|chien|lapin|hamster|animal) à(?![^.!?]{0,40}(garder|pendant|ce week-?end|quelques jours))" },
  { id: 'attempt.took-all', sig: 'attempt', note: 'dit avoir déjà tout avalé', p: "j'?ai (déjà )?tout (avalé|pris)(?=[.!]|$)" },
  // Someone else: an overdose, a plan (2026.11.30).
  { id: 'other.overdose', sig: 'attempt', who: 'other', note: "une autre personne a pris trop de médicaments",
    p: "a (pris|avalé) (trop de|tous ses|toutes ses|une boîte (entière )?de) ~ ({pills})" },
  { id: 'other.plan', sig: 'plan', who: 'other', note: 'une autre personne a un plan', p: "a un plan pour (se tuer|se suicider|en finir|mourir)" },
  { id: 'attempt.when-read', sig: 'attempt', neg: false, note: 'dit ne plus être là quand le message sera lu',
    p: "(quand|lorsque) (vous lirez|tu liras|vous lisez|tu lis|quelqu'?un lira|on lira) (ce message|ceci|ça|ces mots)?,? (je )?(ne serai (déjà )?plus (là|ici|de ce monde|en vie)|serai (déjà )?(partie?|morte?)|ce sera (fini|terminé|trop tard)|tout sera fini)" },
  { id: 'attempt.more', sig: 'attempt', note: 'décrit une tentative en cours',
    p: "j'?ai (avalé|pris) (toute la (boîte|plaquette)|tous mes (cachets|comprimés|médocs)|une overdose)|je saigne (beaucoup|trop|enormément)|(la corde|le nœud) est (prête?|accrochée?)|je vous écris (depuis le pont|depuis le toit|avant de le faire)" },
  { id: 'intent.more', sig: 'intent', note: "annonce qu'il/elle va mettre fin à ses jours",
    p: "(ce soir|cette nuit|demain) (je me tue|je me suicide|j'?en finis|je passe à l'?acte|c'?est la fin|je m'?en vais)|je vais passer à l'?acte|je (ne serai plus|serai plus) (là) demain|j'?ai pris ma décision" },
  { id: 'ideation.more', sig: 'ideation', note: 'désir de mourir',
    p: "(je )?(voudrais|veux|aimerais) (être) mort|(je )?(devrais|mérite de) mourir|je (ne )?mérite pas de vivre|je pense (souvent |tout le temps |sans arrêt )?à (la mort|mourir|en finir|me tuer)|(j'?ai des|des) (idées) (noires|de mort|suicidaires)|je veux que (tout|ça) s'?arrête|(je veux )?(quitter|partir de) ce monde|me supprimer|(je suis|chui) suicidaire" },
  { id: 'goodbye.more', sig: 'goodbye', note: "fait ses adieux ou met de l'ordre",
    p: "bientôt je (ne )?serai plus (là)|je ne vous (embêterai|dérangerai) plus|(prenez|prends) soin de (mon chat|ma chatte|mon chien|ma famille|ma mère) pour moi|j'?ai (dit au revoir|fait mes adieux)|(je )?(donne|distribue) (toutes )?mes affaires|ce n'?est la faute de personne" },
  { id: 'selfharm.more', sig: 'selfharm', note: 'automutilation',
    p: "je (me suis )?(recoupée?|refait du mal)|je me suis ((encore|de nouveau|à nouveau|hier|ce soir) )*(coupée?|scarifiée?|fait du mal|fait mal|brûlée?)(?! (les|mes|ses|la|sa|ma|le) (cheveux|frange|ongles|barbe|pointes|doigt|doigts|main|pouce|langue|lèvre))|(j'?ai )?(envie|besoin) de (me couper|me faire du mal|saigner|me scarifier)|(les )?envies de (me couper|me faire du mal|me scarifier) (sont|reviennent)|(coupures|entailles|plaies) (fraîches|profondes)|je me (gratte|griffe) jusqu'?au sang" },
  { id: 'passive.more', sig: 'passive', neg: false, note: 'souhait passif de mourir',
    p: "(je )?(voudrais|veux|aimerais) (juste )?(ne plus exister|ne plus être là|dormir pour toujours)|(ça) me (serait égal|ferait rien) de mourir|j'?espère (que )?je (vais )?(mourir|me faire renverser|pas me réveiller)|je (suis|me sens) un (poids|fardeau)( pour (tout le monde|ma famille|mes proches))?" },
  { id: 'hopeless.more', sig: 'hopeless', note: 'désespoir',
    p: "je ne vois (plus )?(aucune issue|pas d'?issue|pas de sortie|pas d'?avenir|aucun avenir)|(tout|la vie) (est|me semble) (inutile|sans espoir|absurde|vide de sens)|je baisse les bras|j'?abandonne|je n'?ai plus (la force|d'?espoir|envie de rien)|je suis (épuisée?) de (vivre|tout|me battre)" },
  { id: 'other.more', sig: 'ideation', who: 'other', note: "une autre personne parle de mettre fin à ses jours",
    p: "(il|elle) (parle|parlait) de (se suicider|mourir|en finir|se tuer)|(il|elle) (m'?a dit|dit|a dit|a écrit) qu'?(il|elle) (voulait|veut) (mourir|en finir|se tuer|se suicider)|menace de (se suicider|se tuer|en finir)|(il|elle) (est|semble) suicidaire" },
]

export const FR_METHOD_MORE: MethodRule[] = [
  { id: 'method.more', sig: 'plan', note: 'détail de méthode ou de lieu',
    p: "combien de (cachets|comprimés|doliprane|paracétamol) ~ (pour mourir|mortel|mortelle|faut)|me (jeter|lancer) (du|d'?un|depuis le|sous le|sous un) ~ (pont|toit|immeuble|train|métro)|(me )?pendre (à|dans|avec) ~ (poutre|porte|grenier|garage|arbre|ceinture|corde)|(m'?)?ouvrir les veines|(le )?(fusil|pistolet) de (mon père|mon grand-père)" },
]

export const FR_STIGMA_MORE: StigmaRule[] = [
  { id: 'stigma.fou', guide: 'bc2m', suggestion: 'un mot pour ce qui a été fait, comme « injuste »', note: 'insulte liée à la santé mentale',
    p: "(il|elle|ils|elles|ce|cette|ces|mon|ma|son|sa|le|la|les) (\\w+ )?(est|sont|était) (complètement |trop |vraiment |carrément |totalement )?(fou|folle|fous|folles|tarée?s?|cinglée?s?|malade mental|dérangée?s?|psychopathe)(?! (amoureux|amoureuse|de|d|joie))|(ces|les) (fous|folles|tarés|cinglés)|t'?es (autiste|schizo|bipolaire)" },
  { id: 'stigma.failed', guide: 'mindframe-suicide', suggestion: 'tentative de suicide', note: "présente la survie comme un échec", p: "suicide (réussi|raté)|tentative ratée" },
]
