// The commands of the command palette: lint workspace, fix all, rule docs, insert a statement, restart.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from './command-ids.js';
import { workspaceSummary } from './wording.js';
import { CatalogueRequest, FIX_ALL_KIND, LANGUAGE_IDS, LintWorkspaceRequest, RulesRequest, type CatalogueEntry } from '../../shared/protocol.js';

export interface CommandHost {
  /** The running client, started on demand. */
  client(): Promise<LanguageClient>;
  restart(): Promise<void>;
  /** The extension's folder: the rule pages ship in it (docs/rules/<id>.md). */
  extensionUri: vscode.Uri;
}

/** Registers every palette command; the preview registers its own. */
export function registerCommands(host: CommandHost): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.lintWorkspace, () => lintWorkspace(host)),
    vscode.commands.registerCommand(COMMANDS.fixAll, fixAll),
    vscode.commands.registerCommand(COMMANDS.showRuleDocs, (ruleId?: unknown) => showRuleDocs(host, ruleId)),
    vscode.commands.registerCommand(COMMANDS.insertStatement, () => insertStatement(host)),
    vscode.commands.registerCommand(COMMANDS.restartServer, () => host.restart()),
  ];
}

/** Lints every script in the workspace and opens the Problems panel. */
async function lintWorkspace(host: CommandHost): Promise<void> {
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'empathy-lint: linting the workspace' }, async () =>
    (await host.client()).sendRequest(LintWorkspaceRequest),
  );
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(`empathy-lint: ${workspaceSummary(result.files, result.errors, result.warnings)}`);
}

/** Applies the server's fix-all action to the active script. */
async function fixAll(): Promise<void> {
  const editor = activeScriptEditor();
  if (!editor) return;
  const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, whole, FIX_ALL_KIND);
  const fix = actions?.find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
  if (!fix?.edit) {
    void vscode.window.showInformationMessage('empathy-lint: nothing to fix automatically in this script.');
    return;
  }
  await vscode.workspace.applyEdit(fix.edit);
}

/**
 * Opens a rule's page inside VS Code (the Markdown preview of the page the extension ships): the given
 * rule (from a diagnostic's code action or the hover), else one picked from the list. The web page is
 * the fallback when the shipped page is missing.
 */
async function showRuleDocs(host: CommandHost, ruleId: unknown): Promise<void> {
  let id = typeof ruleId === 'string' && RULE_ID.test(ruleId) ? ruleId : undefined;
  let url: string | undefined;
  if (!id) {
    const rules = await (await host.client()).sendRequest(RulesRequest);
    const picked = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.id, description: r.defaultSeverity, detail: r.description, url: r.docsUrl })),
      { title: 'empathy-lint: show rule docs', matchOnDetail: true, placeHolder: 'Pick a rule' },
    );
    id = picked?.label;
    url = picked?.url;
  }
  if (!id) return;
  const page = vscode.Uri.joinPath(host.extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    await vscode.workspace.fs.stat(page);
    await vscode.commands.executeCommand('markdown.showPreview', page);
  } catch {
    url ??= (await (await host.client()).sendRequest(RulesRequest)).find((r) => r.id === id)?.docsUrl;
    if (url) await vscode.env.openExternal(vscode.Uri.parse(url));
  }
}

/** A rule ID as the server writes them (kebab-case): nothing else is joined into a path. */
const RULE_ID = /^[a-z][a-z0-9-]{0,63}$/;
/** Picks a catalogue statement (grouped by situation) and inserts it; on an empty line as an agent turn. */
async function insertStatement(host: CommandHost): Promise<void> {
  const editor = activeScriptEditor();
  if (!editor) return;
  const catalogue = await (await host.client()).sendRequest(CatalogueRequest);
  const picked = await vscode.window.showQuickPick(statementPicks(catalogue), {
    title: 'Insert empathy statement',
    matchOnDescription: true,
    matchOnDetail: true,
    placeHolder: 'Type a situation (loss, frustration, good-news…) or words',
  });
  if (!picked?.entry) return;
  const text = picked.entry.text;
  await editor.edit((edit) => {
    for (const selection of editor.selections) {
      const line = editor.document.lineAt(selection.active.line);
      if (line.isEmptyOrWhitespace) edit.replace(line.range, `Agent: ${text}`);
      else edit.replace(selection, text);
    }
  });
}

type StatementPick = vscode.QuickPickItem & { entry?: CatalogueEntry };

/** Catalogue entries grouped under a separator per situation. */
function statementPicks(catalogue: CatalogueEntry[]): StatementPick[] {
  const picks: StatementPick[] = [];
  let situation = '';
  for (const entry of catalogue) {
    if (entry.situation !== situation) {
      situation = entry.situation;
      picks.push({ label: situation, kind: vscode.QuickPickItemKind.Separator });
    }
    picks.push({ label: entry.text, description: entry.situation, detail: entry.note, entry });
  }
  return picks;
}

/** The active editor when it shows a script; otherwise says why nothing happens. */
function activeScriptEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && (LANGUAGE_IDS as readonly string[]).includes(editor.document.languageId)) return editor;
  void vscode.window.showWarningMessage('empathy-lint: open a .callscript or .scenario file first.');
  return undefined;
}
