// The empathy-lint language server: `node dist/server.js --stdio`. A thin adapter that wires the
// LSP connection to the engine; each feature lives in its own module.
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  DocumentDiagnosticReportKind,
  type ClientCapabilities,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type WorkspaceDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { CATALOGUE } from '../engine/catalogue.js';
import { positionToOffset } from '../engine/text.js';
import { completionsAt } from './completion.js';
import { guard, guardNotification, reportInternalError, setGuardLog } from './guard.js';
import { LintService, type Linted } from './linting.js';
import { documentSymbols, foldingRanges } from './outline.js';
import {
  CatalogueRequest,
  FIX_ALL_KIND,
  LintWorkspaceRequest,
  PreviewRequest,
  RulesRequest,
  SETTINGS_SECTION,
  WorkspaceTrustedNotification,
  type InitializationOptions,
} from '../../../shared/protocol.js';
import { definition, prepareRename, references, renameEdits } from './sections.js';
import { SettingsReader } from './settings.js';
import { TypingTurns } from './typing.js';
import { createServerConnection } from './transport.js';
import { Validator } from './validation.js';

const CONFIG_FILE_GLOB = '**/.empathylintrc.json';
const SCRIPT_FILE_GLOB = '**/*.{callscript,scenario}';

const connection = createServerConnection();
/** Where each document was last edited, so a turn being typed is not flagged yet (released after a pause). */
const typing = new TypingTurns((uri) => releaseTypedTurn(uri));
const documents = new TextDocuments<TextDocument>({
  create: TextDocument.create,
  update: (document, changes, version) => {
    typing.edited(document.uri, changes);
    return TextDocument.update(document, changes, version);
  },
});
setGuardLog(connection);

let lints: LintService;
let validator: Validator;
let capabilities: ClientCapabilities = {};
let initOptions: InitializationOptions = {};
let workspaceFolders: string[] = [];
let editorSettings = new SettingsReader(null);
/** Set by the Lint Workspace command: closed scripts' findings show even when `lintScope` is `openFiles`. */
let workspaceAsked = false;
/** Wakes a held workspace-diagnostics request when the scope may have changed. */
const scopeWaiters = new Set<() => void>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  capabilities = params.capabilities ?? {};
  initOptions = (params.initializationOptions as InitializationOptions | null) ?? {};
  workspaceFolders = foldersOf(params);
  const pull = !!capabilities.textDocument?.diagnostic;
  lints = new LintService(connection, !!capabilities.workspace?.configuration, initOptions.workspaceTrusted !== false);
  editorSettings = new SettingsReader(
    capabilities.workspace?.configuration ? (scopeUri) => connection.workspace.getConfiguration({ ...(scopeUri ? { scopeUri } : {}), section: SETTINGS_SECTION }) : null,
  );
  validator = new Validator(holdingTypedTurns(connection), documents, lints, {
    pull,
    refreshSupport: !!capabilities.workspace?.diagnostics?.refreshSupport,
    workspaceFolders: () => workspaceFolders,
  });
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
      completionProvider: { triggerCharacters: [':', ' ', '>'] },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: capabilities.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
      ...(pull ? { diagnosticProvider: { identifier: 'empathy-lint', interFileDependencies: false, workspaceDiagnostics: true } } : {}),
    },
    serverInfo: { name: 'empathy-lint' },
  };
});

connection.onInitialized(
  guardNotification('initialized', async () => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration && !initOptions.clientWatchesFiles) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_FILE_GLOB }, { globPattern: SCRIPT_FILE_GLOB }] });
    }
    // push clients get no workspace diagnostics of their own: `lintScope: workspace` lints the folders once
    if (!capabilities.textDocument?.diagnostic && (await editorSettings.for()).lintScope === 'workspace') await validator.lintWorkspace();
  }),
);

documents.onDidOpen(guardNotification('didOpen', (e) => validator.opened(e.document)));
// `empathyLint.run: onSave`: edits wait for the save (pull clients filter their own requests the same way).
// Decided at once, from the settings known so far: edits must reach the validator in their order.
documents.onDidChangeContent(
  guardNotification('didChange', (e) => {
    if (editorSettings.now(e.document.uri).run === 'onType') validator.changed(e.document);
  }),
);
documents.onDidSave(
  guardNotification('didSave', (e) => {
    if (editorSettings.now(e.document.uri).run === 'onSave') validator.changed(e.document);
  }),
);
documents.onDidClose(
  guardNotification('didClose', (e) => {
    typing.closed(e.document.uri);
    if (capabilities.textDocument?.diagnostic && !workspaceAsked) {
      closedToClear.add(e.document.uri);
      setTimeout(wakeScopeWaiters, CLEAR_AFTER_CLOSE_MS).unref();
    }
    editorSettings.forget(e.document.uri);
    validator.closed(e.document);
  }),
);

