// Building the call view (call-view.ts) from a script: findings placed on the items they concern,
// placeholders filled, customer cues read, and each agent turn's answer to them judged.
import { customerCues, lineOfOffset, lint, rewritesOf, type CustomerCue, type Finding, type Fix, type Item, type ScriptDocument, type Section, type Span, type Turn } from '../engine/index.js';
import type { CallView, ChoiceView, FindingView, ItemView, PreviewOptions, Replacement, SectionView, TimelineEntry, TurnView } from './call-view.js';
import { foldBreaks, textPieces, type ScriptNames, type TextPiece } from './text-pieces.js';

/** Jump or choice targets that end the call instead of naming a section (as the parser accepts them). */
const END_TARGETS = /^(?:end|END|DONE)$/;

/** Lints the text and builds its call view. */
export function buildCallView(text: string, options: PreviewOptions = {}): CallView {
  const result = lint(text, { config: options.config });
  const checker = rewritesOf(result, { config: options.config });
  return callViewOf(result.document, result.findings, options.fileName, (f) => checker.preferred(f)?.fix);
}

/** The rewrite to show for a finding: one checked in place, or none. */
export type BestRewrite = (finding: Finding) => Fix | undefined;

/** Builds the call view of an already linted document ("Try saying" shows only rewrites `best` gives: checked ones). */
export function callViewOf(document: ScriptDocument, findings: readonly Finding[], fileName?: string, best: BestRewrite = NO_REWRITE): CallView {
  return new CallViewBuilder(document, findings, fileName, best).build();
}

/** Without a checker nothing is offered: an unchecked rewrite may not hold. */
const NO_REWRITE: BestRewrite = () => undefined;

class CallViewBuilder {
  private readonly sectionIndex = new Map<string, number>();
  /** Findings not yet shown on an item, by the line they start on (so placing them is linear in the file). */
  private readonly unplaced = new Map<number, Finding[]>();
  private readonly names: ScriptNames;
  private turnNumber = 0;
  private findingNumber = 0;

  constructor(
    private readonly document: ScriptDocument,
    findings: readonly Finding[],
    private readonly fileName: string | undefined,
    private readonly bestFix: BestRewrite,
  ) {
    for (const f of findings) {
      const line = lineOfOffset(document.lineStarts, f.span.start);
      this.unplaced.set(line, [...(this.unplaced.get(line) ?? []), f]);
    }
    const agent = document.frontMatter?.data.agent;
    this.names = {
      customer: document.frontMatter?.customer?.trim() || undefined,
      agent: typeof agent === 'string' && agent.trim() ? agent.trim() : undefined,
    };
    document.sections.forEach((s, i) => {
      if (s.name && !this.sectionIndex.has(s.name)) this.sectionIndex.set(s.name, i);
    });
  }

  build(): CallView {
    const sections = this.document.sections.map((s, i) => this.section(s, i));
    const generalFindings = [...this.unplaced.values()].flat().map((f) => this.findingView(f));
    const all = [...generalFindings, ...sections.flatMap(allFindingsOf)];
    const fm = this.document.frontMatter;
    return {
      title: fm?.title?.trim() || titleFromFileName(this.fileName) || 'Mock call',
      situation: fm?.situation,
      customer: this.names.customer,
      agent: this.names.agent,
      fileName: this.fileName,
      language: /\.scenario$/i.test(this.fileName ?? '') ? 'scenario' : 'callscript',
      hasSections: this.document.hasSections,
      sections,
      generalFindings,
      counts: { warn: all.filter((f) => f.severity === 'warn').length, error: all.filter((f) => f.severity === 'error').length },
      turnCount: this.turnNumber,
      timeline: sections.flatMap(timelineOf),
    };
  }

