// Counts in the client's messages are written as people write them (issue 19: not "0 error(s), 3 warning(s)").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { count, findingsSummary, workspaceSummary } from '../../client/src/wording.js';

test('counts read as people write them', () => {
  assert.equal(count(0, 'error'), 'no errors');
  assert.equal(count(1, 'warning'), '1 warning');
  assert.equal(count(3, 'warning'), '3 warnings');
  assert.equal(findingsSummary(0, 0), 'no problems');
  assert.equal(findingsSummary(0, 3), '3 warnings');
  assert.equal(findingsSummary(1, 0), '1 error');
  assert.equal(findingsSummary(2, 3), '2 errors and 3 warnings');
  assert.equal(workspaceSummary(12, 0, 3), '12 scripts linted: 3 warnings.');
  assert.equal(workspaceSummary(1, 0, 0), '1 script linted: no problems.');
  assert.equal(workspaceSummary(0, 0, 0), 'No scripts linted: no problems.');
  assert.doesNotMatch(workspaceSummary(5, 1, 1), /\(s\)/);
});
