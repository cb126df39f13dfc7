// Shape of the empathy-statement catalogue (the data lives in catalogue.ts).

export const CATALOGUE_SITUATIONS = ['loss', 'frustration', 'company-error', 'policy-refusal', 'good-news', 'customer-wrong'] as const;
export type CatalogueSituation = (typeof CATALOGUE_SITUATIONS)[number];

export interface EmpathyStatement {
  /** Stable kebab-case id, unique in the catalogue. */
  id: string;
  situation: CatalogueSituation;
  /** The statement as an agent would say it; may contain `{customer_name}`. */
  text: string;
  /** When it fits and when not, for hover and completion docs. */
  note: string;
}