  private section(section: Section, index: number): SectionView {
    const headerFindings = section.headerSpan.end > section.headerSpan.start ? this.takeFindings(section.headerSpan).map((f) => this.findingView(f)) : [];
    const items: ItemView[] = [];
    let cuesSinceAgent: CustomerCue[] = [];
    for (const item of section.items) {
      const view = this.item(item);
      if (!view) continue;
      if (view.kind === 'turn') {
        if (view.role === 'customer') cuesSinceAgent.push(...view.cues);
        if (view.role === 'agent') {
          view.status = view.findings.length > 0 ? 'mistake' : cuesSinceAgent.length > 0 ? 'acknowledged' : 'neutral';
          // only the agent's next turn answers a cue: a later clean turn is not credited with acknowledging it
          cuesSinceAgent = [];
        }
      }
      const last = items[items.length - 1];
      if (view.kind === 'choices' && last?.kind === 'choices') last.choices.push(...view.choices);
      else items.push(view);
    }
    const view: SectionView = { index, name: section.name, line: section.line, items, findings: headerFindings, findingCount: 0, turnCount: 0 };
    const inside = allFindingsOf(view);
    view.findingCount = inside.length;
    view.worstSeverity = worstSeverity(inside);
    view.turnCount = items.filter((i) => i.kind === 'turn').length;
    return view;
  }

  private item(item: Item): ItemView | null {
    // Directives steer the linter and are not part of the call; a comment's findings stay unplaced.
    if (item.kind === 'comment') return /^empathy-lint-/.test(item.text) ? null : { kind: 'note', text: item.text, line: item.line };
    const raw = this.takeFindings(item.span);
    if (item.kind === 'turn') return this.turn(item, raw);
    const findings = raw.map((f) => this.findingView(f));
    switch (item.kind) {
      case 'stage':
        return { kind: 'stage', text: item.text, line: item.line, findings };
      case 'choice':
        return { kind: 'choices', line: item.line, choices: [{ label: item.label, ...this.target(item.target), line: item.line, findings }] };
      case 'jump':
        return { kind: 'jump', ...this.target(item.target), line: item.line, findings };
    }
  }

  private turn(turn: Turn, findings: Finding[]): TurnView {
    const flagged = findings.filter((f) => f.span.end > turn.textSpan.start && f.span.start < turn.textSpan.end);
    const views = findings.map((f) => this.findingView(f));
    const flags = flagged.map((f) => ({ span: f.span, id: views[findings.indexOf(f)].id, severity: f.severity }));
    const pieces = textPieces(this.document.text, turn.textSpan, turn.placeholders, flags, this.names);
    const cues = turn.role === 'customer' ? customerCues(maskPlaceholders(turn.text)) : [];
    return {
      kind: 'turn',
      id: `t${++this.turnNumber}`,
      number: this.turnNumber,
      role: turn.role,
      speaker: turn.speaker,
      displayName: (turn.role === 'customer' ? this.names.customer : turn.role === 'agent' ? this.names.agent : undefined) ?? turn.speaker,
      pieces,
      spoken: spokenText(pieces),
      line: turn.line,
      findings: views,
      betterLine: this.betterLine(turn, findings),
      cues,
    };
  }

  private target(name: string): Pick<ChoiceView, 'target' | 'targetIndex' | 'endsCall'> {
    return { target: name, targetIndex: this.sectionIndex.get(name) ?? null, endsCall: END_TARGETS.test(name) && !this.sectionIndex.has(name) };
  }

  private findingView(f: Finding): FindingView {
    const fix = this.bestFix(f);
    return {
      id: `f${++this.findingNumber}`,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      docsUrl: f.docsUrl,
      replacement: fix ? this.replacement(fix) : undefined,
      line: lineOfOffset(this.document.lineStarts, f.span.start),
    };
  }

  /** A fix as whole words: a span that cuts a word ("…but o" → "O") is widened to the word on both sides. */
  private replacement(fix: Fix): Replacement {
    const text = this.document.text;
    let start = fix.span.start;
    let end = fix.span.end;
    while (start > 0 && WORD_CHAR.test(text[start - 1]) && start < end && WORD_CHAR.test(text[start])) start--;
    while (end < text.length && WORD_CHAR.test(text[end]) && end > start && WORD_CHAR.test(text[end - 1])) end++;
    const before = text.slice(start, fix.span.start);
    const after = text.slice(fix.span.end, end);
    const replaced = fix.text === '' && before === '' && after === '' ? '' : before + fix.text + after;
    return { original: foldBreaks(text.slice(start, end)).trim(), pieces: replaced.trim() ? this.piecesOf(foldBreaks(replaced).trim()) : [] };
  }

