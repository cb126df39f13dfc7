// Runs inside the VS Code extension host (bundled by ../run.ts). Each check waits on real editor
// state (diagnostics appearing, a command answering), never on a fixed sleep.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** Longest the suite waits for the language server's first diagnostics. */
const DIAGNOSTICS_TIMEOUT_MS = 60_000;

type Check = [name: string, run: () => Promise<void>];

/** Entry point called by @vscode/test-electron. */
export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, check] of CHECKS) {
    try {
      await check();
      console.log(`ok - ${name}`);
    } catch (error) {
      failures.push(name);
      console.log(`not ok - ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0) throw new Error(`${failures.length} check(s) failed: ${failures.join('; ')}`);
}

async function openScenario(): Promise<vscode.TextDocument> {
  const [uri] = await vscode.workspace.findFiles('**/*.scenario', undefined, 1);
  assert.ok(uri, 'the fixture workspace has a scenario');
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

/** Resolves with the document's empathy-lint diagnostics once there are some. */
function diagnosticsOf(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'empathy-lint');
  return new Promise((resolve, reject) => {
    if (current().length > 0) return resolve(current());
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error('no empathy-lint diagnostics arrived'));
    }, DIAGNOSTICS_TIMEOUT_MS);
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || current().length === 0) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(current());
    });
  });
}

const CHECKS: Check[] = [
  [
    'a .scenario file gets the scenario language and empathy-lint diagnostics',
    async () => {
      const document = await openScenario();
      assert.equal(document.languageId, 'scenario');
      const codes = (await diagnosticsOf(document.uri)).map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
      assert.ok(codes.includes('policy-apology'), `got ${codes.join(', ')}`);
    },
  ],
  [
    'the policy apology has a preferred quick fix on its own line',
    async () => {
      const document = await openScenario();
      const apology = (await diagnosticsOf(document.uri)).find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'policy-apology')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, apology.range, vscode.CodeActionKind.QuickFix.value);
      const preferred = actions.find((a) => a.isPreferred);
      assert.ok(preferred?.edit, actions.map((a) => a.title).join(' | '));
      for (const [, edits] of preferred.edit.entries()) for (const e of edits) assert.equal(e.range.start.line, apology.range.start.line);
    },
  ],
  [
    'hover on a finding explains the rule',
    async () => {
      const document = await openScenario();
      const apology = (await diagnosticsOf(document.uri))[0];
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, apology.range.start);
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /empathy-lint/);
    },
  ],
  [
    'the extension registers its commands',
    async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const id of ['empathyLint.lintWorkspace', 'empathyLint.fixAll', 'empathyLint.showRuleDocs', 'empathyLint.insertEmpathyStatement', 'empathyLint.restartServer']) {
        assert.ok(commands.includes(id), `missing ${id}`);
      }
    },
  ],
];
