// The linter: parse, read the conversation along every path, run the rules, apply config and directives.
import { resolveRule, resolveSpeakers, validateConfig as validateShape, type ResolvedRuleSetting } from './config.js';
import { DirectiveIndex, DIRECTIVE_REASON, DIRECTIVE_RULES, directiveRuleDefault, directivesWithoutReason, UNUSED_DIRECTIVE } from './directives.js';
import { docsUrl } from './docs.js';
import { isLinear, walkConversation, type TextShift, type WalkRecord, type WalkResume } from './walker.js';
import { parse } from './parser.js';
import { lineOfOffset } from './text.js';
import { ALL_RULES, DOCUMENT_RULES } from './rules/index.js';
import type { RawFinding } from './rule-kit/rule.js';
import type { ActiveSeverity, EmpathyConfig, Finding, LintOptions, LintResult, RuleMeta, ScriptDocument, Severity, SuppressedFinding } from './types.js';

function metaOf(rule: Omit<RuleMeta, 'docsUrl'>): RuleMeta {
  const meta: RuleMeta = { id: rule.id, description: rule.description, defaultSeverity: rule.defaultSeverity, fixable: rule.fixable, tags: rule.tags, docsUrl: docsUrl(rule.id) };
  if (rule.options) meta.options = rule.options;
  return meta;
}

/** Every rule the engine can report, conversation rules first. */
export const RULE_METAS: readonly RuleMeta[] = [...ALL_RULES.map(metaOf), ...DOCUMENT_RULES.map(metaOf), ...DIRECTIVE_RULES];

const RULES_BY_ID: ReadonlyMap<string, RuleMeta> = new Map(RULE_METAS.map((m) => [m.id, m]));
const RULE_IDS: ReadonlySet<string> = new Set(RULES_BY_ID.keys());

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULE_METAS.find((m) => m.id === id);
}

/** Validates a parsed `.empathylintrc.json` against the known rules. */
export function validateConfig(raw: unknown): ReturnType<typeof validateShape> {
  return validateShape(raw, RULES_BY_ID);
}

/** Lints one script. Never throws on any input text. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? {};
  const configKey = JSON.stringify(config);
  // an earlier version linted with this config: its parse and its walk are taken over where the text is the same
  const previous = options.previous && RESUMABLE.get(options.previous)?.configKey === configKey ? options.previous : undefined;
  const same = previous ? commonPrefixLength(previous.document.text, text) : 0;
  const document = parse(text, resolveSpeakers(config), previous && { document: previous.document, same });
  const settings = ruleSettings(config);
  const active = ALL_RULES.filter((r) => settings.get(r.id)!.severity !== 'off');
  const walked = walkConversation(document, active, settings, previous && resumePoint(previous, document, same), options.resumable, options.cancelled);
  const raw = walked.findings;
  for (const rule of DOCUMENT_RULES) raw.push(...rule.check(document, { config, knownRuleIds: RULE_IDS }));
  const { findings, suppressed, capped } = finalize(raw, settings, document, options.maxFindingsPerRule ?? MAX_FINDINGS_PER_RULE);
  // A capped result's last findings carry a note in their message: it is not resumed from.
  const result: LintResult = { document, findings, suppressed };
  if (walked.record && !capped) RESUMABLE.set(result, { configKey, record: walked.record });
  return result;
}

/** Each rule's severity and options under a config (the directive rules take their default from its switches). */
export function ruleSettings(config: EmpathyConfig): Map<string, ResolvedRuleSetting> {
  return new Map(RULE_METAS.map((m) => [m.id, withModelSwitch(resolveRule(config, m.id, directiveRuleDefault(m.id, config, m.defaultSeverity)), config)] as const));
}

/** The config's intentModel switch reaches every rule as an option (rules read their options, not the config). */
function withModelSwitch(setting: ResolvedRuleSetting, config: EmpathyConfig): ResolvedRuleSetting {
  return config.intentModel === false ? { ...setting, options: { ...setting.options, intentModel: false } } : setting;
}

/** What each resumable result's walk left (beside the result, so results stay plain data). */
const RESUMABLE = new WeakMap<LintResult, { configKey: string; record: WalkRecord }>();

/** The walk record a later lint can resume from, if the result has one (for tests). */
export function walkRecordOf(result: LintResult): WalkRecord | undefined {
  return RESUMABLE.get(result)?.record;
}