  /** The turn's text with each finding's best fix applied, front to back, skipping fixes that overlap an earlier one. */
  private betterLine(turn: Turn, findings: readonly Finding[]): TextPiece[] | undefined {
    const fixes = findings
      .map(this.bestFix)
      .filter((fix): fix is Fix => !!fix && fix.span.start >= turn.textSpan.start && fix.span.end <= turn.textSpan.end)
      .sort((a, b) => a.span.start - b.span.start);
    if (fixes.length === 0) return undefined;
    const text = this.document.text;
    let line = '';
    let at = turn.textSpan.start;
    for (const fix of fixes) {
      if (fix.span.start < at) continue;
      line += text.slice(at, fix.span.start) + fix.text;
      at = fix.span.end;
    }
    return this.piecesOf(line + text.slice(at, turn.textSpan.end));
  }

  private piecesOf(text: string): TextPiece[] {
    return textPieces(text, { start: 0, end: text.length }, placeholderSpans(text), [], this.names);
  }

  /** Removes and returns the not yet placed findings that start inside the span. */
  private takeFindings(span: Span): Finding[] {
    const taken: Finding[] = [];
    const lines = this.document.lineStarts;
    for (let line = lineOfOffset(lines, span.start); line <= lineOfOffset(lines, Math.max(span.start, span.end - 1)); line++) {
      const waiting = this.unplaced.get(line);
      if (!waiting) continue;
      const [inside, outside] = partition(waiting, (f) => within(f.span.start, span));
      taken.push(...inside);
      if (outside.length) this.unplaced.set(line, outside);
      else this.unplaced.delete(line);
    }
    return taken;
  }
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

function within(offset: number, span: Span): boolean {
  return offset >= span.start && offset < Math.max(span.end, span.start + 1);
}

/** Every finding a call view shows: those on no item, then each section's in order. */
export function findingsOf(view: CallView): FindingView[] {
  return [...view.generalFindings, ...view.sections.flatMap(allFindingsOf)];
}

function allFindingsOf(section: SectionView): FindingView[] {
  const out = [...section.findings];
  for (const item of section.items) {
    if (item.kind === 'choices') out.push(...item.choices.flatMap((c) => c.findings));
    else if (item.kind !== 'note') out.push(...item.findings);
  }
  return out;
}

/** The most severe of some findings, if any. */
export function worstSeverity(findings: readonly FindingView[]): 'warn' | 'error' | undefined {
  if (findings.length === 0) return undefined;
  return findings.some((f) => f.severity === 'error') ? 'error' : 'warn';
}

function timelineOf(section: SectionView): TimelineEntry[] {
  return section.items
    .filter((i): i is TurnView => i.kind === 'turn')
    .map((t) => ({
      turnId: t.id,
      number: t.number,
      role: t.role,
      sectionIndex: section.index,
      cues: t.cues,
      status: t.status,
      worstSeverity: worstSeverity(t.findings),
    }));
}

const WORD_CHAR = /[\p{L}\p{N}'’]/u;
const PLACEHOLDER = /\{[\p{L}_][\p{L}\p{N}_.-]*\}/gu;

function placeholderSpans(text: string): Span[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** Placeholders become blanks of the same length, so cue patterns never read variable names. */
function maskPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
}

function spokenText(pieces: TextPiece[]): string {
  return pieces
    .map((p) => (p.kind === 'text' ? p.text : (p.filled ?? p.name.replace(/[_.-]+/g, ' '))))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function titleFromFileName(fileName?: string): string | undefined {
  const base = fileName
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.(callscript|scenario)$/i, '');
  return base ? base.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase()) : undefined;
}
