// The curated empathy-statement catalogue, grouped by situation. Data only, written for this project
// from the seeds' advice. Within a situation the order is "best first": the generic, unobtrusive
// statements come first (the seeds: start generic, personalize only once the customer volunteers more),
// the specific or personal ones later, each with a note saying when it fits.
// Every statement must itself pass the linter: no apology for policy or price, no claimed feelings,
// no "calm down", no promises the agent cannot keep, no blame, no pity, no corporate passive apology.
import type { CatalogueSituation, EmpathyStatement } from './catalogue-types.js';

const LOSS: readonly EmpathyStatement[] = [
  {
    id: 'loss-so-sorry-to-hear',
    situation: 'loss',
    text: "I'm so sorry to hear that. My condolences.",
    note: 'First response when a loss is mentioned in passing; unobtrusive, then follow the customer’s lead.',
  },
  {
    id: 'loss-sorry-for-your-loss',
    situation: 'loss',
    text: "I'm very sorry for your loss.",
    note: 'Generic and safe right after a disclosure; leaves room for the customer to say more or move on.',
  },
  {
    id: 'loss-condolences-by-name',
    situation: 'loss',
    text: 'My condolences, {customer_name}.',
    note: 'Short and personal through the name only; fits when the customer clearly wants to get on with the call.',
  },
  {
    id: 'loss-no-rush',
    situation: 'loss',
    text: "I'm so sorry. There's no rush at all on my side.",
    note: 'When the customer sounds shaken; gives them space without asking about the loss.',
  },
  {
    id: 'loss-only-imagine',
    situation: 'loss',
    text: 'I can only imagine how hard this is.',
    note: 'When the customer says more than "thank you": an invitation to keep talking, still generic.',
  },
  {
    id: 'loss-thank-you-for-telling-me',
    situation: 'loss',
    text: "Thank you for telling me. I'm here, and we can take this one step at a time.",
    note: 'When the customer explains why something is late or missing because of a loss.',
  },
  {
    id: 'loss-take-care-of-account',
    situation: 'loss',
    text: "I'm sorry you have this to handle on top of everything else. Let me take care of the account side for you.",
    note: 'Practical relief: offer to do the paperwork so the customer does not have to.',
  },
  {
    id: 'loss-sounds-so-difficult',
    situation: 'loss',
    text: 'That sounds like an incredibly difficult time.',
    note: 'After the customer has described what happened; reflects their words, adds no details of your own.',
  },
  {
    id: 'loss-reflect-their-care',
    situation: 'loss',
    text: 'It sounds like you were there through all of it. That takes so much.',
    note: 'Only after the customer has told you they cared for the person; paraphrase what they actually said.',
  },
  {
    id: 'loss-look-after-yourself',
    situation: 'loss',
    text: 'I hope you can find a little time to look after yourself as well.',
    note: 'Once the customer has unloaded some of the story; turns the attention back to them.',
  },
  {
    id: 'loss-glad-for-support',
    situation: 'loss',
    text: "I'm really glad you'll have people around you. That sounds like a good idea.",
    note: 'Only when the customer mentions family or friends they will see; affirm, do not add advice.',
  },
  {
    id: 'loss-whenever-ready',
    situation: 'loss',
    text: "Whenever you're ready, {customer_name}, I can take care of the rest of this for you.",
    note: 'The bridge back to the task once the customer stops volunteering more.',
  },
];

