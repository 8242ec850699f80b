// English "families": the same risk said through its parts rather than a fixed phrase — a
// means at hand, a place of danger, a farewell, a method asked about — written as word
// co-occurrences within a sentence so new wordings are still caught.
import type { CrisisRule, MethodRule, StigmaRule } from './types'

const PLACE = "station|train station|bridge|viaduct|overpass|footbridge|roof|rooftop|ledge|cliff|cliffs|edge|tracks|train tracks|railway|railway line|level crossing|platform|car park|multi ?storey|tower block|balcony|quarry|river|canal|reservoir|pier|top floor|\\d+(th|st|nd|rd) floor"
const MEANS = "pills|tablets|meds|medication|rope|noose|belt|cord|gun|pistol|rifle|shotgun|blade|blades|razor|razors|knife|charcoal|helium|bleach|poison|lighter|bottle of vodka|vodka and (pills|tablets)|emjpil|emjrope|emjgun|emjknife|emjrazor"

export const EN_FAMILIES_CRISIS: CrisisRule[] = [
  { id: 'family.at-place', sig: 'attempt', needs: true, note: 'at a place of danger',
    p: `(i'?m|i am|he'?s|she'?s|they'?re|sitting|standing|sat|stood|waiting|been sitting|been standing|here) (right )?(on|at|in|by|under|near|up on) (the )?(top of |edge of |roof of |side of |end of )?(the |a |this |that )?(${PLACE})` },
  { id: 'family.means-at-hand', sig: 'attempt', needs: true, note: 'means at hand',
    p: `(${MEANS}) (are |is |all )?(in (front of me|my bag|my pocket|my lap|my hand|my hands|the car|my car)|on (the|my) (table|desk|bed|floor|counter|bedside)|lined up|counted out|laid out|next to me|beside me|ready|set up|tied)` },
  { id: 'family.done', sig: 'attempt', note: 'says the act has been done',
    p: "(i'?ve|i have|i) (already |just |finally )?(done it|taken them|swallowed them|drunk it|drank it|tied it|started the (car|engine)|turned (on )?the gas|cut too deep)|(it'?s) (done|too late)( now)?[.!]? (goodbye|bye|sorry|i love)|no going back now|(there'?s|there is) no (turning|going) back" },
  { id: 'family.ends-tonight', sig: 'intent', note: 'says it ends at a set time',
    p: "(it|this|everything|all of this|the pain) (ends|will end|is ending|'?ll end|finishes) (tonight|today|tomorrow|soon|now|this weekend)|(tonight|today|tomorrow) (it|this|everything) ends|(this is|it'?s) my last (night|day|evening|morning|sunset|weekend)|last (night|day) (alive|on earth|of my life)(?! would)|(won'?t|will not|not going to) (wake up|see|be here|be alive) (tomorrow|in the morning|next week|for christmas|on my birthday)" },
  { id: 'family.farewell', sig: 'goodbye', needs: true, note: 'farewell words',
    p: "(i )?love you all|thank(s| you) (all )?for everything|(it was|it'?s been) (nice|good|an honour) knowing (you|everyone|you all)|(please )?forgive me|don'?t blame yourselves|(please )?don'?t be sad|remember me|i'?m sorry for (everything|being like this|what i'?m about to do|what happens)|(please )?(tell|let) my (mum|mom|dad|family|sister|brother|kids|partner|wife|husband) (i'?m sorry|i love|that i love)" },
  { id: 'family.death-wish', sig: 'ideation', note: 'wishes to die',
    p: "(not|never) (wake|waking) up,? (on purpose|deliberately)|(want|wanna|need|ready|trying|desperate) to (go to|be in|join (my|the)) (heaven|the other side|the afterlife|the grave)|(want|wanna|need) (the|this|my) (pain|suffering|life|existence) to (stop|end) (forever|for good|permanently)|(i )?(pray|hope|wish) (to die|for death|god takes me|i die|i could die)|(i'?m|i am) (done|finished)[.,!]? (goodbye|bye|sorry)|(can'?t|cannot|won'?t) (do|live|keep) (this|life|living) (any ?more|any longer)[.,!]? (i'?m) (done|going|leaving|out)" },
  { id: 'family.think-method', sig: 'ideation', note: 'thinking about a way to die',
    p: "(thinking|thought|think|thoughts|fantasi[sz]ing|dreaming) (about|of) (overdosing|taking an overdose|an overdose|od'?ing|hanging myself|jumping (off|in front)|cutting my wrists|slitting my wrists|drowning myself|shooting myself|poisoning myself|gassing myself)" },
  { id: 'family.posted-goodbye', sig: 'goodbye', needs: true, note: 'a goodbye was posted or sent',
    p: "(posted|texted|wrote|sent|left|messaged) (me |us |everyone )?(a |her |his |their )?(goodbye|farewell)" },
  // A note left, alone, is any note ("on the fridge"); beside someone who cannot be reached it is not.
  { id: 'family.left-note', sig: 'goodbye', needs: true, note: 'left a note or a letter',
    p: "(i'?ve|i have|i) (just )?(written|wrote|finished writing) (the|my) (letters|notes)(?! (for|to|from|about|on))|(left|leaving) (me |us )?(a|her|his|their) (note|letter)(?! (on the (fridge|door|table)|for the|about|saying (she'?s|he'?s|they'?re) at))" },
  { id: 'family.at-peace', sig: 'vague', note: 'speaks of finally being at peace',
    p: "(tonight|today|tomorrow|soon) i('ll| will)? (finally )?(get|find|be at|have) (some )?peace|(i'?ll|i will) (finally )?be at peace" },
  { id: 'family.passive-more', sig: 'passive', neg: false, note: 'passive wish not to go on',
    p: "what if i (just )?(didn'?t|never|did not) wake up|imagin(e|ing) my (own )?funeral|(don'?t|can'?t|cannot|do not) see myself (making it|being here|being alive|living|getting|lasting) (to|past|through|until|much longer|another)|(won'?t|not going to|never going to) make it (to|through|past) (christmas|next year|my birthday|the weekend|summer|the end of the year)|(i'?m|i am) (just )?(existing|surviving),? not living|(i )?feel like (i'?m) already dead|(i )?wish (it|everything|this) (could|would) (all )?(end|stop|be over)|(i )?wish i (didn'?t|did not) exist|(no one|nobody) would notice if i (was|were|went) (gone|missing|away)|counting down (the days|to the end)" },
  { id: 'family.no-worry', sig: 'goodbye', who: 'self', note: 'says others will soon not have to worry about them',
    p: "(won'?t|will not|no longer|never) (have|need) to (worry|care) about me( anymore| again| soon)?|(soon )?(you|they|nobody|no one|everyone) (won'?t|will not|will never|'?ll never) (have|need) to (worry|deal with me|put up with me)" },
  { id: 'family.coded-more', sig: 'ideation', note: 'coded wish to die',
    p: "(join|be with|see) (my )?(dad|mum|mom|nan|gran|brother|sister|son|daughter|grandma|grandpa|grandad) (again )?(soon|in heaven|on the other side)|(end|ending) (my|the) (story|chapter) (here|now|tonight)|(press|pressing|hit|hitting) the (off|exit) button( on (my )?life| for good| permanently)?|(eternal|permanent|forever) (sleep|rest|nap)|leave (this|the) (world|earth|planet) (behind|for good|soon)|(won'?t|will not) have to (suffer|deal with|face) (this|it|anything|any of this) (much )?(longer|anymore|for long)" },
  { id: 'family.selfharm-more', sig: 'selfharm', note: 'self-harm act or urge',
    p: "(carve|carving|carved) ~ (into )?(my )?(skin|arms?|thighs?|legs?|wrists?)|(burn|burning|burned|burnt) (my (arms?|skin|wrists?|thighs?)|myself) with (a )?(lighter|cigarette|iron)|(hit|punch|slap|slapping|punching|hitting) myself|(bang|banging|hit|hitting) my head (against|on) (the )?(wall|floor|desk)" },
  { id: 'family.goodbye-unreachable', sig: 'attempt', note: 'said goodbye and cannot be reached',
    p: "(posted|texted|sent|wrote|messaged|left) ~ (goodbye|farewell|last message) ~~ (isn'?t|is not|not|won'?t|stopped|hasn'?t been) (answering|replying|picking up|responding|reading)|(posted|texted|sent|wrote|messaged|left) ~ (goodbye|farewell|last message) ~~ (hasn'?t|has not) (answered|replied|responded|picked up|read)|(posted|texted|sent|wrote|messaged|left) ~~ (goodbye|farewell|last message) ~~ (won'?t|doesn'?t|does not) (answer|reply|respond|pick up)|(can'?t|cannot|couldn'?t) (reach|get hold of|contact) (him|her|them) ~~ (goodbye|farewell|last message)" },
  { id: 'family.other-danger', sig: 'time', alarm: true, note: 'someone else may be in danger now',
    p: "(isn'?t|is not|not|won'?t|will not|stopped|hasn'?t been|has not been) (answering|picking up|replying|responding)|(hasn'?t|has not) (answered|replied|responded|picked up) (in|for|since)|(can'?t|cannot|couldn'?t) (reach|get hold of|contact|get through to) (him|her|them)|(his|her|their) phone (is )?(off|dead|going to voicemail)|(he|she|they) (said|says|texted|wrote|posted) (that )?(goodbye|bye|farewell|sorry for everything)" },
]

