// The status bar item: the findings count of the active script, from the server's status notification.
import * as vscode from 'vscode';
import { LANGUAGE_IDS, type StatusParams } from '../../shared/protocol.js';

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('empathyLint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Follows the active editor and the server's status notifications; clicking opens the Problems panel. */
  constructor(onStatus: vscode.Event<StatusParams>) {
    this.item.name = 'empathy-lint';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
      onStatus((status) => {
        this.byUri.set(status.uri, status);
        this.render();
      }),
    );
    this.render();
  }

  /** Shows the counts of the active editor's script; hidden for other files. */
  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !(LANGUAGE_IDS as readonly string[]).includes(document.languageId)) {
      this.item.hide();
      return;
    }
    const status = this.byUri.get(document.uri.toString());
    const errors = status?.errors ?? 0;
    const warnings = status?.warnings ?? 0;
    const total = errors + warnings;
    this.item.text = total === 0 ? '$(pass) empathy-lint' : `$(${errors > 0 ? 'error' : 'warning'}) empathy-lint: ${total}`;
    const lines = [status ? `${errors} error(s), ${warnings} warning(s) in this script` : 'Linting…', ...(status?.notes ?? [])];
    this.item.tooltip = `${lines.join('\n')}\nClick to open the Problems panel.`;
    this.item.show();
  }

  /** Removes the item and its listeners. */
  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
