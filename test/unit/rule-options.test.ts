// Rule options are declared with the rule: the config loader rejects an unknown or mistyped option
// with one line naming the file, the rule and the option, and the JSON Schema and the docs pages are
// generated from the same declarations (drift tests).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULE_METAS, validateConfig } from '../../server/src/engine/index.js';
import { withOptionsBlock } from '../../server/src/node/rule-docs.js';
import { runCli } from '../cli/harness.js';

const ROOT = join(__dirname, '..', '..');

test('a misspelt option is an error naming the rule, the option and what the rule takes', () => {
  const { errors } = validateConfig({ rules: { 'rote-empathy': ['warn', { maxRepeat: 2 }] } });
  assert.deepEqual(errors, ['rules.rote-empathy.maxRepeat: unknown option (rote-empathy takes maxRepeats)']);
});

test('a mistyped option is an error, and so is an option for a rule that takes none', () => {
  assert.deepEqual(validateConfig({ rules: { 'policy-apology': ['warn', { allowEffectApology: 'no' }] } }).errors, ['rules.policy-apology.allowEffectApology: must be true or false']);
  assert.deepEqual(validateConfig({ rules: { 'rote-empathy': ['warn', { maxRepeats: 0 }] } }).errors, ['rules.rote-empathy.maxRepeats: must be a whole number of at least 1']);
  assert.deepEqual(validateConfig({ rules: { 'customer-blame': ['warn', { strict: true }] } }).errors, ['rules.customer-blame.strict: unknown option (customer-blame takes no options)']);
  assert.deepEqual(validateConfig({ rules: { 'rote-empathy': ['error', { maxRepeats: 2 }] } }).errors, []);
});

test('the CLI stops with exit 2 and one line naming the config file, the rule and the option', () => {
  const dir = mkdtempSync(join(tmpdir(), 'empathy-options-'));
  const config = join(dir, '.empathylintrc.json');
  writeFileSync(config, JSON.stringify({ rules: { 'rote-empathy': ['warn', { maxRepeat: 2 }] } }));
  writeFileSync(join(dir, 'call.scenario'), 'Customer: Hi.\nAgent: Hello, how can I help?\n');
  const run = runCli([join(dir, 'call.scenario')], dir);
  assert.equal(run.code, 2, run.stderr);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0], /\.empathylintrc\.json: rules\.rote-empathy\.maxRepeat: unknown option \(rote-empathy takes maxRepeats\)/);
});

test('every docs page carries the options block generated from its rule (npm run gen:schema)', () => {
  for (const meta of RULE_METAS) {
    const page = readFileSync(join(ROOT, 'docs/rules', `${meta.id}.md`), 'utf8');
    assert.equal(withOptionsBlock(page, meta), page, `docs/rules/${meta.id}.md: run npm run gen:schema`);
  }
});

test('the schema allows exactly the declared options of each rule', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/empathylintrc.schema.json'), 'utf8'));
  for (const meta of RULE_METAS) {
    const options = schema.properties.rules.properties[meta.id].oneOf[1].items[1];
    assert.equal(options.additionalProperties, false, meta.id);
    assert.deepEqual(Object.keys(options.properties).sort(), Object.keys(meta.options ?? {}).sort(), meta.id);
  }
});
