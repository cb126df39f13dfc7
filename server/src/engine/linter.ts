// The linter: parse, read the conversation along every path, run the rules, apply config and directives.
import { resolveRule, resolveSpeakers, validateConfig as validateShape, type ResolvedRuleSetting } from './config.js';
import { docsUrl } from './docs.js';
import { isLinear, walkConversation, type WalkRecord, type WalkResume } from './model.js';
import { parse } from './parser.js';
import { lineOfOffset } from './text.js';
import { ALL_RULES } from './rules/index.js';
import { customPhraseFindings, CUSTOM_PHRASE_RULE } from './rules/custom-phrase.js';
import type { Rule } from './rules/rule.js';
import type { ActiveSeverity, Directive, EmpathyConfig, Finding, LintOptions, LintResult, RuleMeta, ScriptDocument, Severity } from './types.js';

/** Parse problems are reported under these IDs. */
const STRUCTURE_RULES: RuleMeta[] = [
  {
    id: 'script-structure',
    description: 'Flags broken script structure: jumps to unknown sections, unreachable or duplicate sections, lines without a speaker.',
    defaultSeverity: 'warn',
    fixable: false,
    tags: ['structure'],
    docsUrl: docsUrl('script-structure'),
  },
  {
    id: 'front-matter',
    description: 'Flags front matter that is not valid YAML, is not closed, or names an unknown situation.',
    defaultSeverity: 'error',
    fixable: false,
    tags: ['structure'],
    docsUrl: docsUrl('front-matter'),
  },
];

function metaOf(rule: Pick<Rule, 'id' | 'description' | 'defaultSeverity' | 'fixable' | 'tags'>): RuleMeta {
  return { id: rule.id, description: rule.description, defaultSeverity: rule.defaultSeverity, fixable: rule.fixable, tags: rule.tags, docsUrl: docsUrl(rule.id) };
}

/** Every rule the engine can report, conversation rules first. */
export const RULE_METAS: readonly RuleMeta[] = [...ALL_RULES.map(metaOf), metaOf(CUSTOM_PHRASE_RULE), ...STRUCTURE_RULES];

const RULE_IDS: ReadonlySet<string> = new Set(RULE_METAS.map((m) => m.id));

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULE_METAS.find((m) => m.id === id);
}

/** Validates a parsed `.empathylintrc.json` against the known rules. */
export function validateConfig(raw: unknown): ReturnType<typeof validateShape> {
  return validateShape(raw, RULE_IDS);
}

/** Lints one script. Never throws on any input text. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? {};
  const document = parse(text, resolveSpeakers(config));
  const settings = new Map(RULE_METAS.map((m) => [m.id, resolveRule(config, m.id, m.defaultSeverity)] as const));
  const active = ALL_RULES.filter((r) => settings.get(r.id)!.severity !== 'off');
  const configKey = JSON.stringify(config);
  const walked = walkConversation(document, active, settings, resumePoint(options.previous, document, configKey), options.resumable);
  const raw = walked.findings;
  raw.push(...problemFindings(document));
  if (config.phrases?.length) raw.push(...customPhraseFindings(document, config.phrases));
  const { findings, capped } = finalize(raw, settings, document, options.maxFindingsPerRule ?? MAX_FINDINGS_PER_RULE);
  // A capped result's last findings carry a note in their message: it is not resumed from.
  const result: LintResult = { document, findings };
  if (walked.record && !capped) RESUMABLE.set(result, { configKey, record: walked.record });
  return result;
}

/** What each resumable result's walk left (beside the result, so results stay plain data). */
const RESUMABLE = new WeakMap<LintResult, { configKey: string; record: WalkRecord }>();

/** The walk record a later lint can resume from, if the result has one (for tests). */
export function walkRecordOf(result: LintResult): WalkRecord | undefined {
  return RESUMABLE.get(result)?.record;
}

/**
 * Where a re-lint of an edited linear script can start: the last checkpoint of the previous walk
 * (same config) whose items before it lie wholly before the first changed character. Everything
 * before that point reads the same, so its findings and path state are the same.
 */
