// Word lists several rules share, as regular-expression source fragments.
import { oneOf } from '../phrase-families.js';

/** An apology: "I'm so sorry", "we apologize", "my apologies". */
export const APOLOGY = String.raw`${oneOf(String.raw`
    (?:i'?m|i am|we'?re|we are)\s+(?:(?:so|very|really|truly|terribly|awfully|deeply|sincerely)\s+)?sorry
    (?<![\w'])sorry
    (?:i|we)\s+(?:(?:do|most|very|so|sincerely|truly|really|deeply|humbly)\s+){0,3}(?:apologi[sz]e|regret)
    (?:my|our)\s+(?:sincere\s+|deepest\s+)?apologies
    apologies
    forgive\s+me
  `)}`;

/** Things a company sets on purpose: a policy, a price, a fee, a rule. */
export const POLICY_NOUN = String.raw`${oneOf(String.raw`
    polic(?:y|ies)
    rules?
    regulations?
    terms(?:\s+and\s+conditions)?
    prices?
    pricing
    rates?
    fees?
    charges?
    surcharges?
    penalt(?:y|ies)
    procedures?
    guidelines
    requirements?
    restrictions?
    deposit
    minimum
    deductibles?
    excess
    premiums?
    check-?in\s+time
    check-?out\s+time
    opening\s+hours
    notice\s+period
    cut-?off
    level\s+of\s+the\s+\w+
    warrant(?:y|ies)
    exclusions?
    non-refundable
    not\s+(?:covered|refundable|eligible|permitted|allowed)
    excluded
    guarantee\s+period
    return\s+window
    price\s+(?:increase|change|rise|hike)s?
    rate\s+(?:increase|change|rise|hike)s?
  `)}`;

/** Optional determiner and modifiers before a policy noun: "our new cancellation". */
export const POLICY_PHRASE = String.raw`(?:(?:our|the|this|that|these|those|your|its|a|company|store|bank)\s+)?(?:(?!(?:wrong|extra|duplicate|double|incorrect|mistaken|surprise|unexpected|hidden|accidental)\b)[\w'-]+[\s-]+){0,2}?(?:${oneOf(String.raw`
    new
    current
    updated
    latest
    strict
    late
    cancellation
    return
    refund
    annual
    monthly
    yearly
    service
    company
    store
    membership
    shipping
    delivery
    restocking
    early\s+termination
    termination
    overdraft
    processing
    booking
    change
  `)}\s+)*${POLICY_NOUN}`;

/** A refusal grounded in rules: "we can't refund", "I'm unable to waive". */
export const REFUSAL = String.raw`(?:(?:we|i)(?:\s+(?:can'?t|cannot|can\s+not|won'?t|don'?t|do\s+not|aren'?t\s+(?:able|allowed|permitted)\s+to)|(?:'re|\s+are|'m|\s+am)\s+(?:not\s+(?:able|allowed|permitted)|unable)\s+to)\s+(?:\w+\s+)?${oneOf(String.raw`
    schedule
    deliver
    ship
    refill
    allow
    offer
    refund
    accept
    waive
    make\s+(?:an\s+)?exceptions?
    extend
    override
    reverse
    remove
    lower
    match
    reduce
    give
    issue
    grant
    honou?r
    process\s+(?:a\s+)?refund
  `)})`;

/** Family members and others a customer may lose. */
export const LOVED_ONE = String.raw`${oneOf(String.raw`
    mom
    mother
    mum
    dad
    father
    husband
    wife
    partner
    son
    daughter
    child
    kid
    baby
    brother
    sister
    grandma
    grandmother
    grandpa
    grandfather
    granny
    nana
    nan
    gran
    granddad
    grandad
    stepdad
    stepmom
    stepmum
    mum
    mam
    aunt(?:ie|y)?
    uncle
    cousin
    friend
    best\s+friend
    fianc[ée]e?
    dog
    cat
    pet
    parents?
    family
    boss
    niece
    nephew
  `)}`;

/** Negative feelings an agent should not attribute to a caller as fact. */
export const NEGATIVE_FEELING = String.raw`${oneOf(String.raw`
    angry
    furious
    livid
    mad
    upset
    frustrated
    annoyed
    irritated
    devastated
    heartbroken
    numb
    in\s+shock
    at\s+the\s+end\s+of\s+your\s+(?:tether|rope)
    crushed
    miserable
    depressed
    distraught
    terrified
    scared
    afraid
    anxious
    worried
    stressed(?:\s+out)?
    overwhelmed
    disappointed
    fed\s+up
    outraged
    beside\s+yourself
    at\s+your\s+wit'?s\s+end
    hurt
    sad
    lonely
    embarrassed
    humiliated
    exhausted
    shocked
    confused
    panicking
    panicked
    violated
    helpless
    powerless
    betrayed
    let\s+down
    frantic
    hopeless
    ashamed
    insulted
    gutted
    shattered
    fuming
    raging
    vexed
    worried\s+sick
    sick\s+with\s+worry
    out\s+of\s+your\s+mind
    in\s+(?:bits|pieces)
    seething
    let\s+down\s+and\s+\w+
  `)}`;
