// Weitere deutsche Umschreibungen (Krise, Methode, Stigma).
import type { CrisisRule, MethodRule, StigmaRule } from './types'

export const DE_CRISIS_MORE: CrisisRule[] = [
  { id: 'goodbye.pet', sig: 'goodbye', note: 'hat das Haustier weggegeben', p: "(meine katze|meinen hund|mein haustier|meinen kater|mein kaninchen) (verschenkt|weggegeben)" },
  { id: 'attempt.took-all', sig: 'attempt', note: 'sagt, schon alles geschluckt zu haben', p: "(ich )?(habe|hab) (schon )?(sie )?alles? (geschluckt|genommen)(?=[.!]|$)" },
  // Someone else: an overdose, a plan (2026.11.30).
  { id: 'other.overdose', sig: 'attempt', who: 'other', note: 'eine andere Person hat zu viele Tabletten genommen',
    p: "(hat|er hat|sie hat) (viel )?zu viele ~ ({pills}) (genommen|geschluckt)|(hat|er hat|sie hat) (alle|alle seine|alle ihre) ~ ({pills}) (genommen|geschluckt)" },
  { id: 'other.plan', sig: 'plan', who: 'other', note: 'eine andere Person hat einen Plan', p: "einen plan (hat|hätte),? sich (umzubringen|das leben zu nehmen)" },
  { id: 'attempt.when-read', sig: 'attempt', neg: false, note: 'sagt, nicht mehr da zu sein, wenn man es liest',
    p: "wenn (ihr|du|jemand|man) (das |dies |diese nachricht |diese zeilen )?(lest|liest|lesen|lesen werdet),? (bin ich|ist es) (schon |bereits )?(nicht mehr (da|hier|am leben)|tot|weg|vorbei|zu spät)" },
  { id: 'attempt.more', sig: 'attempt', note: 'beschreibt einen Versuch, der gerade passiert',
    p: "(ich )?(hab|habe) (eine )?überdosis genommen|(ich )?(hab|habe) (die ganze packung|alle tabletten|alle meine tabletten) (genommen|geschluckt)|(ich )?blute (stark|sehr|so viel)|(der strick|die schlinge) (hängt|ist fertig|ist bereit)" },
  { id: 'intent.more', sig: 'intent', note: 'kündigt an, sich das Leben zu nehmen',
    p: "(heute nacht|heute|morgen) (bring ich mich um|mach ich schluss(?! mit)|beende ich (es|alles|mein leben))|ich (werde|werd) (es|alles|mein leben) beenden|ich (werde|werd) (morgen|heute nacht) nicht mehr (da|hier) sein|ich (hab|habe) mich entschieden,? (zu sterben|es zu tun|zu gehen)" },
  { id: 'ideation.more', sig: 'ideation', note: 'Todeswunsch',
    p: "(ich )?(möchte|will|wäre gern|wäre lieber) tot( sein)?|ich (sollte|verdiene es zu) sterben|ich (denke|denk) (ständig|oft|die ganze zeit|jeden tag) (an|ans|übers) (sterben|den tod|suizid|umbringen)|ich will,? dass (alles|es) (vorbei|zu ende) ist|ich will nicht mehr existieren|(dem leben|allem) ein ende setzen|ich will (diese|die) welt verlassen|(ich bin|bin) (so )?suizidal" },
  { id: 'goodbye.more', sig: 'goodbye', note: 'verabschiedet sich oder regelt alles',
    p: "bald (bin ich|werde ich) nicht mehr (da|hier)|ich (werde|werd) euch nicht mehr (belästigen|nerven|zur last fallen)|passt (bitte )?auf (meine katze|meinen hund|meine familie|meine mama) auf|ich (hab|habe) mich (von allen )?verabschiedet|ich verschenke (meine sachen|alles)|(hab|habe) ~ (meine sachen|alles|meine ganzen sachen) verschenkt(?![^.!?]{0,40}(umziehe|umziehen|ziehe um|umzug|ausgemistet|ausmisten|minimalistisch))|es ist nicht eure schuld" },
  { id: 'selfharm.more', sig: 'selfharm', note: 'Selbstverletzung',
    p: "(ich )?(hab|habe) mich ((wieder|gestern|heute|schon|erneut|letzte nacht) )*(geritzt|geschnitten|verletzt|verbrannt)|(ich )?(will|muss|möchte) (mich )?(ritzen|schneiden|bluten)|(frische|neue|tiefe) (schnitte|wunden)|ritzdruck|suchtdruck|(kratze|kratzte) mich blutig" },
  { id: 'passive.more', sig: 'passive', neg: false, note: 'passiver Todeswunsch',
    p: "(will|möchte) (einfach )?(nur,? )?,? dass (alles|es) (endlich )?aufhört|(es )?wäre (mir )?egal,? wenn ich (sterbe|sterben würde|nicht mehr aufwache)|(ich )?(will|möchte|würde gern) (einfach )?verschwinden|(ich )?wünschte,? ich wäre (tot|nicht da|nie geboren)|ich bin (allen|meiner familie|jedem) (nur )?(eine )?last|(ohne mich|wenn ich weg wäre) (wäre|wären|ginge es) (allen|ihnen|euch) besser" },
  { id: 'hopeless.more', sig: 'hopeless', note: 'Hoffnungslosigkeit',
    p: "(ich sehe|ich seh|seh) keinen (ausweg|sinn|grund)|nichts (hat|macht|ergibt) (mehr )?(einen )?sinn|es hat (alles )?keinen sinn( mehr)?|(ich )?(hab|habe) (keine kraft|keine hoffnung) mehr|ich (gebe|geb) auf|alles ist (sinnlos|egal|hoffnungslos)|ich bin (so )?(müde|erschöpft) (vom leben|von allem)" },
  { id: 'other.more', sig: 'ideation', who: 'other', note: 'eine andere Person spricht davon, sich das Leben zu nehmen',
    p: "(er|sie) (redet|spricht|schreibt) (davon|darüber|von),? (sich umzubringen|zu sterben|sich das leben zu nehmen)|(redet|spricht) (von|über) (suizid|selbstmord)|(er|sie) (will|wollte) (sich umbringen|nicht mehr leben|sterben)|droht,? sich (umzubringen|das leben zu nehmen)|(er|sie) ist suizidal" },
]

