// English stigma entries: term → better phrase → guide (names in guides.ts).
// "{1}" in a suggestion is replaced by the original words of the first capture group that took part.
import type { StigmaRule } from './types'

const CONDITIONS = "(depression|anxiety|schizophrenia|bipolar( disorder)?|ocd|ptsd|psychosis|mental illness|a mental illness|mental health (issues|problems|conditions)|an eating disorder|eating disorders?|anorexia|bulimia|adhd|autism|bpd|borderline|dementia|addiction|panic disorder)"

// Things a diagnosis gets pinned on ("the weather is so bipolar"), and what was likely meant.
const THINGS = "weather|schedule|economy|market|stock market|day|week|month|wifi|internet|car|phone|printer|laptop|team|music|government|policy|plan|forecast|climate|traffic|boss|workplace|office|timetable|inbox|thermostat|season|spring|autumn|fall|summer|winter|game|playlist|sky|temperature|politics|budget"
const THING_WORDS: Array<[string, string]> = [['bi', 'unpredictable'], ['schiz', 'unpredictable'], ['psy', 'chaotic'], ['man', 'hectic'], ['oc', 'very orderly'], ['au', 'odd']]

export const EN_STIGMA: StigmaRule[] = [
  // suicide language
  { id: 'stigma.committed-suicide', guide: 'samaritans', suggestion: '{1} by suicide', note: '"committed" frames suicide as a crime', dropIn: true,
    forms: [['committed', 'died'], ['commits', 'dies'], ['committing', 'dying'], ['commit', 'die']],
    p: "(committed|commits|commit|committing) suicide" },
  { id: 'stigma.successful-suicide', guide: 'mindframe-suicide', suggestion: '{1}', note: 'frames survival as failure or death as success',
    forms: [['suc', 'death by suicide'], ['co', 'death by suicide'], ['un', 'suicide attempt'], ['fa', 'suicide attempt'], ['bo', 'suicide attempt'], ['sui', 'suicide attempt']],
    p: "((?:successful|unsuccessful|failed|completed|botched) (?:suicide attempt|suicide)|(?:successful|unsuccessful|failed|botched) attempt (?:on|at) (?:his|her|their|my|your) (?:own )?life|suicide bid)" },
  { id: 'stigma.suicide-epidemic', guide: 'ros', suggestion: 'rising suicide rates', note: 'sensationalises suicide', p: "suicide (epidemic|crisis hits|skyrocket[a-z]*)" },
  { id: 'stigma.career-suicide', guide: 'mindframe-suicide', suggestion: 'a huge risk', note: 'uses "suicide" out of context',
    p: "(career|political|social|commercial|financial|professional|fashion) suicide|suicide (mission|run)" },
  { id: 'stigma.coward', guide: 'samaritans', suggestion: 'took their own life', note: 'moral judgement of suicide',
    p: "(coward'?s|easy|selfish) way out|(cowardly|selfish) (act|thing to do|choice)|suicide is (selfish|cowardly|for cowards|the coward'?s way)|so selfish (to|of (him|her|them) to) (kill|commit|take)" },
  { id: 'stigma.attention', guide: 'samaritans', suggestion: 'reaching out for help', note: 'dismisses distress as attention-seeking',
    p: "attention (seeking|seeker|seekers|whore|grabbing)|(cut|cutting|cuts|harm|harming|harms|posts?|posting|does it|doing it|did it|threatens?|threatening|talks? about (it|suicide|killing)) ~ for (the )?attention|(just|only) (wants?|wanted|doing it for|looking for|after) (attention|sympathy)|cry for attention" },
  // illness as identity or burden
  { id: 'stigma.victim-of', guide: 'mindframe-mh', suggestion: 'living with {1}', note: 'casts a person as a victim of an illness', selfOk: true,
    p: `(?:victim|victims) of ${CONDITIONS}` },
  { id: 'stigma.suffering-from', guide: 'mindframe-mh', suggestion: 'living with {1}', note: '"suffering from" frames an illness as affliction', selfOk: true,
    p: `(?:suffering|suffers|suffered|suffer|afflicted) (?:from|with|by) ${CONDITIONS}` },
  { id: 'stigma.a-diagnosis', guide: 'mindframe-mh', suggestion: 'a person with {1}', note: 'defines a person by a diagnosis', selfOk: true, dropIn: true,
    forms: [['schizo', 'schizophrenia'], ['anorex', 'anorexia'], ['bulim', 'bulimia'], ['psychot', 'psychosis'], ['manic', 'bipolar disorder'],
      ['depress', 'depression'], ['psychopath', 'psychopathy'], ['sociopath', 'antisocial personality disorder']],
    p: "(?:an|a|the) (?:total |complete |real |proper )?(schizophrenic|anorexic|bulimic|psychotic|manic depressive|depressive|schizo|psychopath|sociopath)(?! (episode|episodes|disorder|break|symptoms|features|depression|behaviou?r|thoughts|tendencies|traits))" },
  { id: 'stigma.the-mentally-ill', guide: 'nami', suggestion: 'people living with mental illness', note: 'groups people by illness', dropIn: true,
    p: "the mentally ill|mentally ill people|the insane|the criminally insane|schizophrenics|anorexics|bulimics|psychotics|schizos|crazies|nutjobs|loonies" },
  // slurs
  { id: 'stigma.psycho-ex', guide: 'mindframe-mh', suggestion: 'controlling ex', note: 'mental-illness slur used as an insult',
    p: "(psycho|psychotic|crazy|insane|mental|schizo|deranged) (ex|ex girlfriend|ex boyfriend|ex wife|ex husband|girlfriend|boyfriend|wife|husband|bitch|woman|man|lady|guy|neighbou?r|boss|person|people|cat lady)" },
  { id: 'stigma.nutcase', guide: 'bc2m', suggestion: 'a word for what they did, like “unfair”', note: 'everyday slur for mental illness',
    p: "(are|r) (you|u) (mentally ill|a psycho|psychotic|schizo|mental)(?! health)|nut ?cases?|nutters?|mental cases?|nut ?job|lunatics?|loone?y|whack ?job|wacko|psychos?|schizo|basket case|head case|madman|madwoman|crackpot|nut ?bar|deranged" },
  { id: 'stigma.mental-patient', guide: 'mindframe-mh', suggestion: 'mental health unit', note: 'outdated, stigmatising term for mental health care',
    p: "(mental|insane|lunatic) (asylum|institution|home)|loone?y ?bin|nut ?house|mad ?house|funny farm|psycho ward|mental patients?" },
  { id: 'stigma.happy-pills', guide: 'mindframe-mh', suggestion: 'antidepressants', note: 'trivialises medication', dropIn: true, p: "happy pills|crazy pills" },
  { id: 'stigma.shrink', guide: 'mindframe-mh', suggestion: 'psychiatrist', note: 'slang for mental health professionals', p: "(my|a|the|his|her|their|your) shrink|shrinks" },
  // diagnoses used as casual adjectives
  { id: 'stigma.so-diagnosis', guide: 'mindframe-mh', suggestion: '{1}', note: 'diagnosis used as a casual adjective',
    forms: [['oc', 'particular'], ['au', 'precise'], ['as', 'precise'], ['sp', 'precise'], ['bi', 'changeable'], ['schiz', 'all over the place'], ['psy', 'out of control'], ['ad', 'distracted'], ['an', 'thin'], ['pt', 'shaken'], ['to', 'outspoken']],
    p: "(?:so|such|super|really|very|totally|kinda|kind of|(?:a )?(?:little )?bit|slightly|extremely|literally|proper|a little|hella|lowkey|mega|full(?: on)?) (ocd|autistic|bipolar|schizo|schizophrenic|psychotic|adhd|anorexic|ptsd|aspie|tourettes?|add|spergy|sperg)(?! (diagnosis|disorder|and|or|person|people|kids?|children|adults?|son|daughter|brother|sister|friend|community|traits|symptoms|meds|medication|support))" },
  { id: 'stigma.things-diagnosis', guide: 'mindframe-mh', suggestion: '{1}', note: 'diagnosis used to describe a thing', forms: THING_WORDS,
    p: `(?:${THINGS}) (?:is|was|'s|seems|feels|has been|gets|looks|went) (?:(?:so|totally|literally|really|kinda|kind of|a bit|super|very|completely|like|being|acting|going) )*(bipolar|schizophrenic|schizo|psychotic|autistic|ocd|manic|schizoid)|(bipolar|schizophrenic|schizo|psychotic|manic) (?:${THINGS})` },
  { id: 'stigma.went-mental', guide: 'bc2m', suggestion: 'got really angry', note: 'mental illness used for anger',
    p: "(went|gone|going|go|goes) (mental|psycho|postal|schizo|loco|crazy on)|(gives|giving) me (actual |literal |real )?ptsd" },
]
