// The custom messages between the empathy-lint server and its clients, declared once, in a folder
// of its own (as vscode-eslint's $shared/) so the VS Code client can import it without reaching
// into the server: the client bundles no engine. Other editors can ignore every message here.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

/** The language id of branching agent scripts and of mock-call transcripts. */
export const LANGUAGE_IDS = ['callscript', 'scenario'] as const;

/** The code action kind of "fix all empathy-lint problems" (usable in `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.empathy-lint';

/** `source` of every diagnostic the server reports. */
export const DIAGNOSTIC_SOURCE = 'empathy-lint';

/** The settings section the server reads through `workspace/configuration`. */
export const SETTINGS_SECTION = 'empathyLint';

/** Options the client passes in `initialize`. */
export interface InitializationOptions {
  /** False in an untrusted VS Code workspace: lint with defaults, read no `.empathylintrc.json`. */
  workspaceTrusted?: boolean;
  /** True when the client itself watches `.empathylintrc.json` and scripts, so the server registers no watcher. */
  clientWatchesFiles?: boolean;
  /** True when the client shows a diagnostic's message in its own hover (VS Code does), so the server's hover does not repeat it. */
  diagnosticsInHover?: boolean;
  /** True when the client runs `command:` links in hover Markdown: the hover links the rule's offline docs (SHOW_RULE_DOCS_COMMAND) instead of the web page. */
  commandLinks?: boolean;
}

/** The client command that opens a rule's docs page inside the editor: argument, the rule ID. */
export const SHOW_RULE_DOCS_COMMAND = 'empathyLint.showRuleDocs';

/** The client command that opens the mock-call preview at a section: arguments, the document URI and the section header's 0-based line. */
export const PLAY_FROM_SECTION_COMMAND = 'empathyLint.playFromSection';

/** Counts of findings in one document after a lint. */
export interface StatusParams {
  uri: string;
  version: number | null;
  errors: number;
  warnings: number;
  /** Config problems or the untrusted-workspace note, for the status bar tooltip. */
  notes: string[];
}

/** Server → client, after every lint of an open document: the counts, for the status bar; the preview re-renders on it too. */
export const StatusNotification = new NotificationType<StatusParams>('empathyLint/status');

/** Client → server, when the user trusts the workspace: read `.empathylintrc.json` files from now on and re-lint. */
export const WorkspaceTrustedNotification = new NotificationType<Record<string, never>>('empathyLint/workspaceTrusted');

/** One empathy statement of the catalogue, as the client shows it in a QuickPick. */
export interface CatalogueEntry {
  id: string;
  situation: string;
  text: string;
  note: string;
}

/** Client → server: the empathy-statement catalogue (for "Insert empathy statement"), so the client bundles no engine. */
export const CatalogueRequest = new RequestType0<CatalogueEntry[], void>('empathyLint/catalogue');

/** One rule, as the client lists it in "Show rule docs". */
export interface RuleEntry {
  id: string;
  description: string;
  defaultSeverity: string;
  docsUrl: string;
}

/** Client → server: every rule with its docs link (for "Show rule docs"). */
export const RulesRequest = new RequestType0<RuleEntry[], void>('empathyLint/rules');

/** What "lint workspace" found. */
export interface LintWorkspaceResult {
  files: number;
  errors: number;
  warnings: number;
}

/** Client → server: lint every script under the workspace folders and report them as diagnostics. */
export const LintWorkspaceRequest = new RequestType0<LintWorkspaceResult, void>('empathyLint/lintWorkspace');

/** What the preview asks for: one script, rendered with the config its diagnostics use. */
export interface PreviewParams {
  uri: string;
  /** The script's text, only for a document the server is not synced with (a scheme outside the document selector). */
  text?: string;
  /** `webview.cspSource`: when given, the answer carries the whole webview document (first render), not just the body. */
  cspSource?: string;
}

/** One finding as the preview shows it: what a test compares with the diagnostics. */
export interface PreviewFinding {
  ruleId: string;
  severity: 'warn' | 'error';
  /** 0-based line where the finding starts. */
  line: number;
}

/** The preview of one script, built by the server from the same lint as its diagnostics. */
export interface PreviewResult {
  uri: string;
  /** The document version rendered; null when rendered from `text`. */
  version: number | null;
  title: string;
  /** The markup the webview swaps in on an update. */
  body: string;
  /** The whole webview document (CSP, styles, runtime), when `cspSource` was asked for. */
  html?: string;
  findings: PreviewFinding[];
}

/**
 * Client → server: the mock-call preview of a script, so the preview shows exactly the findings
 * of the Problems panel (editor settings and `.empathylintrc.json` merged once, in the server).
 * Null when the server has no such document and no `text` was sent: the client asks again with it.
 */
export const PreviewRequest = new RequestType<PreviewParams, PreviewResult | null, void>('empathyLint/preview');
