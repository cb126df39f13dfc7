// The preview panel's lifecycle: open (here or to the side), follow the active script editor,
// and come back after a window reload through the webview panel serializer.
import * as vscode from 'vscode';
import { LANGUAGE_IDS } from '../../../shared/protocol.js';
import type { PreviewState } from '../../../shared/preview-protocol.js';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './preview-panel.js';
import type { PreviewServer } from './preview-source.js';

export function isScript(document: vscode.TextDocument): boolean {
  return (LANGUAGE_IDS as readonly string[]).includes(document.languageId);
}

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer<PreviewState> {
  private preview: PreviewPanel | undefined;
  private readonly subscriptions: vscode.Disposable[];

  /** Config files and settings need no watcher here: the server re-lints on them, and its status notification re-renders the preview. */
  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly server: PreviewServer,
  ) {
    this.subscriptions = [vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor))];
  }

  /** Opens (or reveals) the preview of a script; `uri` comes from the editor-title button. */
  async open(uri: vscode.Uri | undefined, toSide: boolean): Promise<void> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document && this.preview) {
      this.preview.reveal(this.preview.panel.viewColumn ?? vscode.ViewColumn.Active, false);
      return;
    }
    if (!document || !isScript(document)) {
      void vscode.window.showInformationMessage('empathy-lint: open a .callscript or .scenario file to preview it.');
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One);
    if (this.preview) {
      this.preview.showDocument(document);
      this.preview.reveal(column, toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus: toSide }, this.webviewOptions());
    this.adopt(panel, document);
  }

  /** "▶ Play from here": opens the preview of `uri` beside the editor, showing the call from the section at `line`. */
  async openAt(uri: vscode.Uri, line: number): Promise<void> {
    await this.open(uri, true);
    this.preview?.showLine(line);
  }

  /** Restores a preview after a reload, from the state the webview saved. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    if (!state?.uri) {
      panel.dispose();
      return;
    }
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri));
      panel.webview.options = this.webviewOptions();
      this.preview?.dispose();
      this.adopt(panel, document);
    } catch {
      panel.dispose(); // the script is gone; nothing to show
    }
  }

  dispose(): void {
    this.preview?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  private adopt(panel: vscode.WebviewPanel, document: vscode.TextDocument): void {
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icons', 'empathy-lint.png');
    const preview: PreviewPanel = new PreviewPanel(panel, document, this.server, () => {
      if (this.preview === preview) this.preview = undefined;
    });
    this.preview = preview;
  }

  /** Scripts only, media only, no remote loads: the webview's CSP does the rest. */
  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (this.preview && editor && isScript(editor.document)) this.preview.showDocument(editor.document);
  }
}
