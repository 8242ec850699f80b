// English core concepts with their word forms, so a new phrasing of a familiar idea is still
// caught: THINK-ing ABOUT a DEATH object, ENDing MY LIFE, coming CLOSE TO it, a NOTE left,
// BURDEN, means TAKEN from the cabinet. Written as vocabulary classes rather than phrases.
import type { CrisisRule, MethodRule } from './types'

const THINK = "think|thinks|thinking|thought|thoughts|fantasi[sz]e|fantasi[sz]ing|fantasies|dream|dreaming|obsess|obsessing|obsessed|imagine|imagining|picturing|planning|contemplating|considering|researching|googling|can'?t stop thinking"
const DEATH = "the rope|a rope|the noose|hanging myself|overdosing|dying|my (own )?death|suicide|killing myself|ending (it|it all|things|everything|my life)|not existing|not being (here|alive|around)|disappearing forever|my (own )?funeral|taking my (own )?life|how to die|ways to die|how i'?d do it|unaliving|offing myself"
const END = "end|ends|ended|ending|take|takes|took|taking|taken"

export const EN_CORE: CrisisRule[] = [
  { id: 'core.think-death', sig: 'ideation', note: 'thinking about dying or suicide',
    p: `(${THINK}) (a lot |so much |constantly |again |more and more |lately |every day |all the time )?(about|of|on)? ~ (${DEATH})` },
  { id: 'core.end-life', sig: 'ideation', note: 'talks about ending their life',
    p: `(${END}) my (own )?life|(?<!(we|they) (just |finally )?)(end|ends|ended|ending) (it all|things|everything|my existence|my story)(?! (with|between|off|for (today|now|the (day|night|week))))|(i|if i|when i|before i) (just )?(${END}) (it|things)(?! (with|between|off|easy|slow|back|seriously|personally|out))` },
  { id: 'core.close-to', sig: 'intent', note: 'close to ending their life',
    p: `(so |really |dangerously )?(close to|on the verge of|on the edge of|this close to|about to|nearly|almost|came close to|got close to) (${END}|killing|kill) (my (own )?life|it all|things|myself|everything)` },
  { id: 'core.letters', sig: 'plan', note: 'has written farewell letters',
    p: "(wrote|written|writing|write|left|leaving|leave) (letters|notes|a letter|a note|goodbye letters|goodbye notes) (to|for) (everyone|everybody|my (family|mum|mom|dad|kids|children|friends|sister|brother|partner|wife|husband|parents))" },
  { id: 'core.go-through', sig: 'vague', note: 'talks about going through with it',
    p: "(if|in case|when|before|once) i (actually |finally |ever )?(go through with it|do it|do this)|(i'?ve|i have) made up my mind|there'?s no (other )?way (out|forward) (for me|left)?" },
  { id: 'core.took-all', sig: 'attempt', note: 'says they have taken everything they had',
    p: "(taken|took|swallowed|downed) (everything|all of it|the lot|whatever (was|i had|i could find)|every(thing| pill| tablet)) (in|from|out of) (the|my|our) (cabinet|medicine cabinet|drawer|cupboard|bathroom|first aid kit|bag)|(car|engine)('?s| is) running in (the|a|our) (closed |locked |shut )?garage" },
  { id: 'core.burden', sig: 'passive', neg: false, note: 'believes others would be better without them',
    p: "(would|'d|will|'ll) (have|live) (an |a )?(easier|better|happier|simpler) (life|lives|time) without me|(wouldn'?t|would not) be the worst (thing|outcome) if i (just )?(didn'?t wake up|died|was gone|wasn'?t here|disappeared)|(it'?d|it would) be (a )?relief (if i|to) (died|die|was gone|didn'?t wake up)" },
  { id: 'core.absence', sig: 'goodbye', note: 'expects not to be here much longer',
    p: "(don'?t think|doubt|not sure) (that )?(i'?ll|i will|i'?m going to|i'?m gonna) (still )?(be (here|around|alive)|make it) (by|next|in|for|at|this|much longer|tomorrow|until|till|to)|(stop|stopping) being (a|the) (problem|burden|weight) (for|to|on) (everyone|anyone|you all|my family|them|people)|(passwords|bank details|pin numbers?|account details|login details|life insurance) ~~ (for my (sister|brother|mum|mom|dad|family|partner|kids|wife|husband)|when i'?m gone|just in case|in case something happens)" },
  { id: 'core.ready-to-go', sig: 'ideation', needs: true, note: 'says they are ready to go',
    p: "(i'?m|i am) (so |just |really |more than )?ready to go(?! (out|home|to|back|shopping|on|for|and|with|see))|(researching|looking up|googling|reading about) (how much|how many|how long) ~ (it )?(would|will) (it )?take" },
  { id: 'core.passive', sig: 'passive', neg: false, note: 'passive wish to be gone',
    p: "(it would|it'?d|would) be (easier|better|simpler) (not to|to not) be (around|here|alive)|why (do )?i (even )?bother (existing|living|being alive|waking up|staying alive)|(wouldn'?t|would not|won'?t) (care|mind) if (a|the) (bus|car|truck|train|lorry) (hit|hits|ran over|runs over|killed) me|(feels?|felt|feeling) like (a|such a|nothing but a) burden|(is|'s|am|i'?m|are) (just )?(a|such a|nothing but a) burden" },
  { id: 'core.train-coming', sig: 'attempt', note: 'waiting at the railway for a train',
    p: "(tracks|railway line|level crossing|bridge|edge|ledge) ~~ ((next|the) train (is )?(in \\d+|coming|due|here)|train (comes|arrives) in)" },
  { id: 'core.means-saved', sig: 'means', note: 'has means put aside',
    p: "(enough|plenty of|a stash of|a stockpile of|a load of) ({pills}) (saved|stashed|stockpiled|hidden|put away|collected|kept)( up| aside)?" },
  { id: 'core.selfharm', sig: 'selfharm', note: 'self-harm act',
    p: "(scratched|scratching|clawed|clawing|picked|picking|pinched|bit|biting) (at )?(my )?(arms?|skin|legs?|wrists?|thighs?|face|hands?) (until|till|so hard) (they|it|i) (bled|bruised)(?! in my sleep| from the (eczema|rash|bites))|(needed|need|wanted) to (feel|see) (something|the blood|pain)" },
]

export const EN_CORE_METHOD: MethodRule[] = [
  { id: 'method.height-enquiry', sig: 'plan', note: 'asks what height or place would be enough',
    p: "(how high|what height|which floor|how many (floors|storeys|stories)|how tall) ~~ (to make sure|to be sure|to be certain|to die|to kill|(is|be) (enough|fatal|lethal|high enough)|would (work|do it|be enough))" },
  { id: 'method.rope-thought', sig: 'plan', note: 'ligature specifics', p: "(think|thinking|thought|picturing|imagining) about (the|a|my) (rope|noose|belt) (in|on|from|at)" },
  { id: 'method.platform', sig: 'plan', note: 'a height, a vehicle or a railway', p: "(on|at) the (tracks|railway line|level crossing) ~~ (train|trains)" },
  { id: 'method.garage', sig: 'means', note: 'toxin with a way of using it',
    p: "(car|engine)('?s| is| was)? (running|left running|on) in (the|a|our) (closed |locked |shut )?garage|hose (from|on) the exhaust" },
]
