// Docs links are tied to the release (as markdownlint's are): every rule's link, in findings, the
// server's rule list, SARIF and --help, names the tag of package.json's version, so a user reads the
// page of the rule they run. Bumping the version moves every link; nothing is kept by hand.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { docsUrl, DOCS_VERSION, lint, RULE_METAS } from '../../server/src/engine/index.js';
import { HELP } from '../../server/src/cli/help.js';

const ROOT = join(__dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const BASE = `https://github.com/empathy-lint/empathy-lint/blob/v${version}/docs/rules/`;

test("every rule's docs link is its page at the tag of this release", () => {
  assert.equal(DOCS_VERSION, `v${version}`);
  for (const meta of RULE_METAS) assert.equal(meta.docsUrl, `${BASE}${meta.id}.md`);
  assert.equal(docsUrl('policy-apology'), `${BASE}policy-apology.md`);
});

test("findings (hence diagnostics' codeDescription and SARIF helpUri) carry the versioned link", () => {
  const { findings } = lint("Customer: Why can't I get a refund?\nAgent: I'm sorry, but our policy doesn't allow refunds.\n");
  const apology = findings.find((f) => f.ruleId === 'policy-apology');
  assert.equal(apology?.docsUrl, `${BASE}policy-apology.md`);
});

test('--help links the rule pages of the same release', () => {
  assert.ok(HELP.includes(`https://github.com/empathy-lint/empathy-lint/tree/v${version}/docs/rules`));
  assert.doesNotMatch(HELP, /\/(blob|tree)\/main\//);
});
