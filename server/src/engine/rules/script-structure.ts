// `script-structure`: what the parser found broken in the script's shape (jumps to unknown sections,
// unreachable or duplicate sections, lines without a speaker), and directives that name no rule.
import type { DocumentRule, RawFinding } from '../rule-kit/rule.js';
import type { ScriptDocument } from '../types.js';
import { parseProblems } from '../rule-kit/parse-problems.js';

export const scriptStructure: DocumentRule = {
  id: 'script-structure',
  description: 'Flags broken script structure: jumps to unknown sections, unreachable or duplicate sections, lines without a speaker.',
  defaultSeverity: 'warn',
  fixable: false,
  tags: ['structure'],
  check: (document, { knownRuleIds }) => [...parseProblems(document, 'script-structure'), ...unknownDirectiveRules(document, knownRuleIds)],
};

/** A misspelled rule in a directive would silently disable nothing. */
function unknownDirectiveRules(document: ScriptDocument, knownRuleIds: ReadonlySet<string>): RawFinding[] {
  return document.directives.flatMap((d) =>
    d.rules
      .filter((id) => !knownRuleIds.has(id))
      .map((id) => ({ ruleId: scriptStructure.id, message: `Unknown rule "${id}" in this directive: it disables nothing.`, span: d.span, suggestions: [], related: [] })),
  );
}
