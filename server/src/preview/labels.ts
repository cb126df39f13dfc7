// Words the preview shows for engine values: customer cues, situations, agent statuses. Data, in one place.
import type { CustomerCue, Situation } from '../engine/index.js';
import type { AgentStatus } from './call-view.js';

/** Cue colour families, strongest first: a turn with several cues is drawn in the first one's colour. */
export const CUE_FAMILIES = [
  { family: 'loss', label: 'loss, hardship or distress', cues: ['loss', 'hardship', 'distress'] },
  { family: 'anger', label: 'frustration or hostility', cues: ['hostility', 'frustration'] },
  { family: 'error', label: 'company error', cues: ['company-error'] },
  { family: 'worry', label: 'worry', cues: ['worry'] },
  { family: 'own-error', label: 'customer error', cues: ['customer-error'] },
  { family: 'joy', label: 'good news', cues: ['good-news'] },
] as const satisfies ReadonlyArray<{ family: string; label: string; cues: readonly CustomerCue[] }>;

export type CueFamily = (typeof CUE_FAMILIES)[number]['family'] | 'none';

/** The colour family of a customer turn. */
export function cueFamily(cues: readonly CustomerCue[]): CueFamily {
  return CUE_FAMILIES.find((f) => f.cues.some((c) => cues.includes(c)))?.family ?? 'none';
}

export const CUE_LABELS: Record<CustomerCue, string> = {
  loss: 'loss',
  hardship: 'hardship',
  distress: 'distress',
  frustration: 'frustration',
  worry: 'worry',
  'good-news': 'good news',
  'company-error': 'company error',
  'customer-error': 'customer error',
  hostility: 'hostility',
};

export const SITUATION_LABELS: Record<Situation, { label: string; coach: string }> = {
  'company-at-fault': { label: 'Company at fault', coach: 'We got it wrong: apologize plainly, own it, and say what will happen and by when.' },
  'customer-at-fault': { label: 'Customer at fault', coach: 'Stay kind without taking the blame: acknowledge the feeling, explain calmly, offer what can be done.' },
  'no-fault': { label: 'No fault', coach: 'Nobody is to blame: listen, acknowledge what the customer is going through, and help.' },
};

export const STATUS_LABELS: Record<AgentStatus, string> = {
  mistake: 'empathy mistake',
  acknowledged: 'answers a cue with no issue',
  neutral: 'no cue to answer',
};
