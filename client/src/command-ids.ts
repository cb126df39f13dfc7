// Command IDs, as contributed in package.json; kept free of `vscode` so tests can compare them with the manifest.
export const COMMANDS = {
  lintWorkspace: 'empathyLint.lintWorkspace',
  fixAll: 'empathyLint.fixAll',
  showRuleDocs: 'empathyLint.showRuleDocs',
  insertStatement: 'empathyLint.insertEmpathyStatement',
  restartServer: 'empathyLint.restartServer',
} as const;
