// Self-written paraphrases (never taken from the corpus): new wordings of the ideas the
// lexicons encode, to keep generalisation from regressing, and everyday sentences that must
// stay quiet.
import { describe, expect, it } from 'vitest'
import { screen } from '../../moderation/index'

const verdict = (t: string) => {
  const s = screen(t)
  return s.crisis.subject === 'other' ? `other:${s.crisis.level}` : s.crisis.level
}

describe('new wordings are still caught', () => {
  it.each([
    ["I've been fantasising about not existing. It's every night now.", 'high'],
    ['Honestly I think the world would keep spinning just fine if I ended things.', 'high'],
    ["i keep planning my own death in my head, like what song they'd play", 'high'],
    ['I am so close to ending my life. I just need someone to talk me down.', 'high'],
    ["I've taken everything in the cabinet. I'm so tired. Sorry.", 'imminent'],
    ["Car's running in the garage. I just wanted to say thanks to this place.", 'imminent'],
    ["the knife is next to me and i've made up my mind. tonight.", 'imminent'],
    ["Wouldn't be the worst thing if I just didn't wake up tomorrow.", 'concern'],
    ['I keep thinking my family would have an easier life without me around', 'concern'],
    ['scratched my arms until they bled again. i needed to feel something', 'high'],
    ["I'm standing on the edge of the multistorey. Thank you all for everything.", 'imminent'],
    ['The pills are lined up on my desk. I love you all.', 'imminent'],
    ['thinking about overdosing on my sertraline', 'high'],
    ["my sister posted goodbye on insta and she isn't answering her phone", 'other:imminent'],
    ["I don't think I'll still be here next month", 'high'],
    ["I'm going to stop being a problem for everyone soon", 'high'],
    ["I'm on the tracks and the next train is in 4 minutes", 'imminent'],
    ['some days I think it would be easier not to be around', 'concern'],
    ["I honestly don't know why I bother existing", 'concern'],
    ["my friend just messaged 'goodbye, I love you' and took a load of pills", 'other:imminent'],
    ['my dad says he feels like a burden to all of us', 'other:concern'],
    ['ya no quiero estar en este mundo, me quiero ir', 'high'],
    ['me acabo de tomar un frasco entero de clonazepam', 'imminent'],
    ['pronto ya no tendrán que preocuparse por mí', 'high'],
    ['mi hija de 14 años se está cortando los brazos', 'other:high'],
    ["j'ai la corde et je le fais cette nuit", 'imminent'],
    ["je viens d'avaler une boîte entière de doliprane", 'imminent'],
    ["je pense sérieusement à mettre fin à mes jours", 'high'],
    ['ich habe das Seil und mache es heute Nacht', 'imminent'],
    ['bald müsst ihr euch keine Sorgen mehr um mich machen', 'high'],
    ['ich denke ernsthaft darüber nach, mir das Leben zu nehmen', 'high'],
    ['acabei de tomar uma cartela inteira de rivotril', 'imminent'],
    ['logo vocês não vão precisar se preocupar comigo', 'high'],
    ['minha filha de 15 anos está se cortando', 'other:high'],
    ['estou pensando seriamente em tirar minha vida', 'high'],
  ])('%s → %s', (text, want) => {
    expect(verdict(text)).toBe(want)
  })
})

describe('everyday sentences stay quiet', () => {
  it.each([
    'I want to disappear into a good book this weekend.', 'I have been cutting back on coffee and my anxiety is better.',
    'My mum said goodbye at the airport and I cried.', 'I am at the station waiting for my sister.',
    'Je veux en finir avec ce projet ce soir.', 'Mi hermano se corta el pelo cada mes.', 'Quero sumir pra praia nesse feriado.',
    'I keep thinking about jumping back into running this spring.', 'I was thinking about the bridge design for my engineering project.',
    'I am at the station and the next train is delayed again.', 'my bank details are in the envelope for my landlord',
    'No more pain after tonight — my dentist finally fixed my tooth!', 'I keep imagining my funeral scene for my creative writing class.',
    'I take 2 paracetamol for headaches', 'the view from the bridge was beautiful', 'I am so done with this semester lol, two more exams.',
    'We went to the bridge to watch the fireworks tonight.', 'I wrote a letter to my future self, my therapist suggested it.',
    'I am on the platform, the next train is in 5 minutes, see you at 6!', 'mi padre guarda la escopeta cargada para cazar',
    'sueño con viajar a Japón', 'Love you all, thanks for the birthday wishes!', 'I am done, going to bed. Goodnight everyone!',
  ])('%s', (text) => {
    const s = screen(text)
    expect(s.crisis.level).toBe('none')
    expect(s.methodDetail).toEqual([])
    expect(s.harassment).toEqual([])
  })
})