connection.onDidChangeConfiguration(
  guardNotification('didChangeConfiguration', () => {
    editorSettings.clear();
    wakeScopeWaiters();
    // `empathyLint.codeLens` may have changed: the editor asks for lenses again
    if (capabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    lints.configChanged();
    validator.revalidateAll();
  }),
);

connection.onDidChangeWatchedFiles(
  guardNotification('didChangeWatchedFiles', (params) => {
    if (params.changes.some((c) => c.uri.endsWith('.empathylintrc.json'))) {
      lints.configChanged();
      validator.revalidateAll();
    } else validator.wakeWorkspace();
  }),
);

connection.onNotification(
  WorkspaceTrustedNotification,
  guardNotification('workspaceTrusted', () => {
    lints.setTrusted(true);
    validator.revalidateAll();
  }),
);

connection.languages.diagnostics.on(
  guard('pullDiagnostics', { kind: 'full', items: [] }, async (params, token): Promise<DocumentDiagnosticReport> => {
    const report = await validator.pullDocument(params, token);
    const document = documents.get(params.textDocument.uri);
    if (report.kind !== DocumentDiagnosticReportKind.Full || !document) return report;
    const { items, held } = typing.visible(document.uri, document.getText(), report.items);
    // no result ID for a report with findings held back: the next pull must not be answered "unchanged"
    return held ? { kind: DocumentDiagnosticReportKind.Full, items } : report;
  }),
);
connection.languages.diagnostics.onWorkspace(
  guard('workspaceDiagnostics', { items: [] }, async (params, token): Promise<WorkspaceDiagnosticReport> => {
    if (workspaceAsked || (await editorSettings.for()).lintScope === 'workspace') {
      closedToClear.clear(); // closed scripts stay listed in this scope
      return validator.pullWorkspace(params, token);
    }
    // `lintScope: openFiles`: clear what an earlier scope showed and what closed scripts left, else wait for either
    const stale = staleScripts(params.previousResultIds.map((p) => p.uri));
    if (stale.length > 0) return { items: stale.map((uri) => ({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] })) };
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        subscription.dispose();
        scopeWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, SCOPE_WAIT_MS);
      const subscription = token.onCancellationRequested(done);
      scopeWaiters.add(done);
    });
    return { items: staleScripts([]).map((uri) => ({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] })) };
  }),
);

/**
 * Scripts closed under `lintScope: openFiles`, whose diagnostics a client with workspace diagnostics
 * keeps until a workspace report clears them (VS Code pulls a closed document once more, then
 * leaves it to the workspace report): cleared a moment after the close.
 */
const closedToClear = new Set<string>();
/** Wait after a close before the clearing report: the client's last pull of the document comes first. */
const CLEAR_AFTER_CLOSE_MS = 1000;

/** The scripts among `uris` and the recently closed ones that are not open: their findings should not show. */
function staleScripts(uris: readonly string[]): string[] {
  const stale = [...new Set([...uris, ...closedToClear])].filter((uri) => !documents.get(uri));
  closedToClear.clear();
  return stale;
}

/** Longest a workspace-diagnostics request waits, under `lintScope: openFiles`, before answering (the client asks again). */
const SCOPE_WAIT_MS = 60_000;

function wakeScopeWaiters(): void {
  for (const wake of [...scopeWaiters]) wake();
}

/** The connection the validator publishes through (push clients), with turns being typed held back. */
function holdingTypedTurns(base: Connection): Connection {
  const sendDiagnostics = (params: PublishDiagnosticsParams): Promise<void> => {
    const document = documents.get(params.uri);
    if (!document || params.version !== document.version) return base.sendDiagnostics(params);
    return base.sendDiagnostics({ ...params, diagnostics: typing.visible(params.uri, document.getText(), params.diagnostics).items });
  };
  return new Proxy(base, { get: (target, property, receiver) => (property === 'sendDiagnostics' ? sendDiagnostics : Reflect.get(target, property, receiver)) });
}