/**
 * Where a re-lint of an edited linear script can start: the last checkpoint of the previous walk
 * (same config) whose items before it lie wholly before the first changed character (`same`; the
 * first checkpoint, at the top, when none does). Everything before that point reads the same, so its
 * findings and path state are the same.
 */
function resumePoint(previous: LintResult, document: ScriptDocument, same: number): WalkResume | undefined {
  const info = RESUMABLE.get(previous);
  if (!info || !isLinear(document) || !isLinear(previous.document)) return undefined;
  const shift = textShift(previous.document, document, same);
  if ((document.frontMatter?.span.end ?? 0) > same || (previous.document.frontMatter?.span.end ?? 0) > same) return undefined;
  const before = previous.document.sections[0].items;
  const now = document.sections[0].items;
  const resume = (at: number): WalkResume => ({ record: info.record, at, previousItems: before, shift });
  for (let at = info.record.checkpoints.length - 1; at > 0; at--) {
    const k = info.record.checkpoints[at].itemIndex;
    if (k > now.length || k > before.length) continue;
    const a = before[k - 1];
    const b = now[k - 1];
    if (b.span.end < same && a.kind === b.kind && a.span.start === b.span.start && a.span.end === b.span.end) return resume(at);
  }
  return info.record.checkpoints[0]?.itemIndex === 0 ? resume(0) : undefined;
}

/** Where the previous version's text and this one differ (see TextShift). */
function textShift(previous: ScriptDocument, document: ScriptDocument, same: number): TextShift {
  const delta = document.text.length - previous.text.length;
  const fromOld = previous.text.length - commonSuffixLength(previous.text, document.text, same);
  const itemDelta = document.sections[0].items.length - previous.sections[0].items.length;
  return { same, fromOld, delta, lineDelta: document.lineStarts.length - previous.lineStarts.length, itemDelta };
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

/** How many trailing characters two texts share, not counting into their first `prefix` (shared) ones. */
function commonSuffixLength(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Applies severities and directives, and sorts by position; `capped` when some rule had more findings
 * than the cap. Silenced findings are kept apart with their directive's reason, not dropped.
 */
function finalize(raw: RawFinding[], settings: Map<string, ResolvedRuleSetting>, document: ScriptDocument, cap: number): { findings: Finding[]; suppressed: SuppressedFinding[]; capped: boolean } {
  const directives = document.directives.length > 0 ? new DirectiveIndex(document) : undefined;
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const perRule = new Map<string, number>();
  const active = (id: string) => (settings.get(id)?.severity ?? 'warn') !== 'off';
  raw.sort(byPosition);
  let kept = raw;
  if (directives) {
    kept = [];
    for (const f of raw) {
      if (!active(f.ruleId)) continue;
      const by = directives.silencing(lineOfOffset(document.lineStarts, f.span.start), f.ruleId);
      if (by) suppressed.push(silenced(f, settings.get(f.ruleId)?.severity ?? 'warn', by.reason ?? ''));
      else kept.push(f);
    }
    // Known only once every finding has met the directives; they are never silenced themselves.
    const more = [...(active(UNUSED_DIRECTIVE) ? directives.unused(RULE_IDS) : []), ...(active(DIRECTIVE_REASON) ? directivesWithoutReason(document) : [])];
    if (more.length > 0) kept = [...kept, ...more].sort(byPosition);
  }
  for (const f of kept) {
    const severity = settings.get(f.ruleId)?.severity ?? 'warn';
    if (severity === 'off') continue;
    const count = (perRule.get(f.ruleId) ?? 0) + 1;
    perRule.set(f.ruleId, count);
    if (count > cap) continue;
    const finding = f as Finding;
    finding.severity = severity as ActiveSeverity;
    finding.docsUrl = docsUrl(f.ruleId);
    findings.push(finding);
  }
  return { findings, suppressed, capped: noteDropped(findings, perRule, cap) };
}

function byPosition(a: RawFinding, b: RawFinding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** A silenced finding as reviewers see it: a copy (no lazy suggestions to make) with its directive's reason. */
function silenced(f: RawFinding, severity: Severity, justification: string): SuppressedFinding {
  const finding: SuppressedFinding = {
    ruleId: f.ruleId,
    severity: severity === 'error' ? 'error' : 'warn',
    message: f.message,
    span: f.span,
    suggestions: [],
    related: f.related,
    docsUrl: docsUrl(f.ruleId),
    suppressions: [{ kind: 'directive', justification }],
  };
  if (f.fix) finding.fix = f.fix;
  if (f.path) finding.path = f.path;
  return finding;
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

export type { Severity, EmpathyConfig };
