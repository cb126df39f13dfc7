// The CLI contract from outside: formats, exit codes, one-line errors, file expansion, config lookup, --rule.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_METAS } from '../../server/src/engine/index.js';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github.js';
import { threadCount } from '../../server/src/cli/parallel.js';
import type { FileReport } from '../../server/src/cli/report.js';
import { CLEAN, FLAWED, PHRASE_CONFIG, ROOT, runCli, scratch } from '../cli/harness.js';

const { dir, cleanup } = scratch({
  '.empathylintrc.json': PHRASE_CONFIG,
  'flawed.scenario': FLAWED,
  'clean.scenario': CLEAN,
  'nested/deeper/more.callscript': FLAWED,
  'nested/notes.txt': 'Agent: order thingy',
  'node_modules/dep/skip.scenario': FLAWED,
  'off/.empathylintrc.json': JSON.stringify({ rules: { 'custom-phrase': 'off' }, phrases: [{ text: 'order thingy' }] }),
  'off/x.scenario': FLAWED,
});
after(cleanup);

const json = (stdout: string) => JSON.parse(stdout) as FileReport[];
const messagesOf = (reports: FileReport[], name: string) => reports.find((r) => r.filePath === join(dir, name))!.messages;
/** Exit-2 failures print exactly one line and never a stack trace. */
function assertOneLineFailure(run: { code: number; stderr: string }, mention: string) {
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.ok(run.stderr.includes(mention), run.stderr);
  assert.ok(!run.stderr.includes('    at '), run.stderr);
}

test('json is ESLint-shaped: absolute filePath, 1-based positions, fix ranges, counts', () => {
  const run = runCli(['--format', 'json', 'flawed.scenario', 'clean.scenario'], dir);
  const reports = json(run.stdout);
  assert.equal(reports.length, 2);
  const phrase = messagesOf(reports, 'flawed.scenario').find((m) => m.ruleId === 'custom-phrase');
  assert.ok(phrase, run.stdout);
  assert.deepEqual(
    { severity: phrase.severity, line: phrase.line, column: phrase.column, endLine: phrase.endLine, endColumn: phrase.endColumn },
    { severity: 1, line: 2, column: 27, endLine: 2, endColumn: 39 },
  );
  const offset = FLAWED.indexOf('order thingy');
  assert.deepEqual(phrase.fix, { range: [offset, offset + 'order thingy'.length], text: 'order number' });
  assert.ok(messagesOf(reports, 'flawed.scenario').some((m) => m.ruleId === 'script-structure' && m.line === 3));
  assert.deepEqual(messagesOf(reports, 'clean.scenario'), []);
  for (const r of reports) {
    assert.equal(r.warningCount, r.messages.filter((m) => m.severity === 1).length);
    assert.equal(r.errorCount, r.messages.filter((m) => m.severity === 2).length);
    assert.equal(r.fixableWarningCount, r.messages.filter((m) => m.severity === 1 && m.fix).length);
  }
  // The text is not echoed (ESLint's `source`): the file is on disk.
  assert.ok(reports.every((r) => !('source' in r)));
});

test('json carries every ranked rewrite only with --suggestions', () => {
  const plain = messagesOf(json(runCli(['--format', 'json', 'flawed.scenario'], dir).stdout), 'flawed.scenario');
  assert.ok(plain.every((m) => m.suggestions === undefined));
  const rich = messagesOf(json(runCli(['--format', 'json', '--suggestions', 'flawed.scenario'], dir).stdout), 'flawed.scenario');
  const phrase = rich.find((m) => m.ruleId === 'custom-phrase');
  assert.deepEqual(
    phrase?.suggestions?.map((s) => s.fix.text),
    ['order number'],
  );
});

test('exit codes: 0 clean, 1 with any finding by default, --max-warnings sets the bar, 1 with errors', () => {
  assert.equal(runCli(['clean.scenario'], dir).code, 0);
  const warnOnly = runCli(['--rule', 'script-structure:warn', '--format', 'json', 'flawed.scenario'], dir);
  assert.equal(json(warnOnly.stdout)[0].errorCount, 0);
  assert.equal(warnOnly.code, 1, 'warnings fail by default (--max-warnings 0)');
  assert.equal(warnOnly.stderr, '', 'no extra line when --max-warnings was not given');
  assert.equal(runCli(['--max-warnings', '-1', 'flawed.scenario'], dir).code, 0);
  assert.equal(runCli(['--max-warnings', '1000', 'flawed.scenario'], dir).code, 0);
  const over = runCli(['--max-warnings', '1', 'flawed.scenario'], dir);
  assert.equal(over.code, 1);
  assert.match(over.stderr, /too many warnings \(2, maximum: 1\)/);
  assert.equal(runCli(['--max-warnings', '1000', '--rule', 'script-structure:error', 'flawed.scenario'], dir).code, 1, 'errors fail whatever the warnings bar');
});

