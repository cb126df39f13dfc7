// Starting the empathy-lint language server (dist/server.js) for the two script languages.
import * as vscode from 'vscode';
import { DiagnosticPullMode, LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DIAGNOSTIC_SOURCE, LANGUAGE_IDS, SETTINGS_SECTION, SHOW_RULE_DOCS_COMMAND, type InitializationOptions } from '../../shared/protocol.js';
import { SERVER_NODE_OPTIONS } from '../../shared/server-launch.js';

/** The client id: VS Code reads `empathyLint.trace.server` from it. */
const CLIENT_ID = 'empathyLint';
const CLIENT_NAME = 'empathy-lint';
/** URI schemes whose scripts the client syncs to the server; the preview sends the text of any other. */
export const SYNCED_SCHEMES: readonly string[] = ['file', 'untitled'];

/** Creates (does not start) the client; the server runs in a Node process of its own. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6019'] } },
  };
  const initializationOptions: InitializationOptions = {
    workspaceTrusted: vscode.workspace.isTrusted,
    clientWatchesFiles: true,
    // VS Code shows the diagnostic's message above the hover, and runs the docs command link below
    diagnosticsInHover: true,
    commandLinks: true,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGE_IDS.flatMap((language) => SYNCED_SCHEMES.map((scheme) => ({ scheme, language }))),
    synchronize: {
      // editing .empathylintrc.json re-lints open files; scripts changing on disk refresh workspace diagnostics
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.empathylintrc.json'), vscode.workspace.createFileSystemWatcher('**/*.{callscript,scenario}')],
    },
    initializationOptions,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // `empathyLint.run`, as vscode-eslint does it: a script is linted on open, and then as typed or when saved
    diagnosticPullOptions: { onChange: true, onSave: true, filter: (document, mode) => skipsPull(document, mode) },
    markdown: { isTrusted: { enabledCommands: [SHOW_RULE_DOCS_COMMAND] } },
    middleware: {
      provideCodeActions: async (document, range, actionContext, token, next) => {
        const actions = (await next(document, range, actionContext, token)) ?? [];
        return [...actions, ...docsActions(actionContext)];
      },
    },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

/** True when a pull should be skipped: on typing under `run: onSave`, on saving under `run: onType` (the change already pulled). */
function skipsPull(document: vscode.TextDocument, mode: DiagnosticPullMode): boolean {
  const run = vscode.workspace.getConfiguration(SETTINGS_SECTION, document).get<string>('run', 'onType');
  if (mode === DiagnosticPullMode.onType) return run === 'onSave';
  if (mode === DiagnosticPullMode.onSave) return run !== 'onSave';
  return false;
}

/** "Show documentation for <rule>", once per rule among the diagnostics under the cursor; the page opens inside VS Code. */
function docsActions(actionContext: vscode.CodeActionContext): vscode.CodeAction[] {
  const rules = new Set<string>();
  for (const diagnostic of actionContext.diagnostics) {
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    if (diagnostic.source === DIAGNOSTIC_SOURCE && typeof code === 'string' && code !== 'internal-error') rules.add(code);
  }
  if (actionContext.only && !actionContext.only.contains(vscode.CodeActionKind.QuickFix)) return [];
  return [...rules].map((rule) => {
    const action = new vscode.CodeAction(`Show documentation for ${rule}`, vscode.CodeActionKind.QuickFix);
    action.command = { title: action.title, command: SHOW_RULE_DOCS_COMMAND, arguments: [rule] };
    return action;
  });
}
