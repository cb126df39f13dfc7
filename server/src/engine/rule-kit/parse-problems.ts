// The parser's problems of one kind, as findings: the parser reads structure once for every rule.
import type { ProblemCode, ScriptDocument } from '../types.js';
import type { RawFinding } from './rule.js';

export function parseProblems(document: ScriptDocument, code: ProblemCode): RawFinding[] {
  return document.problems.filter((p) => p.code === code).map((p) => ({ ruleId: code, message: p.message, span: p.span, suggestions: [], related: [] }));
}
