// One preview webview bound to one script at a time: shows the server's render of it, follows its
// lints (each status notification means fresh findings), and keeps editor and preview scrolled
// together in both directions.
import * as vscode from 'vscode';
import type { HostToWebviewMessage, WebviewToHostMessage } from '../../../shared/preview-protocol.js';
import { SYNCED_SCHEMES } from '../language-client.js';
import { errorDocumentHtml, requestPreview, type PreviewServer } from './preview-source.js';

/**
 * Wait after the last lint (or keystroke, for a script the server does not sync) before asking for a
 * new render: while typing, the server lints for the squiggles first and renders the preview only
 * once typing pauses, so a preview update never holds up diagnostics.
 */
const UPDATE_DEBOUNCE_MS = 250;
/** Scroll events this soon after we scrolled the other side ourselves are echoes, not the user. */
const SCROLL_ECHO_MS = 300;

export const PREVIEW_VIEW_TYPE = 'empathyLint.preview';

export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private updateTimer: NodeJS.Timeout | undefined;
  private ignoreEditorScrollUntil = 0;
  /** The document and version that `webview.html` was rendered from: a page rebuilt from it shows that content. */
  private htmlSource = { uri: '', version: -1 };
  /** Whether `webview.html` holds a page yet; until then every render asks for the whole document. */
  private hasPage = false;
  /** Renders asked for so far: an answer to an older one than the last is dropped. */
  private requests = 0;
  private disposed = false;
  /** Whether the page in `webview.html` has said it is ready (its runtime listens to messages). */
  private pageReady = false;
  /** A source line to bring to the top once the page shows the current render ("Play from here"). */
  private pendingLine: number | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private document: vscode.TextDocument,
    private readonly server: PreviewServer,
    private readonly onDispose: () => void,
  ) {
    this.setTitle();
    void this.render();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: WebviewToHostMessage) => this.onMessage(m)),
      server.onStatus((status) => {
        if (status.uri === this.document.uri.toString()) this.scheduleUpdate();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && !SYNCED_SCHEMES.includes(e.document.uri.scheme)) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onEditorScrolled(e)),
    );
  }

  get documentUri(): vscode.Uri {
    return this.document.uri;
  }

  /** Shows another script in this panel (following the active editor). */
  showDocument(document: vscode.TextDocument): void {
    if (document === this.document) return;
    this.document = document;
    this.setTitle();
    void this.render();
  }

  /** Shows the call from the section at `line` (0-based): a walk extends to it, and the page scrolls there. */
  showLine(line: number): void {
    this.pendingLine = line;
    if (this.pageReady) this.flushLine();
  }

  reveal(column: vscode.ViewColumn, preserveFocus: boolean): void {
    this.panel.reveal(column, preserveFocus);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.updateTimer);
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
    this.onDispose();
  }

  private setTitle(): void {
    this.panel.title = `Preview ${this.document.uri.path.split('/').pop() ?? ''}`;
  }

  private scheduleUpdate(): void {
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => void this.render(), UPDATE_DEBOUNCE_MS);
  }

  /** Asks the server for the current render: the whole page the first time, then a body update the page swaps in place. */
  private async render(): Promise<void> {
    clearTimeout(this.updateTimer);
    const request = ++this.requests;
    const document = this.document;
    const whole = !this.hasPage;
    try {
      const preview = await requestPreview(this.server, document, whole ? this.panel.webview.cspSource : undefined);
      if (this.disposed || request !== this.requests) return;
      if (whole && preview.html !== undefined) {
        this.pageReady = false;
        this.panel.webview.html = preview.html;
        this.hasPage = true;
        this.htmlSource = { uri: preview.uri, version: preview.version ?? document.version };
      } else {
        this.post({ type: 'update', uri: preview.uri, body: preview.body });
        if (this.pageReady) this.flushLine();
      }
    } catch (error) {
      if (this.disposed || request !== this.requests || this.hasPage) return; // a page already shows the last good render
      this.panel.webview.html = errorDocumentHtml(error instanceof Error ? error.message : String(error));
    }
  }

  private post(message: HostToWebviewMessage): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  private onMessage(message: WebviewToHostMessage): void {
    if (message.type === 'reveal') void this.revealLine(message.line);
    else if (message.type === 'scrolled') this.scrollEditorTo(message.line);
    else if (message.type === 'ready') {
      this.pageReady = true;
      this.refreshIfStale();
      this.flushLine();
    }
  }

  /** Sends the pending "show this line" to the page, once. */
  private flushLine(): void {
    if (this.pendingLine === undefined) return;
    const line = this.pendingLine;
    this.pendingLine = undefined;
    this.ignoreEditorScrollUntil = Date.now() + SCROLL_ECHO_MS;
    this.post({ type: 'scrollToLine', line });
  }

  /** A page rebuilt from webview.html (shown again after hiding) may predate edits or another followed script. */
  private refreshIfStale(): void {
    if (this.htmlSource.uri !== this.document.uri.toString() || this.htmlSource.version !== this.document.version) void this.render();
  }

  /** A bubble was clicked: put the cursor on its line in the script's editor. */
  private async revealLine(line: number): Promise<void> {
    const visible = this.visibleEditor();
    const position = new vscode.Position(line, 0);
    await vscode.window.showTextDocument(this.document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: new vscode.Range(position, position),
      preserveFocus: false,
    });
  }

  /** The preview scrolled: bring the same line to the top of the editor. */
  private scrollEditorTo(line: number): void {
    const editor = this.visibleEditor();
    if (!editor) return;
    this.ignoreEditorScrollUntil = Date.now() + SCROLL_ECHO_MS;
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
  }

  /** The editor scrolled: bring the preview to the same line. */
  private onEditorScrolled(event: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (event.textEditor.document !== this.document || event.visibleRanges.length === 0) return;
    if (Date.now() < this.ignoreEditorScrollUntil) return;
    this.post({ type: 'scrollToLine', line: event.visibleRanges[0].start.line });
  }

  private visibleEditor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document === this.document);
  }
}
