// French and German crisis detection: sentences written for these tests (not taken from any
// corpus split) for the generalised families in lexicons/fr-families.ts and de-families.ts, and
// the aggregate figures on the fr/de part of dev.jsonl. holdout.jsonl is not read here.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { levelRank, screen } from '../../moderation'

type Case = [text: string, level: 'none' | 'concern' | 'high' | 'imminent', subject: 'self' | 'other' | 'none']

const FR: Case[] = [
  // positives
  ["Ce matin encore, l'idée de me tuer m'a suivi jusqu'au bureau.", 'high', 'self'],
  ["J'ai mis de côté toute une plaquette de somnifères depuis l'été.", 'high', 'self'],
  ['Mes gosses seraient plus heureux sans moi, franchement.', 'concern', 'self'],
  ['Je vois pas à quoi ça sert de me battre encore.', 'concern', 'self'],
  ['Je voudrais dormir et plus jamais me réveiller.', 'concern', 'self'],
  ["Ma sœur m'a écrit 'merci pour tout' et son portable est éteint depuis hier soir.", 'imminent', 'other'],
  ["Mon pote dit qu'on serait mieux sans lui.", 'concern', 'other'],
  ["J'ai donné mon chat à ma voisine et résilié mon forfait.", 'high', 'self'],
  ["Je me griffe le ventre jusqu'au sang quand ça monte.", 'high', 'self'],
  ['Je serai plus là pour la rentrée, ne m’attendez pas.', 'high', 'self'],
  ["J'ai envie de partir pour toujours, et pas en vacances.", 'high', 'self'],
  ["J'en peux plus de cette vie.", 'concern', 'self'],
  ['je pense au s.u.i.c.i.d.e avant de dormir', 'high', 'self'],
  ["j'ai le goût de mourir", 'high', 'self'],
  ["mon frère m'a écrit qu'il allait se tuer", 'high', 'other'],
  // hard negatives
  ['Je me suis coupé la frange toute seule, catastrophe.', 'none', 'none'],
  ["J'en peux plus de ce bus toujours en retard.", 'none', 'none'],
  ['Je suis mort de rire devant cette vidéo.', 'none', 'none'],
  ['Ce boulot me tue, vivement vendredi.', 'none', 'none'],
  ["J'ai gardé toutes mes boîtes de céréales pour un bricolage.", 'none', 'none'],
  ['Avant de dormir je lis toujours un peu.', 'none', 'none'],
  ["Il y a trois ans, l'idée de me tuer revenait souvent. Aujourd'hui je vais bien.", 'none', 'none'],
  ['Je ne veux pas mourir, je veux juste que ça aille mieux.', 'none', 'none'],
  ['On a résilié le forfait de la box, trop cher.', 'none', 'none'],
  ['Il voulait en finir avec ce projet depuis des mois.', 'none', 'none'],
]

const DE: Case[] = [
  // positives
  ['Seit Wochen kommt immer wieder der Gedanke, mich umzubringen.', 'high', 'self'],
  ['Ich denke darüber nach, meinem Leben ein Ende zu setzen.', 'high', 'self'],
  ['Hab seit dem Sommer Schlaftabletten gehortet, jetzt sind es genug.', 'high', 'self'],
  ['Meine Eltern hätten es ohne mich viel leichter.', 'concern', 'self'],
  ['Meine Freundin meint, wir wären ohne sie besser dran.', 'concern', 'other'],
  ['Manchmal wünsche ich mir, einfach nicht mehr aufzuwachen.', 'concern', 'self'],
  ['Ich kratz mir die Haut blutig, wenn der Druck kommt.', 'high', 'self'],
  ['Es hört nicht auf zu bluten, ich hab zu tief geschnitten.', 'imminent', 'self'],
  ['Weihnachten erlebe ich sowieso nicht mehr.', 'high', 'self'],
  ["Mein Kumpel hat geschrieben 'pass auf den Hund auf' und geht nicht mehr ans Handy.", 'imminent', 'other'],
  ['Ich mag nicht mehr. Jeden Tag das gleiche.', 'concern', 'self'],
  ['Ich dänk jede Tag dra, mir s Läbe z näh.', 'high', 'self'],
  ['Ich werde mir heute Nacht das Leben nehmen.', 'imminent', 'self'],
  ['Ich bringe mich um, ich halte das nicht mehr aus.', 'high', 'self'],
  // hard negatives
  ['Ich lach mich tot über dieses Video.', 'none', 'none'],
  ['Das bringt mich um, diese Hitze.', 'none', 'none'],
  ['Ich mag nicht mehr Pizza essen, lieber Salat.', 'none', 'none'],
  ['Ich hab die Gutscheine gesammelt, jetzt sind es 20 Stück.', 'none', 'none'],
  ['Früher hatte ich den Gedanken, mich umzubringen. Heute geht es mir gut, seit drei Jahren.', 'none', 'none'],
  ['Ich will mich nicht umbringen, ich brauche nur Ruhe.', 'none', 'none'],
  ['Die Briefe liegen auf dem Tisch, kannst du sie zur Post bringen?', 'none', 'none'],
  ['Der Vertrag ist gekündigt, wir wechseln den Anbieter.', 'none', 'none'],
  ['Ich bring mich um vor Lachen, dieses Video!', 'none', 'none'],
]

describe.each([['fr', FR], ['de', DE]] as const)('%s: own sentences', (_lang, cases) => {
  it.each(cases)('%s', (text, level, subject) => {
    const s = screen(text)
    expect(s.crisis.level).toBe(level)
    expect(s.crisis.subject).toBe(subject)
  })
})

// Aggregate only: the dev split is a check on generalisation, so no case is asserted alone.
const devPath = resolve(__dirname, '../fixtures/moderation/dev.jsonl')
let dev: Array<{ lang: string; text: string; expect: { crisis: string } }> = []
try {
  dev = readFileSync(devPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
} catch { dev = [] }

describe.skipIf(dev.length === 0)('dev.jsonl fr/de aggregate figures', () => {
  it.each(['fr', 'de'])('%s: high+ ≥ 90 %, concern+ ≥ 90 %, false alarms ≤ 5 %', (lang) => {
    let hi = 0, hiOk = 0, co = 0, coOk = 0, none = 0, fa = 0
    for (const c of dev.filter((x) => x.lang === lang)) {
      const exp = levelRank(c.expect.crisis as never), got = levelRank(screen(c.text).crisis.level)
      if (exp >= 2) { hi++; if (got >= 2) hiOk++ }
      if (exp >= 1) { co++; if (got >= 1) coOk++ }
      if (exp === 0) { none++; if (got >= 1) fa++ }
    }
    expect(hi).toBeGreaterThan(20)
    expect(hiOk / hi).toBeGreaterThanOrEqual(0.9)
    expect(coOk / co).toBeGreaterThanOrEqual(0.9)
    expect(fa / none).toBeLessThanOrEqual(0.05)
  })
})
