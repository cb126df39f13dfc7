// Reading a customer's turn: which empathy triggers it carries. QA tools score empathy as
// "needed and given / needed and missing / not needed"; these cues decide "needed".
import { isNegatedAt } from './language.js';
import { ownCopy, TextCache } from './text-cache.js';
import { asciiLower, globalOnLowerText, lowerSource } from './regex.js';
import { literalFilter } from './literal-prefilter.js';
import { oneOf } from './phrase-families.js';

export type CustomerCue = 'loss' | 'hardship' | 'distress' | 'frustration' | 'worry' | 'good-news' | 'company-error' | 'customer-error' | 'hostility';

interface CueFamily {
  cue: CustomerCue;
  pattern: RegExp;
  /** True when "not …" before the match cancels it ("I'm not upset"). */
  negatable: boolean;
}

const FAMILY_WORDS =
  '(?:mom|mother|mum|dad|father|husband|wife|partner|son|daughter|child|baby|brother|sister|grandma|grandmother|grandpa|grandfather|gran(?:d-?)?dad|gran|nan|nana|nanna|granny|lola|lolo|nani|dadi|abuela|abuelo|grandson|granddaughter|aunt|uncle|cousin|friend|fianc[ée]e?|boss|employer|dog|cat|pet|parents?|family)';

