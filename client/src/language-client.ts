// Starting the empathy-lint language server (dist/server.js) for the two script languages.
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_IDS, type InitializationOptions } from '../../shared/protocol.js';

/** The client id: VS Code reads `empathyLint.trace.server` from it. */
const CLIENT_ID = 'empathyLint';
const CLIENT_NAME = 'empathy-lint';
/** URI schemes whose scripts the client syncs to the server; the preview sends the text of any other. */
export const SYNCED_SCHEMES: readonly string[] = ['file', 'untitled'];

/** Creates (does not start) the client; the server runs in a Node process of its own. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const initializationOptions: InitializationOptions = { workspaceTrusted: vscode.workspace.isTrusted, clientWatchesFiles: true };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGE_IDS.flatMap((language) => SYNCED_SCHEMES.map((scheme) => ({ scheme, language }))),
    synchronize: {
      // editing .empathylintrc.json re-lints open files; scripts changing on disk refresh workspace diagnostics
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.empathylintrc.json'), vscode.workspace.createFileSystemWatcher('**/*.{callscript,scenario}')],
    },
    initializationOptions,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
