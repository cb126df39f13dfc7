// Workspace trust: untrusted workspaces are linted with the default rules only (no .empathylintrc.json);
// the user is told once, and trusting the workspace switches the config on without a restart.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceTrustedNotification } from '../../shared/protocol.js';

const UNTRUSTED_MESSAGE = 'empathy-lint: this workspace is not trusted, so scripts are linted with the default rules and .empathylintrc.json files are ignored.';

/** Says once that config is ignored, and tells the server when the workspace becomes trusted. */
export function watchWorkspaceTrust(client: () => LanguageClient | undefined): vscode.Disposable {
  if (!vscode.workspace.isTrusted) void vscode.window.showInformationMessage(UNTRUSTED_MESSAGE);
  return vscode.workspace.onDidGrantWorkspaceTrust(() => {
    const running = client();
    if (running?.isRunning()) void running.sendNotification(WorkspaceTrustedNotification, {});
  });
}
