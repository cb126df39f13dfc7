// `empathy-lint paths`: every path of a branching script with its cues, whether each was acknowledged,
// and its findings; the unacknowledged path is named. Bounded and cycle-safe, like the walker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listPaths, MAX_PATHS } from '../../server/src/engine/index.js';
import { runCli, scratch } from '../cli/harness.js';

const BRANCH =
  '# opening\n' +
  'Agent: Thanks for calling, how can I help?\n' +
  'Customer: My husband died last month and the bill is in his name.\n' +
  '* Agent acknowledges -> kind\n' +
  '* Agent goes straight on -> blunt\n' +
  '\n# kind\n' +
  "Agent: I'm so sorry for your loss. Let's take care of this together.\n" +
  '-> close\n' +
  '\n# blunt\n' +
  "Agent: What's the account number?\n" +
  '-> close\n' +
  '\n# close\n' +
  "Agent: Thank you, it's all updated.\n";

test('paths --format json lists both paths and marks the blunt one as leaving the loss unacknowledged', () => {
  const { dir, cleanup } = scratch({ 'branch.scenario': BRANCH });
  try {
    const run = runCli(['paths', '--format', 'json', 'branch.scenario'], dir);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.truncated, false);
    assert.deepEqual(
      report.paths.map((p: { sections: string[] }) => p.sections),
      [
        ['opening', 'kind', 'close'],
        ['opening', 'blunt', 'close'],
      ],
    );
    const [kind, blunt] = report.paths;
    assert.deepEqual(kind.cues, [{ line: 3, section: 'opening', text: 'My husband died last month and the bill is in his name.', cues: ['loss'], acknowledged: true, replyLine: 8 }]);
    assert.deepEqual(kind.findings, []);
    assert.equal(blunt.cues[0].acknowledged, false);
    assert.equal(blunt.cues[0].replyLine, 12);
    assert.deepEqual(
      blunt.findings.map((m: { ruleId: string; line: number }) => [m.ruleId, m.line]),
      [['unacknowledged-emotion', 12]],
    );
    assert.deepEqual(report.unacknowledgedPaths, [2]);
  } finally {
    cleanup();
  }
});

test('paths prints a readable report naming the paths where a cue is never acknowledged', () => {
  const { dir, cleanup } = scratch({ 'branch.scenario': BRANCH });
  try {
    const run = runCli(['paths', 'branch.scenario'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^branch\.scenario: 2 paths$/m);
    assert.match(run.stdout, /path 2: opening -> blunt -> close {3}\[a cue is never acknowledged\]/);
    assert.match(run.stdout, /NOT acknowledged \(line 12\)/);
    assert.match(run.stdout, /Paths where a cue is never acknowledged:\n {2}path 2: opening -> blunt -> close\n$/);
    const missing = runCli(['paths', 'nope.scenario'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^empathy-lint: nope\.scenario: cannot read file/);
    assert.equal(runCli(['paths'], dir).code, 2);
  } finally {
    cleanup();
  }
});

test('a cycle ends a path where it loops back, a silenced finding is left out, and a turned-off rule still decides acknowledgement', () => {
  const loop =
    '# a\nCustomer: I am so frustrated with this.\n* retry -> b\n* give up -> c\n# b\n// empathy-lint-disable-next-line unacknowledged-emotion -- scripted test of a cold reply\nAgent: Account number?\n-> a\n# c\nAgent: Bye.\n';
  const report = listPaths(loop);
  assert.deepEqual(
    report.paths.map((p) => p.sections),
    [
      ['a', 'b'],
      ['a', 'c'],
    ],
  );
  assert.equal(report.paths[0].unacknowledged, true);
  assert.deepEqual(report.paths[0].findings, [], 'the silenced finding is not listed');
  const off = listPaths(loop, { config: { rules: { 'unacknowledged-emotion': 'off' } } });
  assert.equal(off.paths[1].unacknowledged, true);
  assert.ok(off.paths.every((p) => p.findings.every((f) => f.ruleId !== 'unacknowledged-emotion')));
});

test('a script with exponentially many paths is cut at MAX_PATHS and says so; a file without sections is one path', () => {
  let text = '';
  for (let i = 0; i < 12; i++) text += `# s${i}\nAgent: Step ${i}.\n* left -> s${i + 1}\n* right -> s${i + 1}\n`;
  text += '# s12\nAgent: Done.\n';
  const report = listPaths(text);
  assert.equal(report.truncated, false, 'choices to the same section are one way on');
  let wide = '';
  for (let i = 0; i < 12; i++) wide += `# s${i}\nAgent: Step ${i}.\n* left -> l${i}\n* right -> r${i}\n# l${i}\nAgent: Left.\n-> s${i + 1}\n# r${i}\nAgent: Right.\n-> s${i + 1}\n`;
  wide += '# s12\nAgent: Done.\n';
  const cut = listPaths(wide);
  assert.equal(cut.truncated, true);
  assert.equal(cut.paths.length, MAX_PATHS);
  const linear = listPaths('Customer: I just got engaged!\nAgent: Congratulations!\n');
  assert.deepEqual(
    linear.paths.map((p) => [p.sections, p.cues.map((c) => c.acknowledged)]),
    [[[''], [true]]],
  );
});
