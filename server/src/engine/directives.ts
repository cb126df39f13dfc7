// Inline directives once the rules have run: which directive silences a finding (and why), which
// directives silence nothing, and which give no reason when the config asks for one. Reviewers see
// what was waved through: silenced findings are kept with the directive's reason, not dropped.
import { docsUrl } from './docs.js';
import type { Directive, EmpathyConfig, Finding, RuleMeta, ScriptDocument, Severity, Span } from './types.js';

type RawFinding = Omit<Finding, 'severity' | 'docsUrl'>;

export const UNUSED_DIRECTIVE = 'unused-directive';
export const DIRECTIVE_REASON = 'directive-reason';

/** The two directive checks, off unless the config (or `--report-unused-disable-directives`) turns them on. */
export const DIRECTIVE_RULES: readonly RuleMeta[] = [
  {
    id: UNUSED_DIRECTIVE,
    description: 'Flags a disable directive that silences nothing (off unless reportUnusedDisableDirectives is set); --fix removes it.',
    defaultSeverity: 'off',
    fixable: true,
    tags: ['directives'],
    docsUrl: docsUrl(UNUSED_DIRECTIVE),
  },
  {
    id: DIRECTIVE_REASON,
    description: 'Flags a disable directive with no reason after " -- " (off unless requireReason is set).',
    defaultSeverity: 'off',
    fixable: false,
    tags: ['directives'],
    docsUrl: docsUrl(DIRECTIVE_REASON),
  },
];

/** A directive rule's severity when `rules` does not set it: from its config switch (true means warn). */
export function directiveRuleDefault(id: string, config: EmpathyConfig, fallback: Severity): Severity {
  const flag = id === UNUSED_DIRECTIVE ? config.reportUnusedDisableDirectives : id === DIRECTIVE_REASON ? config.requireReason : undefined;
  if (flag === undefined) return fallback;
  if (flag === true) return 'warn';
  if (flag === false) return 'off';
  return flag;
}

/** Which directive silences findings of which rule on which line, remembering what each one silenced. */
export class DirectiveIndex {
  /** disable-next-line directives by the line they apply to (several may stack above one line). */
  private readonly nextLine = new Map<number, Directive[]>();
  private readonly toggles: Directive[];
  /** Rule IDs each directive has silenced at least one finding of. */
  private readonly used = new Map<Directive, Set<string>>();

  constructor(private readonly document: ScriptDocument) {
    this.toggles = document.directives.filter((d) => d.kind !== 'disable-next-line');
    for (const d of document.directives) {
      if (d.kind !== 'disable-next-line') continue;
      const line = nextSpokenLine(document, d.line);
      const list = this.nextLine.get(line);
      if (list) list.push(d);
      else this.nextLine.set(line, [d]);
    }
  }

  /** The directive that silences `ruleId` on `line` (0-based), if any; it is then counted as used. */
  silencing(line: number, ruleId: string): Directive | undefined {
    const named = (d: Directive) => d.rules.length === 0 || d.rules.includes(ruleId);
    let by = this.nextLine.get(line)?.find(named);
    if (!by) {
      for (const d of this.toggles) {
        if (d.line >= line) break;
        if (named(d)) by = d.kind === 'disable' ? d : undefined;
      }
    }
    if (by) {
      let rules = this.used.get(by);
      if (!rules) this.used.set(by, (rules = new Set()));
      rules.add(ruleId);
    }
    return by;
  }

  /** Directives that silenced nothing (or name rules they never silenced), as findings with a fix removing them. */
  unused(knownRules: ReadonlySet<string>): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const d of this.document.directives) {
      if (d.kind === 'enable') continue;
      const used = this.used.get(d);
      if (d.rules.length === 0) {
        if (!used) findings.push(this.unusedFinding(d, 'Unused directive: no finding here is silenced by it.', removeLine(this.document, d.line)));
        continue;
      }
      // Unknown IDs are reported as script-structure already.
      const idle = d.rules.filter((id) => knownRules.has(id) && !used?.has(id));
      if (idle.length === 0) continue;
      const quoted = idle.map((id) => `"${id}"`).join(', ');
      const message = `Unused directive: nothing from ${quoted} is reported here, so it silences nothing${idle.length < d.rules.length ? ' for that rule' : ''}.`;
      const keptRules = d.rules.filter((id) => !idle.includes(id));
      const fix = keptRules.length === 0 ? removeLine(this.document, d.line) : { span: d.span, text: directiveText(d, keptRules) };
      findings.push(this.unusedFinding(d, message, fix));
    }
    return findings;
  }

  private unusedFinding(d: Directive, message: string, fix: { span: Span; text: string }): RawFinding {
    return { ruleId: UNUSED_DIRECTIVE, message, span: d.span, fix, suggestions: [{ title: 'Remove the unused directive', fix }], related: [] };
  }
}

/** Disable directives without a reason, when the config asks for one. */
export function directivesWithoutReason(document: ScriptDocument): RawFinding[] {
  return document.directives
    .filter((d) => d.kind !== 'enable' && !d.reason)
    .map((d) => ({
      ruleId: DIRECTIVE_REASON,
      message: `This directive silences ${d.rules.length ? d.rules.map((id) => `"${id}"`).join(', ') : 'every rule'} without a reason: add one after " -- " (e.g. "-- approved by QA") so reviewers can see why.`,
      span: d.span,
      suggestions: [],
      related: [],
    }));
}

/** A directive comment rewritten with only `rules`, its reason kept. */
function directiveText(d: Directive, rules: readonly string[]): string {
  return `// empathy-lint-${d.kind} ${rules.join(', ')}${d.reason ? ` -- ${d.reason}` : ''}`;
}

/** The whole line with its line break (or the break before it, on a last line without one). */
function removeLine(document: ScriptDocument, line: number): { span: Span; text: string } {
  const start = document.lineStarts[line];
  const next = document.lineStarts[line + 1];
  if (next !== undefined) return { span: { start, end: next }, text: '' };
  const before = line > 0 ? document.text.lastIndexOf('\n', start - 1) : -1;
  const from = before >= 0 && document.text[before - 1] === '\r' ? before - 1 : before;
  return { span: { start: from >= 0 ? from : start, end: document.text.length }, text: '' };
}

/** The line a disable-next-line comment applies to: the next line (comments may stack above it). */
function nextSpokenLine(document: ScriptDocument, line: number): number {
  let next = line + 1;
  while (document.directives.some((d) => d.line === next && d.kind === 'disable-next-line')) next++;
  return next;
}
