// Extension entry point: starts the language client and wires commands, status bar and trust handling.
// Each concern lives in its own module; this file only connects them.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusNotification, type StatusParams } from '../../shared/protocol.js';
import { registerCommands } from './commands.js';
import { createLanguageClient } from './language-client.js';
import { FindingsStatusBar } from './status-bar.js';
import { watchWorkspaceTrust } from './trust.js';
import { registerPreview } from './preview/index.js';

let client: LanguageClient | undefined;

/** Activated by opening a script or running a command: start the server and wire the UI. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('empathy-lint', { log: true });
  // one handler per notification method in the language client: the status bar and the preview both listen here
  const status = new vscode.EventEmitter<StatusParams>();
  const statusBar = new FindingsStatusBar(status.event);
  context.subscriptions.push(output, status, statusBar);

  /** Starts the client once; later calls wait for the same start. */
  let starting: Promise<LanguageClient> | undefined;
  const start = (): Promise<LanguageClient> =>
    (starting ??= (async () => {
      const created = createLanguageClient(context, output);
      client = created;
      created.onNotification(StatusNotification, (params) => status.fire(params));
      try {
        await created.start();
      } catch (error) {
        starting = undefined; // the next command (e.g. restart) tries again
        throw error;
      }
      return created;
    })());

  context.subscriptions.push(
    ...registerCommands({
      client: start,
      extensionUri: context.extensionUri,
      restart: async () => {
        const running = await start();
        await running.restart();
      },
    }),
    watchWorkspaceTrust(() => client),
  );
  registerPreview(context, { client: start, onStatus: status.event });
  try {
    await start();
  } catch (error) {
    // no restart loop: say it once and leave the commands (restart included) available
    output.error(`the language server failed to start: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage('empathy-lint: the language server failed to start. See the "empathy-lint" output for details.');
  }
}

/** Stops the server with the extension. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
