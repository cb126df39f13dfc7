// Shared types of the pure engine. Nothing here may import from VS Code or the LSP libraries:
// the language server, the CLI and the preview are adapters over these shapes.

/** A half-open range of UTF-16 offsets into the document text as given (a BOM counts as one). */
export interface Span {
  start: number;
  end: number;
}

/** 0-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

export type Role = 'agent' | 'customer' | 'other';

export const SITUATIONS = ['company-at-fault', 'customer-at-fault', 'no-fault'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** A spoken turn: `Agent: text` plus its indented continuation lines. */
export interface Turn {
  kind: 'turn';
  role: Role;
  /** The label exactly as written, e.g. `Rep`. */
  speaker: string;
  speakerSpan: Span;
  /** The spoken text: a verbatim slice of the source from after `Label:` to the end of the last continuation line. */
  text: string;
  textSpan: Span;
  /** `{placeholder}` tokens inside the text. */
  placeholders: readonly Span[];
  /** Whole turn, label to end of the last continuation line. */
  span: Span;
  /** 0-based line of the speaker label. */
  line: number;
}

export interface StageDirection {
  kind: 'stage';
  /** Text inside the brackets. */
  text: string;
  span: Span;
  line: number;
}

export interface Comment {
  kind: 'comment';
  text: string;
  span: Span;
  line: number;
}

export interface Choice {
  kind: 'choice';
  label: string;
  labelSpan: Span;
  target: string;
  targetSpan: Span;
  span: Span;
  line: number;
}

export interface Jump {
  kind: 'jump';
  target: string;
  targetSpan: Span;
  span: Span;
  line: number;
}

export type Item = Turn | StageDirection | Comment | Choice | Jump;

export interface Section {
  /** Section name; '' for the implicit section of a file without `# headers` (or lines before the first header). */
  name: string;
  nameSpan: Span;
  /** The `# name` line; empty span for the implicit section. */
  headerSpan: Span;
  /** From the header (or first item) to the end of the section's last line. */
  span: Span;
  items: Item[];
  line: number;
}

export interface FrontMatter {
  /** The block including both `---` lines. */
  span: Span;
  /** Parsed YAML mapping; {} when it could not be parsed. */
  data: Record<string, unknown>;
  title?: string;
  situation?: Situation;
  customer?: string;
  /** Span of each top-level key's value, for diagnostics and hover. */
  valueSpans: Record<string, Span>;
}

export type ProblemCode = 'script-structure' | 'front-matter';

/** A problem found while parsing; reported as a finding with the code as rule ID. */
export interface ParseProblem {
  code: ProblemCode;
  message: string;
  span: Span;
}

/** An inline `// empathy-lint-…` directive. */
export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Rule IDs named; empty means every rule. */
  rules: string[];
  /** The text after ` -- `: why the finding is silenced (travels into SARIF and JSON suppressions). */
  reason?: string;
  line: number;
  span: Span;
}

export interface ScriptDocument {
  text: string;
  /** Offset of each line start; lineStarts[0] === 0. */
  lineStarts: number[];
  frontMatter: FrontMatter | null;
  /** True when the file has `# section` headers. */
  hasSections: boolean;
  /** In source order. The first one is the start section. */
  sections: Section[];
  directives: Directive[];
  problems: ParseProblem[];
}

export type Severity = 'off' | 'warn' | 'error';
export type ActiveSeverity = Exclude<Severity, 'off'>;

/** A text replacement: the span in the original text and its new text. */
export interface Fix {
  span: Span;
  text: string;
}

/** An optional rewrite offered to the user (quick fix), best first. */
export interface Suggestion {
  title: string;
  fix: Fix;
}

export interface RelatedInfo {
  message: string;
  span: Span;
}

export interface Finding {
  ruleId: string;
  severity: ActiveSeverity;
  message: string;
  span: Span;
  /** The safe rewrite `--fix` applies, when the rule has one. */
  fix?: Fix;
  /** Ranked rewrites of the span that fit the context. */
  suggestions: Suggestion[];
  /** e.g. the customer line that set the context. */
  related: RelatedInfo[];
  /** Section path that leads to the finding, when the script branches. */
  path?: string[];
  docsUrl: string;
}

/** Why a finding is not reported: an inline directive, with the reason written after ` -- ` ('' when none). */
export interface Suppression {
  kind: 'directive';
  justification: string;
}

/** A finding an inline directive silenced: kept so reviewers can see what was waved through, and why. */
export interface SuppressedFinding extends Finding {
  suppressions: Suppression[];
}

/** Rule metadata, as shown in docs, SARIF and the CLI. */
/** One option a rule takes, declared with the rule: the config loader, the JSON Schema and the docs page all read this. */
export type RuleOption = { type: 'boolean'; default: boolean; description: string } | { type: 'integer'; default: number; minimum: number; description: string };

export interface RuleMeta {
  id: string;
  /** One line: what the rule flags. */
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  tags: string[];
  docsUrl: string;
  /** The options the rule reads, by name (none when absent). */
  options?: Readonly<Record<string, RuleOption>>;
}

export interface CustomPhrase {
  text: string;
  message?: string;
  replacement?: string;
}

/** The `.empathylintrc.json` shape. */
export interface EmpathyConfig {
  rules?: Record<string, Severity | [Severity] | [Severity, Record<string, unknown>]>;
  speakers?: { agent?: string[]; customer?: string[] };
  phrases?: CustomPhrase[];
  /** A disable directive without a reason (` -- why`) is a `directive-reason` finding (true: a warning). */
  requireReason?: boolean | Severity;
  /** A disable directive that silences nothing is an `unused-directive` finding (true: a warning); `--fix` removes it. */
  reportUnusedDisableDirectives?: boolean | Severity;
  /** A baseline file (relative to the config file): findings recorded in it are not reported (CLI and editor). */
  baseline?: string;
  /** false: the rules read only their phrase families, without the intent model (default true). */
  intentModel?: boolean;
}

export interface LintOptions {
  config?: EmpathyConfig;
  /**
   * The result of linting an earlier version of this text: a linear script then resumes its walk
   * near the first changed line instead of walking from the top (the language server, per edit).
   */
  previous?: LintResult;
  /** Keep what a later lint needs to resume (checkpoints of the walk): for an editor, not a one-off run. */
  resumable?: boolean;
  /** Findings kept per rule and file (default 500, so a pasted 5 MB line stays readable); fix-all lifts it. */
  maxFindingsPerRule?: number;
  /** Asked every few turns of the walk; true stops the lint with LintCancelled (the language server, for a version since edited). */
  cancelled?: () => boolean;
}

export interface LintResult {
  document: ScriptDocument;
  findings: Finding[];
  /** Findings silenced by inline directives, each with the directive's reason; sorted by position. */
  suppressed: SuppressedFinding[];
}
