// When diagnostics are computed and delivered: pushed (debounced, stale results dropped) for
// clients without pull diagnostics, pulled per document otherwise, plus workspace diagnostics
// for scripts that are not open.
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type TextDocuments,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LintCancelled } from './lint-cancelled.js';
import { internalErrorDiagnostic, sameDiagnostics } from './diagnostics.js';
import { reportInternalError } from './guard.js';
import { setRecent, type Linted, type LintService } from './linting.js';
import { StatusNotification, type LintWorkspaceResult } from '../../../shared/protocol.js';
import { fileStamp, listScriptFiles, readScript } from './workspace-files.js';

/** Typing pause before a changed document is linted again (push mode); the first lint on open is immediate. */
export const DEBOUNCE_MS = 150;
/** Longest a workspace-diagnostics request waits for a change before answering "unchanged". */
const WORKSPACE_POLL_MS = 60_000;

/** A lint cancelled by an edit counts as no lint: the edit brings a newer one. */
function skipCancelled(error: unknown): null {
  if (error instanceof LintCancelled) return null;
  throw error;
}

export interface ValidatorOptions {
  pull: boolean;
  refreshSupport: boolean;
  workspaceFolders: () => string[];
}

export class Validator {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly workspaceWaiters = new Set<() => void>();
  /** The last full pull report per document (most recently pulled documents only). */
  private readonly lastReports = new Map<string, { resultId: string; items: Diagnostic[] }>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly lints: LintService,
    private readonly options: ValidatorOptions,
  ) {}

  /** First lint on open is immediate (push mode; pull clients ask themselves). */
  opened(document: TextDocument): void {
    if (!this.options.pull) void this.publish(document);
  }

  /** An edit cancels the lint of the version before it; in push mode it is linted after a typing pause (a newer edit restarts the wait). */
  changed(document: TextDocument): void {
    this.lints.edited(document);
    if (this.options.pull) return;
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        void this.publish(document);
      }, DEBOUNCE_MS),
    );
  }

  /** Clears a closed document's diagnostics and cached state. */
  closed(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.delete(document.uri);
    this.lints.forget(document.uri);
    this.lastReports.delete(document.uri);
    if (!this.options.pull) void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  }

  /** Config or settings changed: every open document (and the workspace view) is linted again. */
  revalidateAll(): void {
    this.wakeWorkspace();
    if (this.options.pull) {
      if (this.options.refreshSupport) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const document of this.documents.all()) void this.publish(document);
  }

  /** A script changed on disk: answer a waiting workspace-diagnostics request. */
  wakeWorkspace(): void {
    for (const wake of [...this.workspaceWaiters]) wake();
  }

  /** textDocument/diagnostic. */
  async pullDocument(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    await new Promise((resolve) => setImmediate(resolve)); // let queued didChange messages land first
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'stale');
    const document = this.documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = `${this.lints.generation}:${document.version}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const items = await this.diagnosticsOf(document);
    // overtaken by an edit: the client asks again for the new version
    if (items === null) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed while it was linted.', { retriggerRequest: true });
    // an internal error must not be remembered as this version's result
    const failed = items.some((d) => d.code === 'internal-error');
    if (failed) return { kind: DocumentDiagnosticReportKind.Full, items };
    // Most keystrokes leave every diagnostic as it was: say so instead of sending them all again.
    const last = this.lastReports.get(document.uri);
    if (last && params.previousResultId === last.resultId && sameDiagnostics(items, last.items)) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    }
    setRecent(this.lastReports, document.uri, { resultId, items });
    return { kind: DocumentDiagnosticReportKind.Full, items, resultId };
  }

  /** workspace/diagnostic: scripts that are not open; answers "unchanged" ones only after a change or a timeout. */
  async pullWorkspace(params: WorkspaceDiagnosticParams, token: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value] as const));
    for (;;) {
      const items = await this.workspaceReports(previous);
      const anyNew = items.some((i) => i.kind === DocumentDiagnosticReportKind.Full) || previous.size === 0;
      if (anyNew || token.isCancellationRequested) return { items };
      const waited = await this.waitForWorkspaceChange(token);
      if (!waited) return { items };
    }
  }

  /** Lints every script under the workspace folders; reports those not open (pushed, or refreshed in pull mode). */
  async lintWorkspace(): Promise<LintWorkspaceResult> {
    const files = await listScriptFiles(this.options.workspaceFolders());
    const total: LintWorkspaceResult = { files: files.length, errors: 0, warnings: 0 };
    for (const file of files) {
      const open = this.documents.get(file.uri);
      const linted = open ? await this.lints.lintDocument(open).catch(skipCancelled) : await this.lintFile(file.uri, file.path);
      if (!linted) continue;
      const counts = linted.counts;
      total.errors += counts.errors;
      total.warnings += counts.warnings;
      if (!open && !this.options.pull) void this.connection.sendDiagnostics({ uri: file.uri, diagnostics: linted.diagnostics });
    }
    if (this.options.pull) this.revalidateAll();
    return total;
  }

  /** A report per closed script: unchanged when its file and the config are as the client last saw them. */
  private async workspaceReports(previous: Map<string, string>): Promise<WorkspaceDocumentDiagnosticReport[]> {
    const files = await listScriptFiles(this.options.workspaceFolders());
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      seen.add(file.uri);
      if (this.documents.get(file.uri)) continue; // document pull covers open files
      const stamp = await fileStamp(file.path);
      if (stamp === null) continue;
      const resultId = `${this.lints.generation}:${stamp}`;
      if (previous.get(file.uri) === resultId) {
        items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri: file.uri, resultId, version: null });
        continue;
      }
      const linted = await this.lintFile(file.uri, file.path);
      items.push({ kind: DocumentDiagnosticReportKind.Full, uri: file.uri, resultId, version: null, items: linted ? linted.diagnostics : [] });
    }
    // files deleted since the last answer: clear what the client still shows
    for (const uri of previous.keys()) {
      if (!seen.has(uri)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
    }
    return items;
  }

  /** Lints a script from disk with the config that applies to it. */
  private async lintFile(uri: string, path: string): Promise<Linted | null> {
    const text = await readScript(path);
    if (text === null) return null;
    return this.lints.lintText(uri, 0, text, await this.lints.configFor(uri));
  }

  /** Resolves true on a change, false on cancellation or timeout. */
  private waitForWorkspaceChange(token: CancellationToken): Promise<boolean> {
    return new Promise((resolve) => {
      const finish = (changed: boolean) => {
        clearTimeout(timer);
        subscription.dispose();
        this.workspaceWaiters.delete(wake);
        resolve(changed);
      };
      const wake = () => finish(true);
      const timer = setTimeout(() => finish(false), WORKSPACE_POLL_MS);
      const subscription = token.onCancellationRequested(() => finish(false));
      this.workspaceWaiters.add(wake);
    });
  }

  /** Lints and sends diagnostics unless the document changed meanwhile (then a newer lint follows): stale diagnostics are never sent. */
  private async publish(document: TextDocument): Promise<void> {
    const version = document.version;
    const diagnostics = await this.diagnosticsOf(document);
    if (diagnostics === null || this.documents.get(document.uri)?.version !== version) return;
    await this.connection.sendDiagnostics({ uri: document.uri, version, diagnostics }).catch(() => undefined);
  }

  /**
   * Diagnostics of the current version, with the status notification; an internal error becomes one
   * diagnostic; null when an edit cancelled the lint.
   */
  private async diagnosticsOf(document: TextDocument): Promise<Diagnostic[] | null> {
    try {
      const linted = await this.lints.lintVersion(document);
      const counts = linted.counts;
      void this.connection.sendNotification(StatusNotification, { uri: document.uri, version: linted.version, ...counts, notes: linted.notes }).catch(() => undefined);
      return linted.diagnostics;
    } catch (error) {
      if (error instanceof LintCancelled) return null;
      reportInternalError('lint', error);
      return [internalErrorDiagnostic(error)];
    }
  }
}