const FRUSTRATION: readonly EmpathyStatement[] = [
  {
    id: 'frustration-see-why',
    situation: 'frustration',
    text: 'I can see why that would be frustrating, and I want to get this sorted for you.',
    note: 'Names the feeling the customer showed without claiming to feel it; leads to action.',
  },
  {
    id: 'frustration-know-this-is-frustrating',
    situation: 'frustration',
    text: "I know this is frustrating, {customer_name}. Let's fix it together.",
    note: 'Acknowledges the situation, not the customer’s inner state; say it once per call.',
  },
  {
    id: 'frustration-understand-and-help',
    situation: 'frustration',
    text: "I understand your frustration, and I'm going to help you with this.",
    note: 'A stock phrase that works once; pair it with what you will do, never repeat it on the same call.',
  },
  {
    id: 'frustration-check-understanding',
    situation: 'frustration',
    text: "I want to be sure I understand what's happened, so please stop me if I get anything wrong.",
    note: 'Before relating the problem back: shows you listened and invites correction.',
  },
  {
    id: 'frustration-upset-too',
    situation: 'frustration',
    text: "I'd be upset too if that happened to me.",
    note: 'Validates without presuming; fits when the customer has explained what went wrong.',
  },
  {
    id: 'frustration-shouldnt-have-to',
    situation: 'frustration',
    text: "You shouldn't have had to call more than once about this.",
    note: 'When the customer has called back repeatedly; takes their side without blaming a colleague.',
  },
  {
    id: 'frustration-time-taken',
    situation: 'frustration',
    text: "I'm sorry this has taken so much of your time.",
    note: 'An apology for the wait, not for a policy; fits long holds and repeat calls.',
  },
  {
    id: 'frustration-stay-with-it',
    situation: 'frustration',
    text: "I appreciate you sticking with this, and I'll stay on it with you until we have an answer today.",
    note: 'Your own commitment, which you can keep; avoid promising outcomes you do not control.',
  },
  {
    id: 'frustration-better-result',
    situation: 'frustration',
    text: "That shouldn't have happened, {customer_name}. Let me find out what more I can offer you.",
    note: 'Conveys a sincere wish to help; strongest with the customer’s name. Use it when the problem is not the customer’s doing.',
  },
  {
    id: 'frustration-make-it-right',
    situation: 'frustration',
    text: 'That sounds like a lot to deal with. What would make this right for you?',
    note: 'The key question once you have confirmed the complaint; gives you a frame for what is possible.',
  },
  {
    id: 'frustration-thanks-for-raising',
    situation: 'frustration',
    text: 'Thank you for bringing this to me. It helps us fix it properly.',
    note: 'When the customer reports a recurring problem; thanks them without sounding scripted.',
  },
  {
    id: 'frustration-every-reason',
    situation: 'frustration',
    text: 'I hear you, and it makes sense that you want this fixed today.',
    note: 'For a customer who has waited long; affirms the request, then move to the next step.',
  },
];

