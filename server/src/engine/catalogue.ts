// The curated empathy-statement catalogue, grouped by situation. Data only: written for this project.
// (Placeholder entries; the full catalogue of 60+ statements replaces these.)
import type { CatalogueSituation, EmpathyStatement } from './catalogue-types.js';

export const CATALOGUE: readonly EmpathyStatement[] = [
  { id: 'loss-sorry-to-hear', situation: 'loss', text: "I'm so sorry to hear that. My condolences.", note: 'A first, unobtrusive response to a loss.' },
  { id: 'frustration-see-why', situation: 'frustration', text: 'I can see why that would be frustrating, and I want to get this sorted for you.', note: 'Names the feeling without claiming it.' },
  { id: 'company-error-our-mistake', situation: 'company-error', text: "I'm sorry, that was our mistake, and here is what I'll do to fix it.", note: 'Apology with admission, leading to the resolution.' },
  { id: 'policy-refusal-what-i-can-do', situation: 'policy-refusal', text: "That isn't something I'm able to change, but here is what I can do for you.", note: 'States the limit plainly and moves to what is possible.' },
  { id: 'good-news-congratulations', situation: 'good-news', text: "Congratulations, that's wonderful news!", note: 'Share the customer’s excitement.' },
  { id: 'customer-wrong-see-how', situation: 'customer-wrong', text: "I can see how that could happen, and I'd like to help you from here.", note: 'Understanding without accepting blame.' },
];

/** Statements for one situation, in catalogue order (best first). */
export function statementsFor(situation: CatalogueSituation): EmpathyStatement[] {
  return CATALOGUE.filter((s) => s.situation === situation);
}
