// Findings whose quick-fix suggestions are made only when something reads them.
import type { Finding, Fix, RelatedInfo, Span, Suggestion } from './types.js';

/** Rewrites offered per finding, best first. */
export const MAX_SUGGESTIONS = 3;

/**
 * A finding whose suggestions are made when first read: most runs (the CLI's text formats, CI) never
 * read them, and a prototype getter keeps findings fast, plain-shaped objects.
 */
export class LazySuggestionsFinding {
  severity?: Finding['severity'];
  docsUrl?: string;
  // ES private fields: not own properties, so two lint results still compare equal as data.
  #made: Suggestion[] | undefined;
  #make: (() => Suggestion[]) | null;

  constructor(
    readonly ruleId: string,
    public message: string,
    readonly span: Span,
    readonly fix: Fix | undefined,
    readonly related: RelatedInfo[],
    readonly path: string[] | undefined,
    make: () => Suggestion[],
  ) {
    this.#make = make;
  }

  get suggestions(): Suggestion[] {
    return (this.#made ??= this.#make ? this.#make().slice(0, MAX_SUGGESTIONS) : []);
  }

  /**
   * Makes the suggestions now and lets go of what making them needed (the turn's context, and with
   * it the whole document): for a finding a later re-lint takes over unchanged.
   */
  settle(): void {
    void this.suggestions;
    this.#make = null;
  }

  set suggestions(value: Suggestion[]) {
    this.#made = value;
  }
}
