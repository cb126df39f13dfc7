// The TextMate grammar, tokenized by the same engine VS Code uses (vscode-textmate + oniguruma):
// each construct of the format gets its own scope, agent and customer labels differently.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..');
const GRAMMARS: Record<string, string> = {
  'source.callscript': 'syntaxes/callscript.tmLanguage.json',
  'source.scenario': 'syntaxes/scenario.tmLanguage.json',
};

let grammar: IGrammar;
before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    // source.yaml is VS Code's built-in grammar; an empty stand-in keeps the front matter rule alive here
    loadGrammar: async (scope) =>
      GRAMMARS[scope]
        ? parseRawGrammar(readFileSync(join(ROOT, GRAMMARS[scope]), 'utf8'), GRAMMARS[scope])
        : scope === 'source.yaml'
          ? parseRawGrammar('{"scopeName":"source.yaml","patterns":[]}', 'yaml.json')
          : null,
  });
  grammar = (await registry.loadGrammar('source.scenario'))!;
});

/** Each token's text with its most specific scope, line by line. */
function tokenize(text: string): { text: string; scopes: string[] }[] {
  const out: { text: string; scopes: string[] }[] = [];
  let state = INITIAL;
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = result.ruleStack;
  }
  return out;
}

function scopeOf(tokens: ReturnType<typeof tokenize>, text: string): string {
  const token = tokens.find((t) => t.text === text);
  assert.ok(token, `no token "${text}" in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return token.scopes.join(' ');
}

const SAMPLE = [
  '---',
  'situation: company-at-fault',
  '---',
  '// empathy-lint-disable-next-line policy-apology',
  '# opening',
  'Agent: Hello {customer_name}, how can I help?',
  'Customer: I got a cutting board.',
  '  Not an oven.',
  '[Customer sighs]',
  '// a note',
  '* Customer is calm -> resolution',
  '-> resolution',
].join('\n');

test('front matter, directives, comments and sections have their own scopes', () => {
  const tokens = tokenize(SAMPLE);
  assert.match(scopeOf(tokens, 'situation: company-at-fault'), /meta\.embedded\.block\.frontmatter/);
  assert.match(scopeOf(tokens, 'empathy-lint-disable-next-line'), /keyword\.control\.directive/);
  assert.match(scopeOf(tokens, 'policy-apology'), /constant\.other\.rule-id/);
  assert.match(scopeOf(tokens, 'opening'), /entity\.name\.section/);
  assert.match(scopeOf(tokens, ' a note'), /comment\.line\.double-slash/);
  assert.match(scopeOf(tokens, 'Customer sighs'), /stage-direction/);
});

test('agent and customer labels are scoped differently; placeholders and continuation lines are kept', () => {
  const tokens = tokenize(SAMPLE);
  assert.match(scopeOf(tokens, 'Agent'), /speaker\.agent/);
  assert.match(scopeOf(tokens, 'Customer'), /speaker\.customer/);
  assert.match(scopeOf(tokens, 'customer_name'), /variable\.other\.placeholder/);
  assert.match(scopeOf(tokens, '  Not an oven.'), /meta\.turn\.customer/);
});

test('choices and jumps mark the arrow and the target section', () => {
  const tokens = tokenize(SAMPLE);
  assert.match(scopeOf(tokens, 'Customer is calm'), /choice-label/);
  const targets = tokens.filter((t) => t.text === 'resolution');
  assert.equal(targets.length, 2);
  for (const t of targets) assert.match(t.scopes.join(' '), /section-reference/);
  assert.ok(tokens.filter((t) => t.text === '->').every((t) => /keyword\.operator\.jump/.test(t.scopes.join(' '))));
});
