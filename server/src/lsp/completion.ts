// Completion: empathy statements that fit the conversation after an agent label, section names after
// `->`, speaker labels at the start of a line, and front-matter keys and situation values.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver';
// the engine's modules one by one, not its index: this runs on the main thread, which loads no rules
import { CATALOGUE } from '../engine/catalogue.js';
import type { CatalogueSituation } from '../engine/catalogue-types.js';
import { customerCues, type CustomerCue } from '../engine/cues.js';
import { DEFAULT_SPEAKERS } from '../engine/parser.js';
import { lineOfOffset, offsetToPosition } from '../engine/text.js';
import { SITUATIONS, type EmpathyConfig, type ScriptDocument, type Situation, type Turn } from '../engine/types.js';

/** Which catalogue groups answer each customer cue, best first. */
const CUE_GROUPS: Record<CustomerCue, CatalogueSituation[]> = {
  loss: ['loss'],
  hardship: ['loss'],
  distress: ['loss'],
  frustration: ['frustration'],
  worry: ['frustration'],
  'good-news': ['good-news'],
  'company-error': ['company-error'],
  'customer-error': ['customer-wrong'],
  hostility: ['frustration', 'customer-wrong'],
};

/** Which catalogue groups fit the front matter's situation. */
const SITUATION_GROUPS: Record<Situation, CatalogueSituation[]> = {
  'company-at-fault': ['company-error'],
  'customer-at-fault': ['customer-wrong', 'policy-refusal'],
  'no-fault': ['policy-refusal'],
};

/** How each catalogue group is named on its completion row: the situation the statement fits. */
const GROUP_TAGS: Record<CatalogueSituation, string> = {
  loss: 'loss',
  frustration: 'frustration',
  'company-error': 'company at fault',
  'policy-refusal': 'policy refusal',
  'good-news': 'good news',
  'customer-wrong': 'customer in the wrong',
};

/** Words that admit the company is at fault: offered only where it is (see admitsFaultAllowed). */
const ADMITS_FAULT = /\b(?:shouldn't have happened|should not have happened|(?:our|my) (?:mistake|fault|error)|we (?:got it wrong|made a mistake|messed up|dropped the ball)|that's on (?:us|me))\b/i;

const FRONT_MATTER_KEYS: { key: string; snippet: string; doc: string }[] = [
  { key: 'title', snippet: 'title: ${1:Title of the call}', doc: 'Shown as the heading of the mock-call preview.' },
  { key: 'situation', snippet: `situation: \${1|${SITUATIONS.join(',')}|}`, doc: 'Who is at fault; switches on the situation rules (blame-acceptance, missing-ownership).' },
  { key: 'customer', snippet: 'customer: ${1:Dana Smith}', doc: "The caller's name, used by the preview and the name rules." },
];