test('a missing file is exit 2 with one line naming it', () => {
  assertOneLineFailure(runCli(['missing.scenario'], dir), 'missing.scenario');
  assertOneLineFailure(runCli(['clean.scenario', 'gone/*.scenario'], dir), 'gone/*.scenario');
});

test('bad config JSON and an invalid config are exit 2 with one line naming the config', () => {
  const { dir: bad, cleanup: done } = scratch({ '.empathylintrc.json': '{\n  "rules": {,}\n}', 'a.scenario': CLEAN, 'other.json': '{"rules":{"no-such-rule":"off"},"extra":1}' });
  try {
    const syntax = runCli(['a.scenario'], bad);
    assertOneLineFailure(syntax, '.empathylintrc.json');
    assert.match(syntax.stderr, /line 2, column 13/);
    const invalid = runCli(['--config', 'other.json', 'a.scenario'], bad);
    assertOneLineFailure(invalid, 'other.json');
    assert.match(invalid.stderr, /no-such-rule/);
    assertOneLineFailure(runCli(['--config', 'nope.json', 'a.scenario'], bad), 'nope.json');
  } finally {
    done();
  }
});

test('usage errors are exit 2 with one line: unknown option, unknown rule, bad format, bad --max-warnings', () => {
  assertOneLineFailure(runCli(['--frobnicate'], dir), '--frobnicate');
  assertOneLineFailure(runCli(['--rule', 'no-such-rule:off', 'clean.scenario'], dir), 'no-such-rule');
  assertOneLineFailure(runCli(['--rule', 'custom-phrase:loud', 'clean.scenario'], dir), 'custom-phrase:loud');
  assertOneLineFailure(runCli(['--format', 'xml', 'clean.scenario'], dir), 'xml');
  assertOneLineFailure(runCli(['--max-warnings', 'many', 'clean.scenario'], dir), 'many');
  assertOneLineFailure(runCli(['--fix', '--fix-dry-run', 'clean.scenario'], dir), '--fix-dry-run');
});

test('--rule turns a rule off or up, over the config', () => {
  const off = json(runCli(['--format', 'json', '--rule', 'custom-phrase:off', 'flawed.scenario'], dir).stdout);
  assert.ok(!off[0].messages.some((m) => m.ruleId === 'custom-phrase'));
  const up = json(runCli(['--format', 'json', '--rule', 'custom-phrase:error', 'flawed.scenario'], dir).stdout);
  assert.equal(up[0].messages.find((m) => m.ruleId === 'custom-phrase')?.severity, 2);
});

test('--quiet reports errors only', () => {
  const run = runCli(['--format', 'json', '--quiet', '--rule', 'script-structure:error', 'flawed.scenario'], dir);
  assert.deepEqual(
    json(run.stdout)[0].messages.map((m) => m.ruleId),
    ['script-structure'],
  );
  assert.equal(run.code, 1);
});

test('the nearest config up the tree applies; --config overrides it', () => {
  const nested = json(runCli(['--format', 'json', 'off/x.scenario', 'nested/deeper/more.callscript'], dir).stdout);
  assert.ok(!messagesOf(nested, 'off/x.scenario').some((m) => m.ruleId === 'custom-phrase'), 'off/ config turns the rule off');
  assert.ok(
    messagesOf(nested, 'nested/deeper/more.callscript').some((m) => m.ruleId === 'custom-phrase'),
    'root config found from two levels down',
  );
  const explicit = json(runCli(['--format', 'json', '--config', '.empathylintrc.json', 'off/x.scenario'], dir).stdout);
  assert.ok(explicit[0].messages.some((m) => m.ruleId === 'custom-phrase'));
});

test('directories recurse for .scenario and .callscript, skipping node_modules; globs expand', () => {
  const all = json(runCli(['--format', 'json', '.'], dir).stdout)
    .map((r) => r.filePath)
    .sort();
  const expected = ['clean.scenario', 'flawed.scenario', 'nested/deeper/more.callscript', 'off/x.scenario'].map((f) => join(dir, f)).sort();
  assert.deepEqual(all, expected);
  const globbed = json(runCli(['--format', 'json', 'nested/**/*.callscript'], dir).stdout).map((r) => r.filePath);
  assert.deepEqual(globbed, [join(dir, 'nested/deeper/more.callscript')]);
  const explicitTxt = json(runCli(['--format', 'json', 'nested/notes.txt'], dir).stdout);
  assert.equal(explicitTxt.length, 1, 'a file named explicitly is linted whatever its extension');
});