/** A held turn's pause is over: deliver its findings (pull clients are asked to pull again). */
function releaseTypedTurn(uri: string): void {
  const document = documents.get(uri);
  if (!document || !validator) return;
  if (capabilities.textDocument?.diagnostic) {
    if (capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh().catch(() => undefined);
  } else validator.changed(document);
}

/** Runs `fn` on the current lint of an open document; unknown documents get `fallback`. */
async function withLint<R>(uri: string, fallback: R, fn: (linted: Linted) => R | Promise<R>): Promise<R> {
  const document = documents.get(uri);
  if (!document) return fallback;
  return fn(await lints.lintDocument(document));
}

/** The offset of an LSP position in a lint's text. */
function offsetIn(linted: Linted, position: { line: number; character: number }): number {
  return positionToOffset(linted.document.lineStarts, linted.text, position);
}

const documentChanges = () => !!capabilities.workspace?.workspaceEdit?.documentChanges;

connection.onCodeAction(
  guard('codeAction', [], (params) =>
    withLint(params.textDocument.uri, [], async (l) => {
      const options = { documentChanges: documentChanges(), snippetEdits: !!capabilities.workspace?.workspaceEdit?.snippetEditSupport };
      return lints.feature(l, { kind: 'codeActions', params, options });
    }),
  ),
);
connection.onHover(
  guard('hover', null, (params) =>
    // answered in the lint's worker, where the findings are (the better phrasings are made there for the hovered ones only)
    withLint(params.textDocument.uri, null, async (l) => {
      const options = { repeatMessage: !initOptions.diagnosticsInHover, commandLinks: !!initOptions.commandLinks };
      return lints.feature(l, { kind: 'hover', position: params.position, options });
    }),
  ),
);
connection.onCodeLens(
  guard('codeLens', [], async (params) => {
    if (!(await editorSettings.for(params.textDocument.uri)).codeLens) return [];
    return withLint(params.textDocument.uri, [], (l) => lints.feature(l, { kind: 'codeLens' }));
  }),
);
connection.onCompletion(
  guard('completion', [], (params) => withLint(params.textDocument.uri, [], (l) => completionsAt(l.document, l.config, offsetIn(l, params.position), params.context?.triggerCharacter))),
);
connection.onDocumentSymbol(guard('documentSymbol', [], (params) => withLint(params.textDocument.uri, [], (l) => documentSymbols(l.document))));
connection.onFoldingRanges(guard('foldingRange', [], (params) => withLint(params.textDocument.uri, [], (l) => foldingRanges(l.document))));
connection.onDefinition(guard('definition', null, (params) => withLint(params.textDocument.uri, null, (l) => definition(l.document, l.uri, offsetIn(l, params.position)))));
connection.onReferences(
  guard('references', [], (params) => withLint(params.textDocument.uri, [], (l) => references(l.document, l.uri, offsetIn(l, params.position), params.context.includeDeclaration))),
);
connection.onPrepareRename(guard('prepareRename', null, (params) => withLint(params.textDocument.uri, null, (l) => prepareRename(l.document, offsetIn(l, params.position)))));
// rename errors (an invalid name) are answers for the user, so they are not swallowed by `guard`
connection.onRenameRequest(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const linted = await lints.lintDocument(document);
  const edits = renameEdits(linted.document, offsetIn(linted, params.position), params.newName);
  return edits && { changes: { [linted.uri]: edits } };
});

connection.onRequest(
  CatalogueRequest,
  guard('catalogue', [], () => CATALOGUE.map(({ id, situation, text, note }) => ({ id, situation, text, note }))),
);
connection.onRequest(
  RulesRequest,
  guard('rules', [], async () => (await lints.ruleMetas()).map(({ id, description, defaultSeverity, docsUrl }) => ({ id, description, defaultSeverity, docsUrl }))),
);
connection.onRequest(
  PreviewRequest,
  guard('preview', null, async (params) => {
    const document = documents.get(params.uri);
    if (document) return lints.feature(await lints.lintDocument(document), { kind: 'preview', params, version: document.version });
    // a script the client does not sync (another scheme): rendered from its text, with the same config
    if (params.text === undefined) return null;
    return lints.feature(await lints.lintText(params.uri, 0, params.text, await lints.configFor(params.uri)), { kind: 'preview', params, version: null });
  }),
);
connection.onRequest(
  LintWorkspaceRequest,
  guard('lintWorkspace', { files: 0, errors: 0, warnings: 0 }, () => {
    workspaceAsked = true; // asked for by name: closed scripts show from now on, whatever `lintScope` says
    wakeScopeWaiters();
    return validator.lintWorkspace();
  }),
);

/** Workspace folder paths from initialize (folders, else the root). */
function foldersOf(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
}

// last line of defence: a stray exception is logged, never fatal
process.on('uncaughtException', (error) => reportInternalError('uncaught', error));
process.on('unhandledRejection', (error) => reportInternalError('unhandledRejection', error));

documents.listen(connection);
connection.listen();