function resumePoint(previous: LintResult | undefined, document: ScriptDocument, configKey: string): WalkResume | undefined {
  const info = previous && RESUMABLE.get(previous);
  if (!previous || !info || info.configKey !== configKey || !isLinear(document) || !isLinear(previous.document)) return undefined;
  const same = commonPrefixLength(previous.document.text, document.text);
  if ((document.frontMatter?.span.end ?? 0) > same || (previous.document.frontMatter?.span.end ?? 0) > same) return undefined;
  const before = previous.document.sections[0].items;
  const now = document.sections[0].items;
  for (let at = info.record.checkpoints.length - 1; at > 0; at--) {
    const k = info.record.checkpoints[at].itemIndex;
    if (k > now.length || k > before.length) continue;
    const a = before[k - 1];
    const b = now[k - 1];
    if (b.span.end < same && a.kind === b.kind && a.span.start === b.span.start && a.span.end === b.span.end) return { record: info.record, at };
  }
  return undefined;
}

/** How many leading characters two texts share. */
function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  // Halve the range while the prefixes match: a few native comparisons instead of a loop per character.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

type RawFinding = Omit<Finding, 'severity' | 'docsUrl'>;

function problemFindings(document: ScriptDocument): RawFinding[] {
  const findings: RawFinding[] = document.problems.map((p) => ({ ruleId: p.code, message: p.message, span: p.span, suggestions: [], related: [] }));
  // A misspelled rule in a directive would silently disable nothing.
  for (const d of document.directives) {
    for (const id of d.rules) {
      if (RULE_IDS.has(id)) continue;
      findings.push({ ruleId: 'script-structure', message: `Unknown rule "${id}" in this directive: it disables nothing.`, span: d.span, suggestions: [], related: [] });
    }
  }
  return findings;
}

/** Applies severities and directives, and sorts by position; `capped` when some rule had more findings than the cap. */
function finalize(raw: RawFinding[], settings: Map<string, ResolvedRuleSetting>, document: ScriptDocument, cap: number): { findings: Finding[]; capped: boolean } {
  const disabled = disabledLines(document);
  const findings: Finding[] = [];
  const perRule = new Map<string, number>();
  raw.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  for (const f of raw) {
    const severity = settings.get(f.ruleId)?.severity ?? 'warn';
    if (severity === 'off') continue;
    if (disabled && disabled(lineOfOffset(document.lineStarts, f.span.start), f.ruleId)) continue;
    const count = (perRule.get(f.ruleId) ?? 0) + 1;
    perRule.set(f.ruleId, count);
    if (count > cap) continue;
    const finding = f as Finding;
    finding.severity = severity as ActiveSeverity;
    finding.docsUrl = docsUrl(f.ruleId);
    findings.push(finding);
  }
  return { findings, capped: noteDropped(findings, perRule, cap) };
}

/** Findings kept per rule and file: a pasted 5 MB line must not turn into a million warnings. */
const MAX_FINDINGS_PER_RULE = 500;

/**
 * Says on the last kept finding of a rule how many more were left out, so nothing is silently lost;
 * true when any were. The noted finding is a copy: a resumed lint shares its other findings with the
 * result it resumed from, whose messages must stay as they were.
 */
function noteDropped(findings: Finding[], perRule: Map<string, number>, cap: number): boolean {
  let dropped = false;
  for (const [ruleId, count] of perRule) {
    if (count <= cap) continue;
    dropped = true;
    for (let i = findings.length - 1; i >= 0; i--) {
      if (findings[i].ruleId !== ruleId) continue;
      const f = findings[i];
      findings[i] = { ...f, suggestions: f.suggestions, message: `${f.message} (${count - cap} more ${ruleId} findings in this file are not shown)` };
      break;
    }
  }
  return dropped;
}

/** A predicate telling whether a rule is disabled on a line by `// empathy-lint-…` comments (none without comments). */
function disabledLines(document: ScriptDocument): ((line: number, ruleId: string) => boolean) | undefined {
  if (document.directives.length === 0) return undefined;
  const nextLine = new Map<number, Directive>();
  const toggles = document.directives.filter((d) => d.kind !== 'disable-next-line');
  for (const d of document.directives) if (d.kind === 'disable-next-line') nextLine.set(nextSpokenLine(document, d.line), d);
  return (line, ruleId) => {
    const named = (d: Directive) => d.rules.length === 0 || d.rules.includes(ruleId);
    const next = nextLine.get(line);
    if (next && named(next)) return true;
    let off = false;
    for (const d of toggles) {
      if (d.line >= line) break;
      if (named(d)) off = d.kind === 'disable';
    }
    return off;
  };
}

/** The line a disable-next-line comment applies to: the next line (comments may stack above it). */
function nextSpokenLine(document: ScriptDocument, line: number): number {
  let next = line + 1;
  while (document.directives.some((d) => d.line === next && d.kind === 'disable-next-line')) next++;
  return next;
}

export type { Severity, EmpathyConfig };