export const EN_FAMILIES_METHOD: MethodRule[] = [
  { id: 'method.enquiry', sig: 'plan', who: 'self', note: 'asks about how a method works',
    p: "how (long|high|far|deep|much|many|quickly|fast) ~~ (bleed out|to die|until (i|you|someone) (die|dies|pass out)|fall|drop|jump|overdose|od|drown|suffocate|take (to|for) (it|me|you) to (die|work)|is (lethal|fatal|deadly|enough))|(does|would|will|did) (it|hanging|drowning|jumping|an overdose|overdosing|bleeding out|cutting) (hurt|be painful|take long)|(which|what) (pills|meds|tablets|drugs|medication|floor|bridge|height|method|way|dose|amount) (of ~ )?(would|will|is|are) (actually )?(the )?(best|quickest|fastest|most effective|painless|least painful|enough|work|lethal|fatal)|(what|which) (dose|amount|quantity) of ({drug}|pills|tablets|meds)" },
  { id: 'method.overdose-named', note: 'a named medication taken to excess',
    p: "(overdose|od|overdosing|oding) (on|with) (my |his |her |their |the |some )?({drug}|pills|meds|tablets|medication|insulin)|({drug}) overdose" },
  { id: 'method.place-jump', sig: 'plan', note: 'a place of danger with a way of falling',
    p: `(?<!intrusive (thoughts?|images?) (about|of) )(jump|jumping|throw myself|throwing myself|leap|leaping|step off|stepping off|(fall|falling|drop|dropping) (off|from)) ~ (${PLACE}|traffic)|(${PLACE}) ~~ (jump|jumping|throw myself|leap|step off)` },
  { id: 'method.acquire', sig: 'plan', note: 'asks where to get a means',
    p: "(how|where) (to|can i|do i|could i|would i) (buy|get|find|order) (a gun|a rope|rope|helium|sleeping pills|barbiturates|nembutal|pentobarbital|poison|cyanide|an exit bag)|nembutal|pentobarbital|barbiturates|(tie|tying) a noose" },
  { id: 'method.ligature-words', sig: 'plan', note: 'ligature specifics',
    p: "(rope|noose|belt|cord|cable|scarf|tie|ligature|dog lead|shoelaces?) ~~ (neck|hang|hanging|beam|door|hook|banister|loft|rafter|ceiling|wardrobe|tree)|(hang|hanging) (myself|yourself) (from|off|with|in|on)" },
  { id: 'method.blade-words', sig: 'plan', note: 'self-injury tool with a body site or depth',
    p: "(razor|razors|blade|blades|knife|scissors|broken glass|sharpener|scalpel|box cutter) ~~ (wrists?|arms?|thighs?|veins?|deep|deeper|skin|vertical|artery)|(wrists?|arms?|thighs?|veins?) ~~ (razor|razors|blade|blades|knife|scalpel|box cutter)" },
  { id: 'method.no-barrier', sig: 'plan', note: 'a place of danger without protection',
    p: `(${PLACE}) ~~ (no|without a|without|has no|with no) (barrier|barriers|fence|fencing|railing|railings|netting|net|cctv|cameras)|(which|what) (floor|bridge|roof|car park) ~~ (no|without) (barrier|fence|railing|netting)` },
  { id: 'method.firearm-access', sig: 'means', note: 'firearm with use or access',
    p: "((my|dad'?s|grandad'?s|father'?s|his|her|our|the|old|uncle'?s) )+(gun|shotgun|rifle|pistol|revolver|handgun) (is |'s )?(in|under|at|behind) (the|my|his|our|a) (loft|attic|drawer|safe|closet|wardrobe|shed|garage|cupboard|cabinet|bedroom)" },
  { id: 'method.poison-gas', sig: 'means', note: 'toxin with a way of using it',
    p: "(bleach|antifreeze|poison|rat poison|pesticide|weed ?killer|drain cleaner|charcoal|helium|nitrogen|carbon monoxide|exhaust|gas oven) ~~ (drink|drinking|swallow|car|garage|tent|room|breathe|hose|bag|sealed|tape)" },
  { id: 'method.firearm-words', sig: 'plan', note: 'firearm with use or access',
    p: "(gun|pistol|rifle|shotgun|revolver|firearm) ~~ (myself|my head|my mouth|pull the trigger|shoot myself)" },
]