const LABEL_AND_TEXT = /^[ \t]*(\p{L}[\p{L}\p{N} ._'-]{0,39}?)[ \t]*:([ \t]*)((?:[^ \t].*)?)$/u;

/**
 * Completion items for the cursor at `offset`. `trigger` is the character that triggered the request
 * (typing a space or `:` only opens statements right after an agent label, never mid-sentence).
 */
export function completionsAt(doc: ScriptDocument, config: EmpathyConfig, offset: number, trigger?: string): CompletionItem[] {
  const position = offsetToPosition(doc.lineStarts, offset);
  const lineStart = doc.lineStarts[position.line];
  const before = doc.text.slice(lineStart, offset);
  const rangeFrom = (start: number): Range => ({ start: offsetToPosition(doc.lineStarts, start), end: position });

  if (inFrontMatter(doc, offset)) return trigger === '>' ? [] : frontMatterItems(before, lineStart, rangeFrom);
  const jump = /->[ \t]*(\S*)$/.exec(before);
  if (jump) return sectionItems(doc, rangeFrom(offset - jump[1].length));
  if (trigger === '>') return [];
  const labelled = LABEL_AND_TEXT.exec(before);
  if (labelled) {
    if (!labelsOf(config, 'agent').some((l) => l.toLowerCase() === labelled[1].trim().toLowerCase())) return [];
    if (trigger && labelled[3].length > 0) return [];
    const typedStart = offset - labelled[3].length;
    return statementItems(doc, position.line, rangeFrom(typedStart), labelled[2].length === 0 && labelled[3].length === 0);
  }
  if (trigger) return [];
  const word = /^[ \t]*(\p{L}*)$/u.exec(before);
  if (word) return labelItems(config, rangeFrom(offset - word[1].length));
  return [];
}

/** Keys at the start of a front-matter line, or the situation values after `situation:`. */
function frontMatterItems(before: string, lineStart: number, rangeFrom: (start: number) => Range): CompletionItem[] {
  const situation = /^situation[ \t]*:[ \t]*([\w-]*)$/.exec(before);
  if (situation) {
    const range = rangeFrom(lineStart + before.length - situation[1].length);
    return SITUATIONS.map((s, i) => ({ label: s, kind: CompletionItemKind.EnumMember, sortText: String(i), textEdit: { range, newText: s } }));
  }
  const key = /^[\w-]*$/.exec(before);
  if (!key) return [];
  const range = rangeFrom(lineStart);
  return FRONT_MATTER_KEYS.map((k) => ({
    label: k.key,
    kind: CompletionItemKind.Property,
    documentation: k.doc,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: k.snippet },
  }));
}

/** Every section name, for the target after `->`. */
function sectionItems(doc: ScriptDocument, range: Range): CompletionItem[] {
  const names = [...new Set(doc.sections.map((s) => s.name).filter((n) => n.length > 0))];
  return names.map((name) => ({ label: name, kind: CompletionItemKind.Module, detail: 'section', textEdit: { range, newText: name } }));
}

/** Speaker labels (defaults and aliases) for a new turn. */
function labelItems(config: EmpathyConfig, range: Range): CompletionItem[] {
  const roles = [...labelsOf(config, 'agent').map((l) => ({ label: l, role: 'agent' })), ...labelsOf(config, 'customer').map((l) => ({ label: l, role: 'customer' }))];
  return roles.map((r, i) => ({
    label: `${r.label}:`,
    kind: CompletionItemKind.Keyword,
    detail: `${r.role} turn`,
    sortText: String(i).padStart(3, '0'),
    textEdit: { range, newText: `${r.label}: ` },
  }));
}

/**
 * Catalogue statements ranked by the moment: the groups answering the customer's last cue first (in
 * the cue's order), then those fitting the situation, then the rest. Each row is tagged with the
 * situation it fits. A statement admitting fault is offered only where the company is at fault.
 */
function statementItems(doc: ScriptDocument, line: number, range: Range, needsSpace: boolean): CompletionItem[] {
  const { cueGroups, situationGroups, companyAtFault } = fittingGroups(doc, line);
  const ranked = [...new Set([...cueGroups, ...situationGroups])];
  const items: CompletionItem[] = [];
  for (const statement of CATALOGUE) {
    if (!companyAtFault && (statement.situation === 'company-error' || ADMITS_FAULT.test(statement.text))) continue;
    const rank = ranked.indexOf(statement.situation);
    const fits = rank >= 0 ? (cueGroups.includes(statement.situation) ? 'fits what the customer said' : 'fits the situation') : '';
    const tag = GROUP_TAGS[statement.situation];
    items.push({
      label: statement.text,
      labelDetails: { description: tag },
      kind: CompletionItemKind.Text,
      detail: `${tag}${fits ? ` · ${fits}` : ''}`,
      documentation: statement.note,
      sortText: `${rank >= 0 ? rank : 9}-${statement.id}`,
      ...(rank === 0 ? { preselect: true } : {}),
      filterText: statement.text,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: (needsSpace ? ' ' : '') + statement.text },
    });
  }
  // one preselected row: the first of the best group
  let preselected = false;
  for (const item of items.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))) {
    if (item.preselect && preselected) delete item.preselect;
    else if (item.preselect) preselected = true;
  }
  return items;
}

/**
 * Catalogue groups answering the last customer turn before `line`, those fitting the front matter's
 * situation, and whether admitting fault fits: a `company-at-fault` situation, or, with no situation
 * given, a customer reporting the company's error.
 */
function fittingGroups(doc: ScriptDocument, line: number): { cueGroups: CatalogueSituation[]; situationGroups: CatalogueSituation[]; companyAtFault: boolean } {
  const customer = lastCustomerTurnBefore(doc, line);
  const cues = customer ? customerCues(customer.text) : [];
  const situation = doc.frontMatter?.situation;
  return {
    cueGroups: [...new Set(cues.flatMap((c) => CUE_GROUPS[c]))],
    situationGroups: situation ? SITUATION_GROUPS[situation] : [],
    companyAtFault: situation ? situation === 'company-at-fault' : cues.includes('company-error'),
  };
}

/** The customer turn the agent is answering: the last one above the line. */
function lastCustomerTurnBefore(doc: ScriptDocument, line: number): Turn | undefined {
  let last: Turn | undefined;
  for (const section of doc.sections) {
    for (const item of section.items) {
      if (item.line >= line) return last;
      if (item.kind === 'turn' && item.role === 'customer') last = item;
    }
  }
  return last;
}

/** Labels of one role: the defaults plus the configured aliases. */
function labelsOf(config: EmpathyConfig, role: 'agent' | 'customer'): string[] {
  return [...new Set([...DEFAULT_SPEAKERS[role], ...(config.speakers?.[role] ?? [])])];
}

/** Inside the front matter, or in an opened one that is not closed yet. */
function inFrontMatter(doc: ScriptDocument, offset: number): boolean {
  if (doc.lineStarts.length < 2 || offset < doc.lineStarts[1]) return false;
  if (doc.frontMatter) return offset < doc.lineStarts[lineOfOffset(doc.lineStarts, doc.frontMatter.span.end)];
  return /^\uFEFF?---[ \t]*$/.test(doc.text.slice(0, doc.lineStarts[1]).trimEnd());
}