const COMPANY_ERROR: readonly EmpathyStatement[] = [
  {
    id: 'company-error-our-mistake',
    situation: 'company-error',
    text: "I'm sorry, that was our mistake. Here's what I'm going to do to fix it.",
    note: 'Apology with an admission, then straight to the resolution: what and by when.',
  },
  {
    id: 'company-error-should-have-received',
    situation: 'company-error',
    text: "I'm so sorry. You should have received exactly what you ordered, and we got it wrong. Let me put it right.",
    note: 'Wrong or damaged item: owns the error plainly before the fix.',
  },
  {
    id: 'company-error-on-us',
    situation: 'company-error',
    text: "That's on us, {customer_name}, and I'm sorry. I'll get the right item on its way to you within 24 business hours.",
    note: 'Admission plus a concrete, dated resolution; use only a time frame you can keep.',
  },
  {
    id: 'company-error-no-excuses',
    situation: 'company-error',
    text: "I won't make excuses: we made a mistake, I'm sorry, and I'm fixing it right now.",
    note: 'For a customer who suspects carelessness; no explanations that sound like defence.',
  },
  {
    id: 'company-error-not-the-service',
    situation: 'company-error',
    text: "I apologize, {customer_name}. We got this wrong, and it isn't the service you should get from us. I'm correcting it now.",
    note: 'A personal apology that names the failure; follow it with the steps.',
  },
  {
    id: 'company-error-deal-with-this',
    situation: 'company-error',
    text: "I'm sorry you had to deal with this. There was an error on our side, and here's what I can do for you.",
    note: 'When the cause was internal (packing, billing, scheduling); then explain the resolution.',
  },
  {
    id: 'company-error-charged-twice',
    situation: 'company-error',
    text: "I'm sorry, we charged you twice and that's our error. I'm refunding the duplicate charge now, and you'll see it within five business days.",
    note: 'Billing errors: specific admission, refund started on the call, a realistic time frame.',
  },
  {
    id: 'company-error-late-delivery',
    situation: 'company-error',
    text: "I'm sorry your delivery is late; that's our failure. I'll call you back by 5 pm today with the new delivery date.",
    note: 'Late delivery when the date is not yet known: commit to a callback you control, not to the date.',
  },
  {
    id: 'company-error-thanks-for-flagging',
    situation: 'company-error',
    text: "Thank you for letting me know, and I'm sorry we got this wrong. I'm correcting it on your account right now.",
    note: 'When the customer found the error; thanks them and acts during the call.',
  },
  {
    id: 'company-error-date-approaching',
    situation: 'company-error',
    text: "I'm sorry, this is our error, and I can only imagine how worrying it is with the date so close. Here's what I'll do for you today.",
    note: 'When the customer has a deadline (birthday, wedding); acknowledge the worry, then resolve.',
  },
  {
    id: 'company-error-you-are-right',
    situation: 'company-error',
    text: "You're right, and I'm sorry. It was our mistake, and the replacement will leave our warehouse by tomorrow morning.",
    note: 'For an angry customer: repeat apology, admission and resolution until they can focus on the fix.',
  },
  {
    id: 'company-error-personal-follow-up',
    situation: 'company-error',
    text: "I'm sorry for the trouble our mistake has caused you. I'll follow up personally and email you an update by noon tomorrow.",
    note: 'When the fix needs another team; your own follow-up is the concrete commitment.',
  },
];

const POLICY_REFUSAL: readonly EmpathyStatement[] = [
  {
    id: 'policy-refusal-what-i-can-do',
    situation: 'policy-refusal',
    text: "I see why you're asking. That isn't something I'm able to change, but here is what I can do for you.",
    note: 'Acknowledges the request, states the limit plainly and moves to what is possible; no apology for the policy itself.',
  },
  {
    id: 'policy-refusal-see-your-point',
    situation: 'policy-refusal',
    text: "I see your point, {customer_name}. I checked whether an exception was possible, and this time it isn't. Here's what I can offer instead.",
    note: 'For a reasonable argument (a long-time customer): acknowledge it, report what you checked, offer an alternative.',
  },
  {
    id: 'policy-refusal-hard-to-hear',
    situation: 'policy-refusal',
    text: 'I understand this is hard to hear. The fee stays in place, and I can walk you through ways to spread it out.',
    note: 'Acknowledges the emotion, not the demand; the policy is restated calmly.',
  },
  {
    id: 'policy-refusal-one-exception',
    situation: 'policy-refusal',
    text: 'The one-time exception has already been used on this account, so the late fee applies. I can set up a payment plan for it if that helps.',
    note: 'The seed scenario: a second missed bill. Plain facts, then an option.',
  },
  {
    id: 'policy-refusal-loyalty-noticed',
    situation: 'policy-refusal',
    text: "You've been with us a long time, and I appreciate that. The fee still applies this time; here's what I can do to help with it.",
    note: 'When the customer cites their loyalty; recognise it without bending the rule.',
  },
  {
    id: 'policy-refusal-why-it-exists',
    situation: 'policy-refusal',
    text: "This rule is there to protect every account, including yours, so I can't override it. What I can do is this.",
    note: 'When the customer asks why; one sentence of reason, then the alternative.',
  },
  {
    id: 'policy-refusal-wish-different-answer',
    situation: 'policy-refusal',
    text: "I wish I had a different answer for you. Here's what's possible.",
    note: 'Warm without apologizing for the rule; move directly to the options.',
  },
  {
    id: 'policy-refusal-recap',
    situation: 'policy-refusal',
    text: "To recap: the exception has been used, so the fee applies. I'm glad to help with anything else on the account.",
    note: 'When the customer keeps pushing: restate the same point calmly instead of arguing.',
  },
  {
    id: 'policy-refusal-written-route',
    situation: 'policy-refusal',
    text: "I'm not able to change that decision, but I can give you the address to put your case in writing to our customer relations team.",
    note: 'When the customer asks for someone higher up and you are the last level on the phone.',
  },
  {
    id: 'policy-refusal-close-alternatives',
    situation: 'policy-refusal',
    text: "That plan isn't available at this price, but there are two options that come close. Would you like me to go through them?",
    note: 'Price or plan requests outside policy; offer concrete alternatives.',
  },
  {
    id: 'policy-refusal-price-change',
    situation: 'policy-refusal',
    text: 'Our prices changed at the start of this month. Let me check whether another plan fits your budget better.',
    note: 'A price rise: state it as a fact and look for a better fit, no apology for the price.',
  },
  {
    id: 'policy-refusal-biggest-difference',
    situation: 'policy-refusal',
    text: "I can't waive the fee, but I'd like to find something that helps. What would make the biggest difference for you right now?",
    note: 'Opens the conversation to what can be done once the limit is clear.',
  },
];