test('--concurrency 2 (worker threads) gives the same report as one thread', () => {
  const one = runCli(['--format', 'json', '--concurrency', 'off', '.'], dir);
  const two = runCli(['--format', 'json', '--concurrency', '2', '.'], dir);
  assert.equal(two.stderr, '');
  assert.equal(two.code, one.code);
  assert.deepEqual(json(two.stdout), json(one.stdout));
  assertOneLineFailure(runCli(['--concurrency', 'lots', '.'], dir), 'lots');
});

test('threads: one for small runs, as asked otherwise (never more than files)', () => {
  assert.equal(threadCount([100, 200, 300], 'auto'), 1);
  assert.equal(threadCount(new Array(400).fill(2_000_000), 'auto') >= 1, true);
  assert.equal(threadCount([1, 2], 8), 2);
  assert.equal(threadCount([1, 2, 3], 1), 1);
});

test('preview is dispatched to the preview command; a bad call is one line, exit 2', () => {
  const run = runCli(['preview'], dir);
  assertOneLineFailure(run, 'preview');
});

test('sarif is 2.1.0 with every rule (help URIs) and located results', () => {
  const run = runCli(['--format', 'sarif', 'flawed.scenario'], dir);
  const log = JSON.parse(run.stdout);
  assert.equal(log.version, '2.1.0');
  const sarifRun = log.runs[0];
  assert.deepEqual(
    sarifRun.tool.driver.rules.map((r: { id: string }) => r.id),
    RULE_METAS.map((m) => m.id),
  );
  for (const rule of sarifRun.tool.driver.rules) assert.equal(rule.helpUri, RULE_METAS.find((m) => m.id === rule.id)!.docsUrl);
  const result = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'custom-phrase');
  assert.equal(result.level, 'warning');
  assert.equal(sarifRun.tool.driver.rules[result.ruleIndex].id, 'custom-phrase');
  const location = result.locations[0].physicalLocation;
  assert.equal(location.artifactLocation.uri, 'flawed.scenario');
  assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
  assert.deepEqual(location.region, { startLine: 2, startColumn: 27, endLine: 2, endColumn: 39 });
});

test('github format prints one escaped annotation per finding', () => {
  const { dir: odd, cleanup: done } = scratch({ '.empathylintrc.json': PHRASE_CONFIG, 'a,b:c.scenario': FLAWED });
  try {
    const run = runCli(['--format', 'github', '--rule', 'script-structure:error', '.'], odd);
    const lines = run.stdout.trim().split('\n');
    assert.ok(lines.includes('::warning file=a%2Cb%3Ac.scenario,line=2,col=27,endLine=2,endColumn=39,title=custom-phrase::' + escapeData(phraseMessage(odd))), run.stdout);
    assert.ok(lines.some((l) => l.startsWith('::error file=a%2Cb%3Ac.scenario,line=3,') && l.includes('title=script-structure::')));
    assert.equal(run.code, 1);
  } finally {
    done();
  }
  assert.equal(escapeData('100% done\r\nnext'), '100%25 done%0D%0Anext');
  assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
});

/** The custom-phrase message as the JSON format reports it in `cwd`. */
function phraseMessage(cwd: string): string {
  const reports = json(runCli(['--format', 'json', '.'], cwd).stdout);
  return reports[0].messages.find((m) => m.ruleId === 'custom-phrase')!.message;
}

test('stylish groups by file with a summary; colors only when asked or on a terminal', () => {
  const plain = runCli(['flawed.scenario', 'clean.scenario'], dir);
  assert.ok(plain.stdout.includes('\nflawed.scenario\n'), plain.stdout);
  assert.match(plain.stdout, /^ {2}2:27 +warning .*custom-phrase$/m);
  assert.match(plain.stdout, /✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/);
  assert.match(plain.stdout, /potentially fixable with the `--fix` option/);
  assert.ok(!plain.stdout.includes('\u001b['), 'no ANSI codes in a pipe');
  assert.ok(runCli(['--color', 'flawed.scenario'], dir).stdout.includes('\u001b['));
  assert.equal(runCli(['clean.scenario'], dir).stdout, '', 'nothing to say on a clean file');
});

