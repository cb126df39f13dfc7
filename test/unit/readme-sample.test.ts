// The README's sample run is the real run: same findings, same columns, the summary line included
// (it once showed 2 of 5 findings and no summary). When a rule's wording changes, paste the new output.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli } from '../cli/harness.js';

const COMMAND = '$ npx empathy-lint examples/policy-refusal-mistakes.scenario\n';

test("README's sample output for policy-refusal-mistakes.scenario matches a real run", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(COMMAND);
  assert.ok(start >= 0, 'the README shows the sample command');
  const shown = readme.slice(start + COMMAND.length, readme.indexOf('```', start));
  const run = runCli(['examples/policy-refusal-mistakes.scenario'], ROOT);
  assert.equal(run.code, 1);
  assert.equal(shown, run.stdout);
  assert.match(shown, /✖ \d+ problems? \(/, 'with the summary line');
});