const GOOD_NEWS: readonly EmpathyStatement[] = [
  {
    id: 'good-news-congratulations',
    situation: 'good-news',
    text: "Congratulations, that's wonderful news!",
    note: 'Generic and usually enough; let the warmth be in your voice.',
  },
  {
    id: 'good-news-so-happy-for-you',
    situation: 'good-news',
    text: "Oh, I'm so happy for you!",
    note: 'Shares the excitement; fits any happy announcement.',
  },
  {
    id: 'good-news-congratulations-by-name',
    situation: 'good-news',
    text: 'Congratulations, {customer_name}! What exciting news.',
    note: 'The same with the customer’s name, for a warmer touch.',
  },
  {
    id: 'good-news-right-time',
    situation: 'good-news',
    text: "That's lovely! You've called at just the right time, so let me help you find what you need.",
    note: 'Connect the news to the request and move on with energy.',
  },
  {
    id: 'good-news-thanks-for-sharing',
    situation: 'good-news',
    text: 'Thank you for sharing that with me. It honestly made my day.',
    note: 'When the customer volunteers the news unprompted.',
  },
  {
    id: 'good-news-you-sound-thrilled',
    situation: 'good-news',
    text: 'You sound so excited, and I love hearing it!',
    note: 'Mirror what you hear in their voice; based on what they said, not a guess.',
  },
  {
    id: 'good-news-milestone',
    situation: 'good-news',
    text: "Congratulations, that's a huge milestone!",
    note: 'Weddings, graduations, first homes, retirements.',
  },
  {
    id: 'good-news-well-deserved',
    situation: 'good-news',
    text: "Well done, that's fantastic! What an achievement.",
    note: 'For news the customer earned: a promotion, an exam, a new job.',
  },
  {
    id: 'good-news-when-is-it',
    situation: 'good-news',
    text: 'How exciting! When is the big day?',
    note: 'Only when the customer is keen to talk about it; invites them to share more.',
  },
  {
    id: 'good-news-make-it-ready',
    situation: 'good-news',
    text: "What lovely news! Let's make sure everything's ready in time for the celebration.",
    note: 'Turns shared excitement into help with the order or booking.',
  },
  {
    id: 'good-news-personal-share',
    situation: 'good-news',
    text: "That's wonderful! I still remember how excited our whole family was when my niece was born.",
    note: 'A personal touch only after the customer keeps sharing details on their own; keep it short, then back to them.',
  },
  {
    id: 'good-news-best-wishes',
    situation: 'good-news',
    text: 'Congratulations again, and enjoy every minute!',
    note: 'A warm close to the call after good news.',
  },
];

