// What the extension contributes, checked against the code it describes: snippet bodies lint clean,
// settings list every rule, contributed commands and activation events match the client.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { COMMANDS } from '../../client/src/command-ids.js';
import { PLAY_FROM_SECTION_COMMAND } from '../../shared/protocol.js';
import { lint, RULE_METAS, statementsFor, CATALOGUE_SITUATIONS, type CatalogueSituation } from '../../server/src/engine/index.js';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const snippets: Record<string, { prefix: string | string[]; body: string[] }> = JSON.parse(readFileSync(join(ROOT, 'snippets', 'empathy-lint.json'), 'utf8'));

/** A snippet body as the user gets it on accepting every default (choice: the `pick`-th option). */
function expand(body: string[], pick = 0): string {
  const text = body.join('\n');
  const defaults = new Map<string, string>();
  for (const m of text.matchAll(/\$\{(\d+):((?:\\.|[^}\\])*)\}/g)) defaults.set(m[1], unescape(m[2]));
  return text
    .replace(/\$\{(\d+)\|((?:\\.|[^|\\])*)\|\}/g, (_, _n, options: string) => unescape(options.split(/(?<!\\),/)[pick] ?? options.split(/(?<!\\),/)[0]))
    .replace(/\$\{(\d+):((?:\\.|[^}\\])*)\}/g, (_, _n, value: string) => unescape(value))
    .replace(/\$\{(\d+)\}/g, (_, n: string) => defaults.get(n) ?? '')
    .replace(/\$\d+/g, '');
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** A customer line that calls for each group of empathy statements. */
const CONTEXT: Record<CatalogueSituation, string> = {
  loss: '---\nsituation: no-fault\n---\nCustomer: My father passed away last week, so I need to close his account.\n',
  frustration: '---\nsituation: no-fault\n---\nCustomer: This is the third time I am calling about this. I am so frustrated.\n',
  'company-error': '---\nsituation: company-at-fault\n---\nCustomer: You sent me the wrong item.\n',
  'policy-refusal': '---\nsituation: no-fault\n---\nCustomer: Can you waive the late fee?\n',
  'good-news': '---\nsituation: no-fault\n---\nCustomer: We just got engaged, so I need a new address on the account!\n',
  'customer-wrong': '---\nsituation: customer-at-fault\n---\nCustomer: I forgot to pay the bill again. Can you remove the penalty?\n',
};

test('every scenario, opening, closing, hold, transfer and choice snippet lints clean', () => {
  for (const [name, snippet] of Object.entries(snippets)) {
    if (name.startsWith('Empathy statement')) continue;
    const text = expand(snippet.body);
    const findings = lint(text).findings.filter((f) => f.ruleId !== 'missing-ownership' || name.includes('company mistake'));
    assert.deepEqual(
      findings.map((f) => `${f.ruleId}: ${text.slice(f.span.start, f.span.end)}`),
      [],
      `${name}:\n${text}`,
    );
  }
});

test('every empathy-statement snippet option lints clean after a customer line that calls for it', () => {
  for (const situation of CATALOGUE_SITUATIONS) {
    const snippet = snippets[`Empathy statement: ${situation}`];
    assert.ok(snippet, `no snippet for ${situation}`);
    const options = statementsFor(situation).slice(0, 6);
    options.forEach((statement, i) => {
      const line = expand(snippet.body, i);
      assert.equal(line.trim(), `Agent: ${statement.text}`);
      const findings = lint(CONTEXT[situation] + line).findings.filter((f) => f.ruleId !== 'missing-ownership');
      assert.deepEqual(
        findings.map((f) => f.ruleId),
        [],
        `${situation} option ${i}: ${line}`,
      );
    });
  }
});

test("the empathyLint.rules setting lists exactly the engine's rules", () => {
  const listed = Object.keys(manifest.contributes.configuration.properties['empathyLint.rules'].properties).sort();
  assert.deepEqual(listed, RULE_METAS.map((r) => r.id).sort());
});

test("contributed commands are the client's commands plus the preview; activation is on the two languages", () => {
  const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
  assert.deepEqual(contributed, [...Object.values(COMMANDS), 'empathyLint.openPreview', 'empathyLint.openPreviewToSide', PLAY_FROM_SECTION_COMMAND].sort());
  const events: string[] = manifest.activationEvents;
  assert.deepEqual(events.filter((e) => e.startsWith('onLanguage:')).sort(), ['onLanguage:callscript', 'onLanguage:scenario']);
  assert.ok(
    events.every((e) => /^(?:onLanguage|onCommand|onWebviewPanel):/.test(e)),
    events.join(', '),
  );
  for (const c of contributed) assert.ok(events.includes(`onCommand:${c}`), `no activation for ${c}`);
});

test('every setting is documented in the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), `README does not mention ${key}`);
});
