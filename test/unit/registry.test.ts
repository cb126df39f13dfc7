// The rule registry, docs pages, README table and package version agree: no hand-kept list can drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsUrl, RULE_METAS } from '../../server/src/engine/index.js';
import { ALL_RULES, DOCUMENT_RULES } from '../../server/src/engine/rules/index.js';
import { SCORED_RULES } from '../eval/labels.js';

const ROOT = join(__dirname, '..', '..');
const RULES_DIR = join(ROOT, 'server', 'src', 'engine', 'rules');
test('rules/ holds rules only: every file but the registry is one rule, registered under its own ID', () => {
  const files = readdirSync(RULES_DIR).filter((f) => f !== 'index.ts');
  const registered = [...ALL_RULES, ...DOCUMENT_RULES].map((r) => `${r.id}.ts`);
  assert.deepEqual(files.sort(), registered.sort());
});

test('the 13 contract rule IDs are all present', () => {
  for (const id of SCORED_RULES)
    assert.ok(
      RULE_METAS.some((m) => m.id === id),
      id,
    );
});

test('every rule has a docs page, a README row and a docs link derived from its ID', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const meta of RULE_METAS) {
    assert.ok(existsSync(join(ROOT, 'docs', 'rules', `${meta.id}.md`)), `docs/rules/${meta.id}.md`);
    assert.ok(readme.includes(`[\`${meta.id}\`](docs/rules/${meta.id}.md)`), `README row for ${meta.id}`);
    assert.equal(meta.docsUrl, docsUrl(meta.id));
  }
});