const CUSTOMER_WRONG: readonly EmpathyStatement[] = [
  {
    id: 'customer-wrong-see-how',
    situation: 'customer-wrong',
    text: "I understand how that could happen, and I'd like to help you from here.",
    note: 'Understanding without accepting blame; moves the call forward.',
  },
  {
    id: 'customer-wrong-looked-that-way',
    situation: 'customer-wrong',
    text: "That makes sense; it does look that way at first. This title won't open on that reader, but let's find one that will.",
    note: 'The seed’s e-book case: the listing was clear, so state the fact kindly and offer a way forward.',
  },
  {
    id: 'customer-wrong-hard-spot',
    situation: 'customer-wrong',
    text: 'I understand this puts you in a hard spot, {customer_name}.',
    note: 'Acknowledges the emotion, not the demand; follow with the policy stated plainly.',
  },
  {
    id: 'customer-wrong-upset-too',
    situation: 'customer-wrong',
    text: "I'd be upset too if I hadn't known about that, and I'm glad you called so we can sort it out.",
    note: 'Validates the reaction while the facts stay the same.',
  },
  {
    id: 'customer-wrong-see-your-point',
    situation: 'customer-wrong',
    text: "I see your point, and I appreciate how long you've been with us.",
    note: 'For a calm customer who argues for an exception; the best you can say before restating the decision.',
  },
  {
    id: 'customer-wrong-payments-slip',
    situation: 'customer-wrong',
    text: 'It happens to the best of us, which is exactly why the one-time exception exists.',
    note: 'Explains the rule without lecturing; fits a second missed payment.',
  },
  {
    id: 'customer-wrong-seems-unfair',
    situation: 'customer-wrong',
    text: "I understand why this seems unfair from where you're standing. The fee does apply, and I can go over your options.",
    note: 'Acknowledges the feeling, not the manipulation; restates the position.',
  },
  {
    id: 'customer-wrong-thanks-for-checking',
    situation: 'customer-wrong',
    text: "Thank you for letting us know before it went any further. Here's how we can correct it.",
    note: 'When the customer admits a slip (wrong address, wrong size); no reproach.',
  },
  {
    id: 'customer-wrong-correct-together',
    situation: 'customer-wrong',
    text: "Easy mistake to make, {customer_name}. Let's get that corrected together.",
    note: 'Short and blame-free after the customer names their own mistake.',
  },
  {
    id: 'customer-wrong-reminder-offer',
    situation: 'customer-wrong',
    text: "I understand why you'd want it reversed. I can't do that, but I can set up a payment reminder on your account if that would help.",
    note: 'Offers something useful for next time without saying "next time be careful".',
  },
  {
    id: 'customer-wrong-respectful-language',
    situation: 'customer-wrong',
    text: 'I hear you, and I want to keep helping you. To do that, I need us to keep the language respectful.',
    note: 'For an abusive caller: a calm boundary, not a personal reply to the insults.',
  },
  {
    id: 'customer-wrong-decision-final',
    situation: 'customer-wrong',
    text: "The decision is final this time. If anything else comes up on your account, I'm here to help.",
    note: 'The professional close when there is no resolution left to offer.',
  },
];

export const CATALOGUE: readonly EmpathyStatement[] = [...LOSS, ...FRUSTRATION, ...COMPANY_ERROR, ...POLICY_REFUSAL, ...GOOD_NEWS, ...CUSTOMER_WRONG];

/** Statements for one situation, in catalogue order (best first). */
export function statementsFor(situation: CatalogueSituation): readonly EmpathyStatement[] {
  let list = BY_SITUATION.get(situation);
  if (!list) {
    list = CATALOGUE.filter((s) => s.situation === situation);
    BY_SITUATION.set(situation, list);
  }
  return list;
}

/** Grouped once: quick fixes ask for a situation's statements on every finding. */
const BY_SITUATION = new Map<CatalogueSituation, readonly EmpathyStatement[]>();