export const DE_METHOD_MORE: MethodRule[] = [
  { id: 'method.more', sig: 'plan', note: 'Methoden- oder Ortsdetail',
    p: "wie viele (tabletten|pillen|paracetamol|schlaftabletten) ~ (tödlich|braucht man|um zu sterben|reichen)|(vor einen|vor den) (zug|lkw|bus)|(von|vom) (der |dem )?(brücke|dach|hochhaus|balkon|parkhaus) (springen|stürzen|werfen)|(mich )?(erhängen|aufhängen) (am|an der|im|in der|mit) ~|pulsadern (aufschneiden|aufschlitzen)|(die )?(waffe|pistole|gewehr) (meines|von meinem) (vaters|vater|opas|opa)" },
]

export const DE_STIGMA_MORE: StigmaRule[] = [
  { id: 'stigma.verrueckt', guide: 'bc2m', suggestion: 'ein Wort für das, was passiert ist, etwa „unfair“', note: 'abwertendes Wort für psychische Erkrankung',
    p: "(der|die|das|dieser|diese|dieses|mein|meine|sein|seine|ihr|ihre) (\\w+ )?(ist|sind|war) (doch |voll |total |komplett |echt |völlig |einfach )?(verrückt|gestört|irre|geisteskrank|psycho|wahnsinnig|bekloppt)|(du bist|bist du) (doch |voll |total )?(verrückt|gestört|irre|autistisch|psycho|schizo)|(verrückte|gestörte|psychos|geisteskranke) (gehören|sollte man|müsste man)" },
  { id: 'stigma.failed', guide: 'mindframe-suicide', suggestion: 'Suizidversuch', note: 'stellt Überleben als Scheitern dar', p: "(erfolgreiche[rn]?|gescheiterte[rn]?) (selbstmord|suizid|suizidversuch|versuch)|(selbstmord|suizid) (ist|war) (feige|egoistisch)" },
]
