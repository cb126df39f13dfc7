// `custom-phrase`: phrases a team lists in `.empathylintrc.json`. Literal, case-insensitive and
// word-bounded: never user regular expressions, so a hostile config cannot hang the linter.
import type { CustomPhrase, ScriptDocument } from '../types.js';
import type { DocumentRule, RawFinding } from '../rule-kit/rule.js';

export const customPhrase: DocumentRule = {
  id: 'custom-phrase',
  description: 'Flags phrases your team listed under "phrases" in .empathylintrc.json, with your message and replacement.',
  defaultSeverity: 'warn',
  fixable: true,
  tags: ['config'],
  check: (document, { config }) => (config.phrases?.length ? customPhraseFindings(document, config.phrases) : []),
};

/** Keeps a capital first letter where the replaced words had one ("No problem," → "Certainly,"). */
function matchCase(found: string, replacement: string): string {
  const first = found.charAt(0);
  return first !== first.toLowerCase() && replacement.length > 0 ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest phrase compiled: longer ones are not phrases anyone says, and would strain the regex compiler. */
export const MAX_PHRASE_LENGTH = 200;

interface CompiledPhrase {
  phrase: CustomPhrase;
  re: RegExp;
}

/** Compiled once per phrase list (the editor lints on every keystroke with the same config). */
const COMPILED = new WeakMap<readonly CustomPhrase[], CompiledPhrase[]>();

function compile(phrases: readonly CustomPhrase[]): CompiledPhrase[] {
  let compiled = COMPILED.get(phrases);
  if (compiled) return compiled;
  compiled = phrases
    .filter((p) => p.text.trim().length > 0 && p.text.length <= MAX_PHRASE_LENGTH)
    .map((p) => ({
      phrase: p,
      re: new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(p.text.trim()).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}_])`, 'giu'),
    }));
  COMPILED.set(phrases, compiled);
  return compiled;
}

/** Finds configured phrases in agent turns. */
function customPhraseFindings(document: ScriptDocument, phrases: readonly CustomPhrase[]): RawFinding[] {
  const compiled = compile(phrases);
  const out: RawFinding[] = [];
  for (const section of document.sections) {
    for (const item of section.items) {
      if (item.kind !== 'turn' || item.role !== 'agent') continue;
      for (const { phrase, re } of compiled) {
        for (const m of item.text.matchAll(re)) {
          const span = { start: item.textSpan.start + m.index!, end: item.textSpan.start + m.index! + m[0].length };
          const fix = phrase.replacement !== undefined ? { span, text: matchCase(m[0], phrase.replacement) } : undefined;
          out.push({
            ruleId: customPhrase.id,
            message: phrase.message ?? `"${m[0]}" is on your team's list of phrases to avoid${phrase.replacement ? `: say "${phrase.replacement}" instead` : ''}.`,
            span,
            fix,
            suggestions: fix ? [{ title: `Replace with "${phrase.replacement}"`, fix }] : [],
            related: [],
          });
        }
      }
    }
  }
  return out;
}
