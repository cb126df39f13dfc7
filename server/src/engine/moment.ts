// Which empathy statements fit the moment: the cue the customer gave and the call's situation. Worry
// is not loss (no condolences for a held deposit), hardship is not a death, and outside a
// company-at-fault call nothing offered admits a fault the company does not have.
import { statementsFor } from './catalogue.js';
import type { CatalogueSituation } from './catalogue-types.js';
import type { CustomerCue } from './cues.js';
import type { Situation } from './types.js';

/**
 * For the cues the catalogue does not group on its own. Data, best first; each must pass the linter
 * after a caller's worry or hardship (the fix test lints every rewrite in place).
 */
const WORRY: readonly string[] = [
  "I can see why that's worrying, and I'll find out exactly where things stand.",
  "That's a worrying thing to hear, so let's get you a clear answer.",
  "I understand why you're concerned. Let me check that for you right now.",
];
const HARDSHIP: readonly string[] = [
  "I'm so sorry you're going through this.",
  "That sounds like a really hard time. Let's make this part as easy as I can.",
  'Thank you for telling me. We can take this one step at a time.',
];

/** Words that admit the company got something wrong. */
export const ADMITS_FAULT =
  /\b(?:our\s+(?:mistake|error|failure|fault)|on\s+us|we\s+(?:got\s+(?:it|this)\s+wrong|made\s+a\s+mistake|charged\s+you\s+twice)|shouldn'?t\s+have\s+happened|error\s+on\s+our\s+side|our\s+side)\b/i;

/** The cue an answer should meet first, strongest first. */
const CUE_ORDER: readonly CustomerCue[] = ['loss', 'hardship', 'distress', 'good-news', 'company-error', 'worry', 'frustration', 'customer-error'];

const FROM_CATALOGUE: Partial<Record<CustomerCue, CatalogueSituation>> = {
  loss: 'loss',
  'good-news': 'good-news',
  'company-error': 'company-error',
  frustration: 'frustration',
  'customer-error': 'customer-wrong',
};

/** The strongest cue among those given, if any. */
export function leadingCue(cues: Iterable<string>): CustomerCue | undefined {
  const set = new Set(cues);
  return CUE_ORDER.find((c) => set.has(c));
}

/**
 * Statements for a reply to `cue`, best first, without those admitting fault unless the company is
 * at fault (or, with no situation given, the caller said it was). `fallback` stands in when no cue is known.
 */
export function statementsForMoment(cue: CustomerCue | undefined, situation: Situation | undefined, fallback: CatalogueSituation = 'frustration'): string[] {
  const faultOk = situation === 'company-at-fault' || (situation === undefined && cue === 'company-error');
  // A company error in a call whose situation says otherwise is met as frustration, not with an admission.
  const effective = cue === 'company-error' && !faultOk ? 'frustration' : cue;
  const texts =
    effective === 'worry' ? WORRY : effective === 'hardship' || effective === 'distress' ? HARDSHIP : statementsFor(effective ? (FROM_CATALOGUE[effective] ?? fallback) : fallback).map((s) => s.text);
  return texts.filter((t) => faultOk || !ADMITS_FAULT.test(t));
}

/** A short acknowledgement of the cue that can stand in for a clause ("I can see why that's worrying"). */
export function acknowledgementFor(cue: CustomerCue | undefined): string {
  switch (cue) {
    case 'loss':
    case 'hardship':
    case 'distress':
      return 'I can only imagine how hard this must be';
    case 'worry':
      return "I can see why that's worrying";
    case 'frustration':
    case 'company-error':
      return "I can see why that's frustrating";
    case 'good-news':
      return 'That sounds wonderful';
    default:
      return "I can see why you'd feel that way";
  }
}