const CUE_FAMILIES: CueFamily[] = [
  {
    cue: 'loss',
    pattern: new RegExp(
      String.raw`\b(?:pass(?:ed)? away|passing|died|dying(?!\s+to\b)|has died|funeral|memorial|bereave\w*|widow(?:ed|er)?|lost (?:my|our|the) ${FAMILY_WORDS}|loss of (?:my|our)|(?:my|our) late ${FAMILY_WORDS}|miscarriage|stillborn|no longer with us|(?:my|our)\s+${FAMILY_WORDS}(?:'s|\s+has|\s+had)?\s+(?:just\s+|recently\s+|sadly\s+|only\s+)?passed(?!\s+(?:the|his|her|their|my|a|an)\b)|(?:my|our)\s+${FAMILY_WORDS}'s\s+death|(?:he|she)\s+(?:just\s+|sadly\s+|recently\s+)?passed\s+(?:last|this|earlier|recently|yesterday|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|a\s+(?:few|couple)|in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|january|february|march|april|june|july|august|september|october|november|december))|put (?:him|her|(?:my|our) \w+) down|(?:put|be put)\s+(?:(?:him|her|them|(?:my|our)\s+\w+(?:\s+\w+)?)\s+)?to\s+sleep|killed)\b`,
      'i',
    ),
    negatable: false,
  },
  {
    cue: 'hardship',
    pattern: new RegExp(
      String.raw`\b${oneOf(String.raw`
          (?:in|into|from)\s+(?:the\s+)?hospital
          hospitali[sz]ed
          hospital\s+(?:bed|stay|ward)
          (?:pay|paying|owe|owing)\s+(?:the\s+)?hospital
          borrow(?:ed|ing)?\s+(?:money|cash)
          in the (?:er|icu|emergency room)
          (?:had|having|have|after|before|from|recovering\s+from|need|needs|needed|major|emergency|heart|knee|hip|back|brain|eye|his|her|my)\s+(?:\w+\s+)?surgery
          surgery\s+(?:on|for|last|next|yesterday|today|tomorrow)
          cancer
          chemo\w*
          rehab(?:ilitation)?
          addiction
          overdose[ds]?
          diagnos(?:ed|is)
          terminal(?:ly)?
          seriously ill
          sick (?:in bed|for weeks)
          (?:lost|losing) (?:my|his|her|their|our) (?:job|jobs|house|home)
          laid off
          (?:was|were|been|got|getting)\s+paid\s+off
          (?:made|been|being)\s+redundant
          redundancy
          (?:factory|plant|office|company|firm|shop|store|mine|depot|yard|warehouse|site|branch|mill)\s+(?:closed|shut|went\s+under)
          lost\s+(?:my|our)\s+(?:income|business|livelihood)
          fired
          unemployed
          jobless
          evicted
          homeless
          divorc\w*
          separated
          separating
          split\s+up
          broke\s+up
          break-?\s?up
          house fire
          (?:had|was)\s+a\s+(?:house\s+|kitchen\s+)?fire
          fire\s+in\s+(?:our|my)\s+\w+
          (?:the )?fire (?:took|destroyed)
          flood(?:ed|ing)? (?:took|destroyed|ruined)
          accident
          injur(?:ed|y)
          can'?t afford
          single (?:mother|mom|parent|father|dad)
          (?:house|home|basement|apartment|place|flat)\s+(?:\w+\s+)?(?:flooded|burned|burnt\s+down|caught\s+fire|was\s+(?:flooded|robbed|broken\s+into|destroyed))
          robbed
          robber(?:s|y)?
          mugged
          held\s+(?:up\s+)?at\s+(?:gun|knife)\s*point
          burglar\w*
          burgled
          break-in
          struggling
          broke right now
          bills piling
          (?:broke|broken)\s+into
          lymphoma
          leuka?emia
          tumou?r
          (?:a|had\s+a)\s+stroke
          heart\s+attack
          dementia
          alzheimer'?s
          (?:decided|think|thinks|know)\s+it'?s\s+time\s+(?:for|to\s+let)
          (?:his|her|their|my\s+\w+'?s|(?:mum|mom|dad|father|mother|husband|wife)'?s)\s+ashes
          only\s+thing\s+i\s+(?:had|have)\s+(?:left\s+)?(?:of|from)\s+(?:hers|his|him|her|them|my)
        `)}\b`,
      'i',
    ),
    negatable: true,
  },
  {
    // Feelings of grief, shock or exhaustion said outright: like worry, said again they ask again.
    cue: 'distress',
    pattern: new RegExp(
      String.raw`\b${oneOf(String.raw`
          heartbroken
          heartbreaking
          devastated
          gutted
          distraught
          grieving
          traumati[sz]ed
          (?:in|fighting\s+back)\s+tears
          (?:can'?t\s+stop|keep|been|started|was|am)\s+(?:crying|sobbing|shaking)
          (?:still|i'?m|i\s+am|we'?re|we\s+are|(?:i|we)'?ve\s+been|(?:i|we)\s+(?:was|were))\s+(?:all\s+)?(?:\w+\s+)?(?:shaking|shaken(?:\s+up)?|trembling|in\s+shock)
          (?:i'?m|i\s+am|i\s+feel|i'?ve\s+been|feeling)\s+(?:\w+\s+)?(?:exhausted|overwhelmed|drained|shattered|burnt\s+out|burned\s+out|in\s+pieces|in\s+bits|a\s+wreck|beside\s+myself)
          at\s+the\s+end\s+of\s+my\s+(?:rope|tether)
          (?:so\s+|really\s+|utterly\s+)?(?:embarrassing|humiliating|mortifying)
          (?:i\s+was|i\s+felt|i'?m)\s+(?:so\s+)?(?:mortified|humiliated|embarrassed)
          panic\s+attacks?
          (?:can'?t|cannot)\s+breathe
          (?:haven'?t|have\s+not|can'?t|couldn'?t|not)\s+(?:been\s+able\s+to\s+)?(?:slept|sleep)
          (?:hands?|legs?|voice)\s+(?:(?:is|are|was|were)\s+)?(?:still\s+)?(?:shaking|trembling)
        `)}\b`,
      'i',
    ),
    negatable: true,
  },
  {
    cue: 'frustration',
    pattern: new RegExp(
      String.raw`\b${oneOf(String.raw`
          frustrat\w*
          annoy\w*
          irritat\w*
          upset
          angry
          furious
          livid
          mad at
          fed up
          (?:so\s+|really\s+|just\s+)?tired\s+of\s+(?:this|it|waiting|calling|being)
          (?:been\s+)?(?:out|down|off|cut\s+off)\s+(?:for\s+)?(?:a|over\s+a|nearly\s+a|almost\s+a|a\s+whole)\s+(?:week|fortnight|month)
          sick (?:and tired )?of
          had it with
          (?:this is|that's|it's) (?:ridiculous|absurd|unacceptable|outrageous|insane|a joke|a nightmare)
          ridiculous
          unacceptable
          outrageous
          disappoint\w*
          (?:third|fourth|fifth|\d+(?:st|nd|rd|th)) time (?:i'?m |i am |i've |i have )?(?:call|contact|writ)\w*
          (?:still )?(?:waiting|waited) (?:for )?(?:weeks|months|hours|days|forever)
          nobody (?:has )?(?:helped|called|answered)
          no one (?:has )?(?:helped|called|answered)
          wast(?:ed|ing) my time
          (?:second|third|fourth|fifth)\s+time\s+(?:this|in\s+a|in\s+one)\s+(?:year|month|week|day)
          can'?t believe
          how (?:hard|difficult) can it be
          at my wit'?s end
          (?:i'?m|i am) done with
          unbelievable
          terrible service
          worst (?:service|company)
          incompeten\w*
          (?:don'?t\s+know\s+if|not\s+sure\s+(?:if\s+)?)\s*(?:i|we)'?ll\s+ever\s+(?:\w+\s+){0,3}again
          (?:i|we)(?:'ll|\s+will)\s+never\s+(?:\w+\s+){0,4}again
          never\s+(?:ordering|buying|shopping|flying|banking|booking|using|dealing)\s+(?:\w+\s+){0,3}again
        `)}\b`,
      'i',
    ),
    negatable: true,
  },
  {
    cue: 'worry',
    pattern: new RegExp(
      String.raw`\b${oneOf(String.raw`
          worr(?:ied|y|ying)
          anxious
          scared
          afraid
          nervous
          panick\w*
          stress(?:ed|ful)?
          desperate
          terrified
          freaking out
          (?:don'?t|didn'?t|did\s+not|do\s+not) know what (?:to do|i'?ll do|i\s+was\s+going\s+to\s+do)
          need it (?:by|for) (?:tomorrow|tonight|friday|monday|the (?:party|wedding|birthday|funeral))
          (?:wedding|birthday|party) is (?:on|this|tomorrow|in)
        `)}\b`,
      'i',
    ),
    negatable: true,
  },
  {
    cue: 'good-news',
    pattern: new RegExp(
      String.raw`\b${oneOf(String.raw`
          (?:just )?got (?:engaged|married|promoted|the job|accepted)
          paid\s+(?:(?:it|the\s+(?:whole|entire|last)\s+\w+|(?:the|my|our)\s+(?:whole\s+|entire\s+|last\s+)?(?:\w+\s+)?(?:loan|mortgage|debt|balance|card|car|bill|arrears))\s+off|off\s+(?:the|my|our)\s+(?:whole\s+|entire\s+)?(?:\w+\s+)?(?:loan|mortgage|debt|balance|card|car|arrears))
          debt[-\s]free
          (?:we'?re|we are|i'?m|i am) (?:having a (?:baby|boy|girl)|pregnant|expecting|engaged|getting married|retiring)
          new (?:baby|grandbaby|grandchild)
          baby (?:girl|boy) (?:is )?(?:on the way|coming)
          (?:bought|buying) (?:our|my) (?:first )?(?:house|home)
          graduat(?:ed|ing)
          (?:just\s+)?had\s+(?:a\s+baby|twins|triplets|our\s+(?:baby|first|second|third)|a\s+little\s+(?:boy|girl)|the\s+baby)
          got\s+(?:the|a|my)\s+(?:promotion|raise|scholarship|dream\s+job|new\s+job|job\s+offer|place)
          closed\s+(?:our|my|the)\s+(?:series\s+\w|funding|seed\s+round|round|deal|first\s+\w+)
          (?:landed|won|signed)\s+(?:the|a|our|my)\s+(?:\w+\s+)?(?:job|contract|deal|client|award|grant|lottery)
          closed\s+on\s+(?:our|my)\s+(?:\w+\s+){0,2}(?:house|home|place)
          (?:our|my)\s+(?:very\s+)?first\s+(?:house|home|baby|child|grandchild)
          (?:won|passed) (?:the|my)
          so (?:happy|excited|thrilled)
          great news
          (?:given|got|had|received)\s+the\s+all[-\s]clear
          (?:in|into)\s+remission
          cancer[-\s]free
          (?:made\s+a\s+)?full\s+recovery
          good news
          celebrat\w*
          anniversary
          it'?s a (?:boy|girl)
        `)}\b`,
      'i',
    ),
    negatable: true,
  },
  {
    cue: 'company-error',
    pattern: new RegExp(
      String.raw`\b${oneOf(String.raw`
          (?:sent|shipped|delivered|gave) me (?:the )?(?:wrong|a broken|a damaged|the incorrect)
          wrong (?:item|order|size|color|product|address|amount|bill)
          (?:got|received) (?:a |the )?(?:wrong|broken|damaged|cutting board)
          arrived (?:broken|damaged|late|smashed|cracked|open)
          (?:never|still hasn'?t|hasn'?t|didn'?t) (?:arrived?|came|come|shown? up|showed up|been delivered|received)
          charged (?:me )?(?:twice|double|two times|three times|again)
          double[- ]charged
          overcharged
          (?:you|your (?:people|company|team|technician|driver)) (?:lost|broke|forgot|cancell?ed|messed up|made a mistake)
          no-?show
          (?:is|was) (?:broken|defective|missing)
          missing (?:item|part|piece|package)s?
          (?:my|the) (?:order|package|parcel|delivery|refund) (?:is|was) (?:late|lost|missing|delayed)
          cut (?:me )?off
          practical joke
          (?:they'?ve|they\s+have|your\s+\w+\s+(?:have|has))\s+(?:\w+\s+)?(?:broken|damaged|smashed|scratched|ruined|lost|cracked|dented)\s+(?:my|our)
          your\s+(?:technician|engineer|driver|courier|installer|plumber|electrician|staff|team|people|guy|delivery\s+\w+|\w+\s+team)\s+(?:\w+\s+)?(?:drilled|broke|damaged|smashed|scratched|ruined|flooded|dented|cracked|spilled|lost|dropped|left|forgot|missed|cut)\b
          (?:you|your\s+\w+)\s+(?:billed|charged|sent|gave|cut|disconnected|cancell?ed|debited)\s+(?:me|us)\s+(?:for\s+)?(?:someone\s+else'?s|the\s+wrong|twice|again|by\s+mistake|double)
          (?:got|received|sent|delivered|shipped|gave)\s+(?:me\s+)?(?:a|an|the|some)\s+[\w\s-]{1,30}?\s+instead\s+of
        `)}\b`,
      'i',
    ),
    negatable: false,
  },
  {
    cue: 'customer-error',
    pattern: new RegExp(
      String.raw`\b${oneOf(String.raw`
          (?:i'?m|i\s+feel\s+like|i\s+felt\s+like)\s+(?:such\s+)?an?\s+(?:idiot|fool|dummy)
          i\s+(?:booked|ordered|bought|entered|typed|picked|chose|selected|sent|paid|put|gave)\b[^.!?]{0,40}\bwrong\b
          silly\s+me
          i\s+(?:booked|ordered|bought|entered|typed|picked|chose|selected|sent|paid)\s+(?:for\s+)?(?:the\s+)?wrong
          i (?:(?:completely|totally|clean|plumb|just|simply|honestly|stupidly|genuinely|actually)\s+)?(?:forgot|missed|overlooked|didn'?t (?:read|see|realize|notice|check)|accidentally|mistakenly|misread|deleted|entered the wrong|typed the wrong|ordered the wrong)
          my (?:own )?(?:fault|mistake|bad)
          i (?:was|paid) late
          late (?:payment|again)
          (?<!(?:never|n't|not|nae)\s+)missed (?:the|a|my|any) (?:deadline|payment|bill)
        `)}\b`,
      'i',
    ),
    negatable: false,
  },
  {
    cue: 'hostility',
    pattern:
      /\b(?:you people|you(?:'re| are) (?:useless|an idiot|stupid|incompetent|uncaring|pathetic|a joke)|idiots?|morons?|stupid company|crap|bullshit|shit|screw you|shut up|(?:give|get) me (?:your|a) (?:manager|supervisor)|talk to (?:your|a) (?:manager|supervisor)|i'?ll sue|lawyer|report you)\b/i,
    negatable: false,
  },
];

/** The cues in one customer turn (masked text), de-duplicated, in family order. */
export function customerCues(turnText: string): CustomerCue[] {
  const text = asciiLower(turnText);
  const cached = CUE_CACHE.get(text);
  if (cached) return cached;
  const cues = cuesIn(text);
  // A copy: the text may be a slice of a whole document.
  if (CUE_CACHE.admits(text)) CUE_CACHE.set(ownCopy(text), cues);
  return cues;
}

/** customerCues without its cache, for a caller that keeps the cues by line itself (the walker's turn facts). */
export function uncachedCustomerCues(turnText: string): CustomerCue[] {
  return cuesIn(asciiLower(turnText));
}

function cuesIn(text: string): CustomerCue[] {
  const cues: CustomerCue[] = [];
  // Only families whose required literals are in the line can match (the rest are not run).
  const candidates = CUE_FILTER.candidates(text);
  for (let c = 0; c < candidates.length; c++) {
    const family = CUE_FAMILIES[candidates[c]];
    if (firstUnnegated(text, family)) cues.push(family.cue);
  }
  return cues;
}

/** Every cue family's pattern (for tests of what reads them). */
export const CUE_PATTERNS: readonly RegExp[] = CUE_FAMILIES.map((family) => family.pattern);

/** The cue families' literal prefilter, read from their sources as they run (lower-cased). */
const CUE_FILTER = literalFilter(
  CUE_FAMILIES.map((family) => lowerSource(family.pattern.source)),
  'customer',
);

/** Cues by text: customer lines repeat across scripts, and cues depend on the text alone. */
const CUE_CACHE = new TextCache<CustomerCue[]>();

function firstUnnegated(text: string, family: CueFamily): boolean {
  const re = globalOnLowerText(family.pattern);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (!family.negatable || !isNegatedAt(text, m.index)) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

/** Cues that call for emotional acknowledgement by the agent's next turn. */
export const EMOTIONAL_CUES: ReadonlySet<CustomerCue> = new Set(['loss', 'hardship', 'distress', 'frustration', 'worry', 'good-news', 'company-error', 'customer-error']);

/** Cues that mark a personal disclosure (loss or hardship), after which the agent should not over-personalize. */
/** What a stage direction shows of the caller's state: "[Customer crying]", "[sighs]", "[Customer raises her voice]". */
const STAGE_CUES: readonly { cue: CustomerCue; pattern: RegExp }[] = [
  {
    cue: 'distress',
    pattern:
      /\b(?:crying|cries|sobbing|sobs|in\s+tears|tearful|weeping|breaks\s+down|choked?\s+up|distraught|sniffl\w*|breathing\s+(?:unevenly|fast|hard|heavily)|hyperventilat\w*|voice\s+(?:breaks|breaking|cracks|cracking|wavers|wavering|shakes|shaking|trembles|trembling))\b/i,
  },
  { cue: 'frustration', pattern: /\b(?:sighs?|sighing|groans?|exasperated|frustrated|angry|furious|irritated|snaps|shouts|shouting|raises\s+(?:his|her|their)\s+voice)\b/i },
  { cue: 'worry', pattern: /\b(?:anxious|nervous|worried|panick(?:ed|ing|y))\b/i },
];

/** A direction about the caller names them ("Customer's voice breaks"); one that names no one ("[sighs]") follows their words. */
const ABOUT_THE_CALLER = /^(?:the\s+)?(?:customer|caller)(?:'s)?\b/i;
const NAMES_SOMEONE = /^(?:the\s+)?(?:agent|rep|baby|child|kids?|dog|someone|somebody|phone|line|music|background|call|hold|typing)\b/i;

/**
 * The cues a stage direction between the caller's words and the agent's reply shows of the caller: one that
 * names the caller, or one that names no one. "[Baby crying in background]" shows nothing of the caller.
 */
export function stageCues(direction: string): CustomerCue[] {
  const text = direction.trim();
  if (!ABOUT_THE_CALLER.test(text) && (NAMES_SOMEONE.test(text) || /\bin\s+(?:the\s+)?background\b/i.test(text))) return [];
  return STAGE_CUES.filter(({ pattern }) => pattern.test(text)).map(({ cue }) => cue);
}

export const DISCLOSURE_CUES: ReadonlySet<CustomerCue> = new Set(['loss', 'hardship']);