export const EN_FAMILIES_STIGMA: StigmaRule[] = [
  { id: 'stigma.stereotype', guide: 'nami', suggestion: 'people living with mental illness', note: 'stereotype about people with a mental illness',
    p: "(people|those|anyone|someone|men|women|kids) (with|who have) (bipolar|schizophrenia|bpd|borderline|a mental illness|mental illness|mental illnesses|depression|ocd|psychosis|ptsd|autism|adhd) (are|is) ~ (dangerous|violent|unpredictable|crazy|psychos?|scary|unstable|manipulative|liars|lazy|weak|faking)" },
  { id: 'stigma.insult-person', guide: 'bc2m', suggestion: 'unreasonable', note: 'mental-illness word used as an insult', dropIn: true,
    p: "(?<=(he|she|they|you|guy|woman|man|person|politician|driver|boss|ex|neighbou?r|teacher|mum|mom|dad|landlord|people|lady|dude|bloke|president|customer|coworker|colleague|manager) (is|are|'s|'re|was|were) (so |totally |completely |absolutely |fucking |clinically |literally |actually |a bit |clearly |obviously |properly |certifiably )*)(insane|psychotic|deranged|unhinged|certifiable|nuts|bonkers|mental)(?! (about|for|busy|good|fun|talented|smart|amounts|rich|fast|strong|health|illness|state|load|note|block|arithmetic|math|maths))" },
  { id: 'stigma.section', guide: 'bc2m', suggestion: 'needs support', note: 'mental health care used as an insult',
    p: "(should|needs to|need to|ought to) (be|get) (sectioned|locked up|committed|put away|in a straitjacket)|(forgot|forget|off|skip|skipped) (your|his|her|their) (meds|pills) (again|today)?|escaped (from )?(the )?(asylum|loony bin|mental hospital)|straight ?jacket|straitjacket" },
  { id: 'stigma.dismiss', guide: 'samaritans', suggestion: 'reaching out for help', note: 'dismisses distress or self-harm',
    p: "(just )?a cry for attention|(self ?harm|cutting|suicide|depression|anxiety) (is|are) (just )?(for attention|attention seeking|selfish|a choice|not real|made up|for weak people)|(people who|those who) (self ?harm|cut|attempt suicide) (are|just) (attention|weak|selfish|cowards)|suicide (victim|victims)|depression isn'?t (real|an illness)|(just )?snap out of it|man up" },
]