test('--help and --version', () => {
  const help = runCli(['--help'], dir);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: empathy-lint/);
  const version = runCli(['--version'], dir);
  assert.equal(version.code, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});

test('--stdin lints standard input as --stdin-filename (its config applies, never written)', () => {
  const run = runCli(['--stdin', '--stdin-filename', 'nested/typed.scenario', '--format', 'json'], dir, FLAWED);
  const [report] = json(run.stdout);
  assert.equal(report.filePath, join(dir, 'nested/typed.scenario'));
  assert.ok(
    report.messages.some((m) => m.ruleId === 'custom-phrase' && m.line === 2),
    'root config found from the named file',
  );
  const dry = json(runCli(['--stdin', '--fix-dry-run', '--format', 'json'], dir, FLAWED).stdout)[0];
  assert.equal(dry.filePath, join(dir, '<text>'));
  assert.equal(dry.output, FLAWED.replace('order thingy', 'order number'));
  assertOneLineFailure(runCli(['--stdin', '--fix'], dir, FLAWED), '--fix-dry-run');
  assertOneLineFailure(runCli(['--stdin', 'clean.scenario'], dir, FLAWED), '--stdin');
});

test('-o writes the report to a file', () => {
  const run = runCli(['--format', 'json', '-o', 'report.json', 'flawed.scenario'], dir);
  assert.equal(run.stdout, '');
  assert.equal(json(readFileSync(join(dir, 'report.json'), 'utf8'))[0].filePath, join(dir, 'flawed.scenario'));
});

test('binary and invalid UTF-8 files still get valid JSON and exit 0 or 1', () => {
  const { dir: odd, cleanup: done } = scratch({
    'bin.scenario': Buffer.from([0x41, 0x67, 0, 0xff, 0x10, 0x0a, 0x00, 0x80]),
    'latin1.scenario': Buffer.from('Agent: Voil\xe0 order thingy\n', 'latin1'),
    '.empathylintrc.json': PHRASE_CONFIG,
  });
  try {
    const run = runCli(['--format', 'json', '.'], odd);
    assert.ok([0, 1].includes(run.code), run.stderr);
    assert.equal(json(run.stdout).length, 2);
  } finally {
    done();
  }
});

test('an unreadable file is exit 2 with one line naming it, the rest still reported', { skip: process.getuid?.() === 0 && 'root reads any file' }, () => {
  const { dir: locked, cleanup: done } = scratch({ 'a.scenario': CLEAN, 'b.scenario': CLEAN });
  try {
    chmodSync(join(locked, 'b.scenario'), 0);
    const run = runCli(['--format', 'json', 'a.scenario', 'b.scenario'], locked);
    assertOneLineFailure(run, 'b.scenario');
    assert.equal(json(run.stdout).length, 1);
  } finally {
    done();
  }
});

test('a directory without scripts is exit 2 naming it', () => {
  mkdirSync(join(dir, 'empty'), { recursive: true });
  writeFileSync(join(dir, 'empty', 'readme.md'), '# nothing');
  assertOneLineFailure(runCli(['empty'], dir), 'empty');
});

test('policy-apology (the contract example): reported on line 2, exit 1, --fix on CRLF rewrites only that line', () => {
  const { dir: pa, cleanup: done } = scratch({
    'bad.scenario': "Customer: The fee is too high.\nAgent: I'm sorry, but it's our policy to charge that fee.\n",
    'crlf.scenario': 'Customer: Why the fee?\r\nAgent: I apologize for our policy, the fee applies.\r\nCustomer: Okay.\r\n',
  });
  try {
    const run = runCli(['--format', 'json', 'bad.scenario'], pa);
    assert.equal(run.code, 1);
    const finding = json(run.stdout)[0].messages.find((m) => m.ruleId === 'policy-apology');
    assert.equal(finding?.line, 2);
    assert.equal(runCli(['--rule', 'policy-apology:off', 'bad.scenario'], pa).code, 0);
    runCli(['--fix', 'crlf.scenario'], pa);
    const lines = readFileSync(join(pa, 'crlf.scenario'), 'utf8').split('\r\n');
    assert.equal(lines.length, 4);
    assert.equal(lines[0], 'Customer: Why the fee?');
    assert.notEqual(lines[1], 'Agent: I apologize for our policy, the fee applies.');
    assert.ok(lines[1].startsWith('Agent: '));
    assert.equal(lines[2], 'Customer: Okay.');
  } finally {
    done();
  }
});
