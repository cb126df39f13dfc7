// ESLint for the TypeScript sources. typescript-eslint's recommended rules catch unsafe habits;
// eslint-plugin-regexp catches slow (backtracking) and redundant patterns, which matter here: most of
// the engine's phrase rules are regular expressions run on every agent line as the user types.
// The parser uses the `typescript` package (5.9, for its JS API); the typecheck runs TypeScript 7.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.tools/**', 'test-artifacts/**', '.vscode-test/**', '**/*.vsix'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.{ts,mjs,js}'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
  {
    // The extension bundles no engine: it asks the language server (shared/ holds the protocol both sides use).
    files: ['client/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/src/**'], message: 'The client imports only from shared/ and vscode; ask the server instead.' }] }],
    },
  },
  {
    // The engine and the preview are pure: the CLI, the server and the webview are their adapters.
    files: ['server/src/engine/**', 'server/src/preview/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'], message: 'The engine is pure: pass data in from an adapter.' },
            { group: ['vscode', 'vscode-*', '**/lsp/**', '**/cli/**', '**/node/**', '**/client/**'], message: 'The engine knows no editor: adapters import it, not the other way round.' },
          ],
        },
      ],
    },
  },
  {
    // Test patterns read our own fixed text and tool output, not a user's document: backtracking there
    // costs nothing, and rewriting them for the linter would only make the assertions harder to read.
    files: ['test/**'],
    rules: { 'regexp/no-super-linear-backtracking': 'off', 'regexp/optimal-quantifier-concatenation': 'off' },
  },
);
