// The custom messages between the empathy-lint server and its clients, declared once.
// The VS Code client imports this same file; other editors can ignore every message here.
import { NotificationType, RequestType0 } from 'vscode-languageserver-protocol';

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
}

/** Counts of findings in one document after a lint. */
export interface StatusParams {
  uri: string;
  version: number | null;
  errors: number;
  warnings: number;
  /** Config problems or the untrusted-workspace note, for the status bar tooltip. */
  notes: string[];
}

/** Server → client, after every lint of an open document: the counts, for the status bar. */
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
