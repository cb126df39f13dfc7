// The status bar item: the findings count of the active script, from the server's status notification.
import * as vscode from 'vscode';
import { LANGUAGE_IDS, type StatusParams } from '../../shared/protocol.js';
import { findingsSummary } from './wording.js';

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('empathyLint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The script last shown in a text editor: its counts stay up while a webview (the preview) or a panel has focus. */
  private lastScript: vscode.TextDocument | undefined;

  /** Follows the active editor and the server's status notifications; clicking opens the Problems panel. */
  constructor(onStatus: vscode.Event<StatusParams>) {
    this.item.name = 'empathy-lint';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.byUri.delete(d.uri.toString());
        if (d === this.lastScript) this.lastScript = undefined;
        this.render();
      }),
      onStatus((status) => {
        this.byUri.set(status.uri, status);
        this.render();
      }),
    );
    this.render();
  }

  /**
   * Shows the counts of the active editor's script; hidden for other files. With no active text editor
   * (the preview or another webview has focus) the last script's counts stay.
   */
  private render(): void {
    const active = vscode.window.activeTextEditor?.document;
    if (active) this.lastScript = isScript(active) ? active : undefined;
    const document = active ?? this.lastScript;
    if (!document || !isScript(document)) {
      this.item.hide();
      return;
    }
    const status = this.byUri.get(document.uri.toString());
    const errors = status?.errors ?? 0;
    const warnings = status?.warnings ?? 0;
    const total = errors + warnings;
    this.item.text = total === 0 ? '$(pass) empathy-lint' : `$(${errors > 0 ? 'error' : 'warning'}) empathy-lint: ${total}`;
    const lines = [status ? `${capitalize(findingsSummary(errors, warnings))} in ${document.uri.path.split('/').pop() ?? 'this script'}` : 'Linting…', ...(status?.notes ?? [])];
    this.item.tooltip = `${lines.join('\n')}\nClick to open the Problems panel.`;
    this.item.show();
  }

  /** Removes the item and its listeners. */
  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function isScript(document: vscode.TextDocument): boolean {
  return (LANGUAGE_IDS as readonly string[]).includes(document.languageId);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
