// Every evaluation set, in the order they were written, with the first score each got blind (before
// anyone used it to change the rules or the model) and the floor the tests hold it to now. The
// scorer (`--all`), the regression test and the README's table read this one list.
import { join } from 'node:path';

export interface EvalSet {
  /** Folder of `.scenario` files, relative to test/. */
  dir: string;
  /** What the set is, in a few words. */
  about: string;
  /** Micro F1 of its first, blind run, and the engine it ran on. */
  blindF1: number;
  blindEngine: string;
  /** False alarms per 100 agent lines of its clean conversations at the blind run, where recorded. */
  blindFalseAlarmsPer100?: number;
  /** The micro F1 the regression test requires now. */
  floorF1: number;
}

export const EVAL_SETS: EvalSet[] = [
  { dir: 'eval/conversations', about: 'short calls from the seed advice (the first set; tuned on)', blindF1: 0.749, blindEngine: 'before f23eb2d', floorF1: 0.95 },
  { dir: 'eval/holdout', about: 'short calls, fresh wording', blindF1: 0.667, blindEngine: 'f23eb2d', floorF1: 0.95 },
  { dir: 'eval-holdout/conversations', about: 'short calls, 8 industries', blindF1: 0.763, blindEngine: 'rules of round 2', floorF1: 0.95 },
  { dir: 'eval-blind3/conversations', about: 'short calls from the seeds and DESIGN.md only', blindF1: 0.882, blindEngine: 'rules of round 3', floorF1: 0.95 },
  { dir: 'eval-blind4/conversations', about: 'short calls, seeds and DESIGN.md only', blindF1: 0.917, blindEngine: 'rules of round 4', floorF1: 0.95 },
  {
    dir: 'eval-blind5/conversations',
    about: 'short calls in natural wording (many voices and countries)',
    blindF1: 0.838,
    blindEngine: 'c767032 (first model); rules alone at 261e88e: 0.748',
    floorF1: 0.9,
  },
  {
    dir: 'eval-blind6/conversations',
    about: 'long realistic calls (40+ lines), 11 clean, 5 drafts',
    blindF1: 0.76,
    blindEngine: 'c767032 (first model); rules alone at 261e88e: 0.792',
    blindFalseAlarmsPer100: 1.34,
    floorF1: 0.85,
  },
  {
    dir: 'eval-blind7/conversations',
    about: 'one-reply cases as trainers and charities publish them (75 good, 75 to avoid)',
    blindF1: 0.91,
    blindEngine: 'd7aa749; rules alone at 261e88e: 0.828',
    blindFalseAlarmsPer100: 4.0,
    floorF1: 0.9,
  },
  {
    dir: 'eval-blind8/conversations',
    about: 'long realistic calls (40+ lines), 7 clean, 3 drafts',
    blindF1: 0.968,
    blindEngine: 'd7aa749; rules alone at 261e88e: 0.828',
    blindFalseAlarmsPer100: 0.88,
    floorF1: 0.9,
  },
  {
    dir: 'eval-blind9/conversations',
    about: 'one-reply cases in the spoken wording of agents from eight countries (80 good, 80 to avoid)',
    blindF1: 0.887,
    blindEngine: '50186e0; rules alone at 261e88e: 0.662',
    blindFalseAlarmsPer100: 5.0,
    floorF1: 0.85,
  },
  {
    dir: 'eval-blind10/conversations',
    about: 'long realistic calls (42-58 lines), 8 clean, 4 drafts',
    blindF1: 0.944,
    blindEngine: '50186e0; rules alone at 261e88e: 0.765',
    blindFalseAlarmsPer100: 0,
    floorF1: 0.9,
  },
  {
    dir: 'eval-blind11/conversations',
    about: 'one-reply cases from 14 voices (bank, Gen-Z retail, council, Texan dealership, Singaporean, Jamaican, South African, funeral plans …); 75 good, 75 to avoid, with missing-ownership',
    blindF1: 0.748,
    blindEngine: '8af2a91; rules alone (--no-model) there: 0.567',
    blindFalseAlarmsPer100: 14.47,
    floorF1: 0.7,
  },
  {
    dir: 'eval-blind12/conversations',
    about: 'long realistic calls (48-54 lines) in 12 industries, 8 clean, 4 drafts',
    blindF1: 0.757,
    blindEngine: '8af2a91; rules alone (--no-model) there: 0.571',
    blindFalseAlarmsPer100: 1.46,
    floorF1: 0.7,
  },
  {
    dir: 'eval-blind13/conversations',
    about: 'one-reply cases in 14 industries (GP surgery, health insurer, retention desk, courier, lettings …), formal and very casual; 70 good, 70 to avoid, 5 with the feeling said indirectly',
    blindF1: 0.831,
    blindEngine: '7c22471 (round-4 rules, before a rebase; 7b05e0b on main scores the same); rules alone (--no-model) there: 0.625',
    blindFalseAlarmsPer100: 6.94,
    floorF1: 0.75,
  },
  {
    dir: 'eval-blind14/conversations',
    about: 'long realistic calls (52-55 spoken lines) in 10 industries, 6 clean, 4 drafts',
    blindF1: 0.792,
    blindEngine: '7c22471 (round-4 rules, before a rebase; 7b05e0b on main scores the same); rules alone (--no-model) there: 0.578',
    blindFalseAlarmsPer100: 1.91,
    floorF1: 0.75,
  },
  {
    dir: 'eval-blind15/conversations',
    about: 'one-reply cases transcribed like real calls (fillers, false starts, the mistake mid-sentence) in 14 industries; 70 good, 70 to avoid',
    blindF1: 0.93,
    blindEngine: '2d8afd8 (rounds 4 and 5); rules alone (--no-model) there: 0.886',
    blindFalseAlarmsPer100: 4.23,
    floorF1: 0.85,
  },
  {
    dir: 'eval-blind16/conversations',
    about: 'long calls (59-67 lines) transcribed with fillers and strong accents (Scouse, Boston, Singapore, Australia …), mistakes buried after a good start; 6 clean, 4 drafts',
    blindF1: 0.643,
    blindEngine: '2d8afd8 (rounds 4 and 5); rules alone (--no-model) there: 0.533',
    blindFalseAlarmsPer100: 3.68,
    floorF1: 0.6,
  },
  {
    dir: 'eval-blind17/conversations',
    about: "one-reply cases written as a trainer's role-play drafts: polite, well-meant, the mistake one clause of a long sentence; 60 good, 60 to avoid",
    blindF1: 0.775,
    blindEngine: '3feacb6 (rounds 4 to 6); rules alone (--no-model) there: 0.611',
    blindFalseAlarmsPer100: 8.06,
    floorF1: 0.7,
  },
  {
    dir: 'eval-blind18/conversations',
    about: 'branching mock-call training scenarios (sections and choices, 50-90 lines), 4 clean in every branch, 4 with mistakes on some paths',
    blindF1: 0.878,
    blindEngine: '3feacb6 (rounds 4 to 6); rules alone (--no-model) there: 0.703',
    blindFalseAlarmsPer100: 0,
    floorF1: 0.8,
  },
  {
    dir: 'eval-blind19/conversations',
    about: 'one-reply cases as a QA analyst transcribes real calls: agents in Manila, Bangalore, Johannesburg, Glasgow, Lagos, Texas, Ohio, Belfast, Kingston; 70 clean',
    blindF1: 0.892,
    blindEngine: 'b927c8e (round 8); rules alone (--no-model) there: 0.772',
    blindFalseAlarmsPer100: 7.69,
    floorF1: 0.95,
  },
  {
    dir: 'eval-blind20/conversations',
    about: 'long realistic calls (55-66 lines: verification, holds, feelings surfacing part-way), 5 clean, 2 branching; US, UK, Australia/New Zealand',
    blindF1: 0.741,
    blindEngine: 'f0c8c06 (round 8); rules alone (--no-model) there: 0.622',
    blindFalseAlarmsPer100: 3.92,
    floorF1: 0.9,
  },
  {
    dir: 'eval-blind21/conversations',
    about: 'QA calibration calls in transcript style (16-26 turns: verification, holds, read-backs), 15 clean, US and UK',
    blindF1: 0.854,
    blindEngine: 'e365512 (round 9); rules alone (--no-model) there: 0.780',
    blindFalseAlarmsPer100: 2.38,
    floorF1: 0.9,
  },
  {
    dir: 'eval-blind22/conversations',
    about: 'feelings shown indirectly (sarcasm, understatement, [long pause], jokes over a loss, a hardship in passing), 60 clean, eight countries',
    blindF1: 0.814,
    blindEngine: 'e365512 (round 9); rules alone (--no-model) there: 0.678',
    blindFalseAlarmsPer100: 3.33,
    floorF1: 0.9,
  },
  {
    dir: 'eval-blind23/conversations',
    about: "a linguist's paraphrases: each mistake in an unusual grammatical shape (passive, question, fronted clause, hedged, buried), 65 clean minimal pairs",
    blindF1: 0.859,
    blindEngine: '6720e2b (round 10); rules alone (--no-model) there: 0.707',
    blindFalseAlarmsPer100: 8.45,
    floorF1: 0.93,
  },
  {
    dir: 'eval-blind24/conversations',
    about: 'long calls with customers in vulnerable circumstances (bereavement, terminal illness, dementia carer, debt and mental health, relay, elderly), 6 clean',
    blindF1: 0.766,
    blindEngine: 'bab2b19 (round 10); rules alone (--no-model) there: 0.667',
    blindFalseAlarmsPer100: 0,
    floorF1: 0.9,
  },
  {
    dir: 'eval-blind25/conversations',
    about: 'retention, sales-support and collections calls (offers pushed on upset callers, price rises, missed payments), 60 clean',
    blindF1: 0.915,
    blindEngine: '435d15c (round 11); rules alone (--no-model) there: 0.779',
    blindFalseAlarmsPer100: 3.16,
    floorF1: 0.95,
  },
  {
    dir: 'eval-blind26/conversations',
    about: 'fault and ownership calls (company-, customer- and no-fault, 8-20 lines), 20 clean; missing-ownership, blame-acceptance and customer-blame concentrated',
    blindF1: 0.902,
    blindEngine: '60b3d40 = 435d15c (round 11); rules alone (--no-model) there: 0.784',
    blindFalseAlarmsPer100: 1.77,
    floorF1: 0.93,
  },
  {
    dir: 'eval-blind28/conversations',
    about: 'calls whose mood changes mid-call (a fee or delay, a disclosure halfway, good news in passing), 12 clean, 24 industries',
    blindF1: 0.862,
    blindEngine: 'e6bb1ce (round 12); rules alone (--no-model) there: 0.764',
    blindFalseAlarmsPer100: 1.18,
    floorF1: 0.93,
  },
  {
    dir: 'eval-blind27/conversations',
    about: "a team leader's weekly 'spot the mistake' quiz: short calls across ten industries and nine voices, 50 clean",
    blindF1: 0.884,
    blindEngine: '9b8de84 (round 12); rules alone (--no-model) there: 0.697',
    blindFalseAlarmsPer100: 5.66,
    floorF1: 0.95,
  },
  {
    dir: 'eval-blind29/conversations',
    about: "a new-hire trainer's practice items from first-week trainees' calls, plain everyday wording, 40 clean",
    blindF1: 0.938,
    blindEngine: 'e472b91 (round 13); rules alone (--no-model) there: 0.835',
    blindFalseAlarmsPer100: 4.76,
    floorF1: 0.95,
  },
];

/** The absolute folder of a set. */
export const setPath = (set: EvalSet): string => join(__dirname, '..', set.dir);
