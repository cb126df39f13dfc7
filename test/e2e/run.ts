// `npm run test:e2e`: the packaged extension in a real VS Code workbench (code-server) driven
// through chromium, doing what a training designer does, with a screenshot of each step in
// test-artifacts/e2e/. Every check waits on what the user would see, never on a fixed delay.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Artifacts } from './lib/artifacts.js';
import { expandSnippetDefaults } from './lib/extension.js';
import { E2eSession, FIXTURES_IN_WORKSPACE, REPO_ROOT } from './lib/session.js';
import { UI_TIMEOUT_MS, formatRows, type Workbench } from './lib/workbench.js';
import { expectedFindings, findingOf, firstLine, normalizeSpace, shownMessage, textAfterFixAll } from './oracle.js';

/** A first run installs code-server (3–4 min on a busy 2-core machine); afterwards startup takes about 30 s. */
const STARTUP_TIMEOUT_MS = 900_000;
const SCENARIO_TIMEOUT_MS = 120_000;

/** The scenario file with known mistakes, its twin that the fix scenarios edit, and their config. */
const SCENARIO_FILE = 'price-increase.scenario';
const FIX_FILE = 'quick-fix.scenario';
const CONFIG_FILE = '.empathylintrc.json';
const NEW_CALLSCRIPT = 'new-call.callscript';
/** Rule IDs the fixture's mistakes are written to trigger (the contract's own example phrases). */
const EXPECTED_RULES = ['policy-apology', 'dismissive-phrasing', 'patronizing-tone', 'script-structure'];
/** The rule the config scenario turns off. */
const RULE_TO_TURN_OFF = 'dismissive-phrasing';
const PREVIEW_COMMAND = 'empathyLint.openPreview';
const PREVIEW_TO_SIDE_COMMAND = 'empathyLint.openPreviewToSide';
/** The width of a preview beside the editor that issue 19 asks to fit. */
const SIDE_PANE_PX = 420;

describe('empathy-lint in VS Code (code-server + chromium)', () => {
  const artifacts = new Artifacts(join(REPO_ROOT, 'test-artifacts', 'e2e'));
  let session: E2eSession | undefined;

  /** The started session (a failed start fails every scenario with its own error). */
  const started = (): E2eSession => {
    if (!session) throw new Error('the e2e session did not start; see the error of the "before" hook');
    return session;
  };
  /** Workspace path of a fixture file. */
  const fixture = (name: string) => started().workspacePath(join(FIXTURES_IN_WORKSPACE, name));
  /** The engine's findings for a fixture file as it is on disk now. */
  const expected = (name: string) => expectedFindings(fixture(name), fixture(CONFIG_FILE));

  before(
    async () => {
      session = await E2eSession.start(artifacts);
    },
    { timeout: STARTUP_TIMEOUT_MS },
  );

  after(async () => {
    await session?.stop();
  });

  it('opening a scenario with mistakes: speaker colors, squiggles, rule IDs in Problems', { timeout: SCENARIO_TIMEOUT_MS }, () =>
    started().run('open-scenario-problems', async (workbench) => {
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${SCENARIO_FILE}`);
      await assertSpeakerLabelColored(workbench, 'Thank you for calling');
      await workbench.squiggles.first().waitFor({ timeout: UI_TIMEOUT_MS });
      await workbench.filterProblems(SCENARIO_FILE);
      const findings = expected(SCENARIO_FILE);
      const rows = await workbench.waitForProblems(SCENARIO_FILE, { present: EXPECTED_RULES, count: findings.length }, 'findings of the scenario');
      for (const { finding, line } of findings) {
        const message = normalizeSpace(firstLine(shownMessage(finding)));
        const row = rows.find((candidate) => candidate.code === finding.ruleId && candidate.line === line && normalizeSpace(candidate.message) === message);
        assert.ok(row, `no Problems row for ${finding.ruleId} on line ${line} saying "${message}":\n${formatRows(rows)}`);
        assert.equal(row.source, 'empathy-lint');
      }
    }),
  );

  it('hovering a squiggle shows the rule and better phrasings', { timeout: SCENARIO_TIMEOUT_MS }, () =>
    started().run('hover-better-phrasing', async (workbench) => {
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${SCENARIO_FILE}`);
      const apology = findingOf(expected(SCENARIO_FILE), 'policy-apology', "I'm sorry");
      const hover = await workbench.hover(await workbench.squiggleOnLine('our policy is'));
      await hover.getByText('policy-apology').first().waitFor({ timeout: UI_TIMEOUT_MS });
      await hover.getByText('Why it matters').first().waitFor({ timeout: UI_TIMEOUT_MS });
      const text = normalizeSpace(await hover.innerText());
      assert.ok(/better phrasing/i.test(text), `the hover offers no better phrasing: ${text}`);
      // VS Code shows the diagnostic's message once; the server's part adds to it and never repeats it
      const message = normalizeSpace(firstLine(apology.finding.message));
      assert.equal(text.split(message).length - 1, 1, `the hover shows the message other than once: ${text}`);
      assert.ok(!/\((?:warn|error)\)|\(\d+, \d+\)/.test(text.replace(/\(\d+, \d+\)$/, '')), `jargon in the hover: ${text}`);
      const better = apology.finding.suggestions
        .flatMap((suggestion) => [suggestion.title, suggestion.fix.text])
        .map(normalizeSpace)
        .filter((rewrite) => rewrite.length > 3);
      assert.ok(
        better.some((rewrite) => text.includes(rewrite)),
        `the hover shows none of the engine's rewrites ${JSON.stringify(better)}: ${text}`,
      );
    }),
  );

  it('the status bar shows the findings count', { timeout: SCENARIO_TIMEOUT_MS }, () =>
    started().run('status-bar-count', async (workbench) => {
      await workbench.dismissWidgets();
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${SCENARIO_FILE}`);
      await assertStatusBarCount(workbench, expected(SCENARIO_FILE).length);
    }),
  );

  it('the preferred quick fix (Ctrl+.) rewrites the line and the finding leaves Problems', { timeout: SCENARIO_TIMEOUT_MS }, () =>
    started().run('quick-fix-preferred', async (workbench) => {
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${FIX_FILE}`);
      await workbench.filterProblems(FIX_FILE);
      await workbench.waitForProblems(FIX_FILE, { present: ['policy-apology'] }, 'before the quick fix');
      const apology = findingOf(expected(FIX_FILE), 'policy-apology', "I'm sorry");
      await workbench.goTo(apology.line, apology.column + 1);
      const labels = await workbench.openQuickFixMenu();
      // the first action is the preferred rewrite, titled with the whole line it leaves (issue 19, item 1)
      const lineAfter = /^Rewrite as "(.+)"$/.exec(labels[0] ?? '')?.[1];
      assert.ok(lineAfter, `the Ctrl+. menu does not start with a full-line rewrite: ${JSON.stringify(labels)}`);
      const spoken = firstLine(readFileSync(fixture(FIX_FILE), 'utf8').split('\n')[apology.line - 1]).replace(/^\s*Agent:\s*/, '');
      assert.ok(lineAfter.split(' ').length >= 4 && lineAfter !== spoken, `the rewrite is not a whole new line: ${lineAfter}`);
      await workbench.page.keyboard.press('Enter');
      await workbench.lineContaining(lineAfter).waitFor({ timeout: UI_TIMEOUT_MS });
      await workbench.waitForProblems(FIX_FILE, { absent: ['policy-apology'], atLeast: 1 }, 'after the quick fix');
      await workbench.save(FIX_FILE);
      assert.ok(readFileSync(fixture(FIX_FILE), 'utf8').includes(lineAfter), 'the saved file lacks the rewritten line');
    }),
  );

  it('"Fix all" clears every auto-fixable finding', { timeout: SCENARIO_TIMEOUT_MS }, () =>
    started().run('fix-all', async (workbench) => {
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${FIX_FILE}`);
      await workbench.filterProblems(FIX_FILE);
      const before = expected(FIX_FILE);
      const fixable = before.filter((item) => item.finding.fix);
      assert.ok(fixable.length >= 2, `the fixture should still have auto-fixable findings: ${before.map((item) => item.finding.ruleId).join(', ')}`);
      await workbench.goTo(fixable[0].line, fixable[0].column + 1);
      await workbench.openQuickFixMenu();
      const fixedText = textAfterFixAll(fixture(FIX_FILE), fixture(CONFIG_FILE));
      await workbench.chooseQuickFix(/^Fix all/i);
      await workbench.waitForUnsaved(FIX_FILE);
      await workbench.save(FIX_FILE);
      assert.equal(readFileSync(fixture(FIX_FILE), 'utf8'), fixedText, "Fix all in VS Code differs from the engine's fixText");
      const after = expected(FIX_FILE);
      assert.deepEqual(
        after.filter((item) => item.finding.fix).map((item) => item.finding.ruleId),
        [],
        'the engine still finds fixable findings after Fix all',
      );
      await workbench.waitForProblems(FIX_FILE, { absent: [...new Set(fixable.map((item) => item.finding.ruleId))], count: after.length }, 'after Fix all');
      if (after.length > 0) await assertStatusBarCount(workbench, after.length);
    }),
  );

  it('turning a rule off in .empathylintrc.json removes its findings without a reload', { timeout: SCENARIO_TIMEOUT_MS }, () =>
    started().run('config-rule-off', async (workbench) => {
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${SCENARIO_FILE}`);
      await workbench.filterProblems(SCENARIO_FILE);
      await workbench.waitForProblems(SCENARIO_FILE, { present: [RULE_TO_TURN_OFF] }, 'before the config change');
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${CONFIG_FILE}`);
      const rulesLine =
        readFileSync(fixture(CONFIG_FILE), 'utf8')
          .split('\n')
          .findIndex((line) => line.includes('"rules"')) + 1;
      assert.ok(rulesLine > 0, `the fixture ${CONFIG_FILE} has no "rules" object`);
      await workbench.typeNewLineAfter(rulesLine, `"${RULE_TO_TURN_OFF}": "off",`);
      await workbench.save(CONFIG_FILE);
      const saved = JSON.parse(readFileSync(fixture(CONFIG_FILE), 'utf8')) as { rules?: Record<string, unknown> };
      assert.equal(saved.rules?.[RULE_TO_TURN_OFF], 'off', `typing left ${CONFIG_FILE} as ${JSON.stringify(saved)}`);
      const remaining = expected(SCENARIO_FILE);
      await workbench.waitForProblems(SCENARIO_FILE, { absent: [RULE_TO_TURN_OFF], count: remaining.length }, `after turning ${RULE_TO_TURN_OFF} off`);
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${SCENARIO_FILE}`);
    }),
  );

  it('a snippet prefix in a new .callscript inserts the scenario skeleton', { timeout: SCENARIO_TIMEOUT_MS }, () =>
    started().run('snippet-skeleton', async (workbench) => {
      const snippets = started().manifest.snippetsFor('callscript');
      const snippet =
        snippets.find((candidate) => /company|mistake/i.test(`${candidate.prefix} ${candidate.name}`) && candidate.body.some((line) => /^\s*Agent:/.test(line))) ??
        snippets.find((candidate) => candidate.body.some((line) => /^\s*Agent:/.test(line)));
      assert.ok(snippet, 'no callscript snippet writes an agent turn');
      writeFileSync(fixture(NEW_CALLSCRIPT), '');
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${NEW_CALLSCRIPT}`);
      await workbench.editor.locator('.view-lines').click();
      await workbench.page.keyboard.type(snippet.prefix);
      await workbench.acceptSuggestion(snippet.prefix);
      const skeleton = expandSnippetDefaults(snippet.body)
        .map((line) => normalizeSpace(line))
        .filter((line) => /^(?:Agent|Customer):|^# /.test(line));
      for (const line of skeleton.slice(0, 4)) await workbench.lineContaining(line).waitFor({ timeout: UI_TIMEOUT_MS });
      await workbench.dismissWidgets();
      await workbench.save(NEW_CALLSCRIPT);
      await workbench.filterProblems(NEW_CALLSCRIPT);
      await workbench.waitForProblems(NEW_CALLSCRIPT, { count: expected(NEW_CALLSCRIPT).length }, 'the inserted skeleton, linted');
    }),
  );

  it('the mock-call preview shows bubbles and a branch button walks the branch', { timeout: SCENARIO_TIMEOUT_MS }, () =>
    started().run('preview-walk-branch', async (workbench) => {
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${SCENARIO_FILE}`);
      await workbench.hidePanel();
      await workbench.runCommand(started().manifest.commandLabel(PREVIEW_COMMAND));
      const preview = workbench.webview();
      await preview.locator('.ep-turn .ep-bubble').filter({ visible: true }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      await preview.getByRole('button', { name: 'Walk the call' }).click();
      const walk = preview.locator('#ep-walk');
      await walk.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
      const branchLine = walk.locator('.ep-bubble', { hasText: 'the price is the price' });
      assert.equal(await branchLine.count(), 0, 'the discount branch shows before it was chosen');
      const choice = walk.locator('.ep-choice', { hasText: 'Customer asks for a discount' }).first();
      await choice.click();
      await branchLine.first().waitFor({ timeout: UI_TIMEOUT_MS });
      await walk.locator('.ep-choice.ep-chosen', { hasText: 'Customer asks for a discount' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      const patronizing = findingOf(expected(SCENARIO_FILE), 'patronizing-tone', 'already explained');
      await walk
        .locator('.ep-finding', { hasText: patronizing.finding.ruleId })
        .filter({ hasText: firstLine(patronizing.finding.message) })
        .first()
        .waitFor({ timeout: UI_TIMEOUT_MS });
    }),
  );

  it("the Problems panel lists only the open scripts' findings (lintScope openFiles)", { timeout: SCENARIO_TIMEOUT_MS }, () =>
    started().run('problems-open-files-only', async (workbench) => {
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${SCENARIO_FILE}`);
      await workbench.filterProblems(SCENARIO_FILE);
      await workbench.waitForProblems(SCENARIO_FILE, { count: expected(SCENARIO_FILE).length }, 'the open scenario');
      await workbench.clearProblemsFilter();
      const open = new Set(await workbench.openTabNames());
      const rows = (await workbench.problems()).filter((row) => row.source === 'empathy-lint');
      // tab labels show file names without their extension
      const closed = rows.filter((row) => !open.has((row.file.split('/').pop() ?? '').replace(/\.[^.]+$/, '')));
      assert.deepEqual(closed, [], `findings of scripts that are not open (open: ${[...open].join(', ')}):\n${formatRows(closed)}`);
      assert.ok(
        rows.some((row) => row.file.endsWith(`/${SCENARIO_FILE}`)),
        'the open scenario has no rows',
      );
      const files = new Set(rows.map((row) => row.file.split('/').pop()));
      assert.ok(files.size >= 2, `the Problems panel shows one file's rows only: is it still filtered? ${[...files].join(', ')}`);
    }),
  );

  it('"Show documentation for <rule>" (Ctrl+.) opens the rule page shipped in the extension, offline', { timeout: SCENARIO_TIMEOUT_MS }, () =>
    started().run('offline-rule-docs', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${SCENARIO_FILE}`);
      const apology = findingOf(expected(SCENARIO_FILE), 'policy-apology', "I'm sorry");
      await workbench.goTo(apology.line, apology.column + 1);
      const labels = await workbench.openQuickFixMenu();
      assert.ok(labels.includes('Show documentation for policy-apology'), `no docs action in the Ctrl+. menu: ${JSON.stringify(labels)}`);
      await workbench.chooseQuickFix(/^Show documentation for policy-apology$/);
      const page = workbench.webview();
      await page.locator('h1', { hasText: 'policy-apology' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      await page.locator('h2', { hasText: 'Why' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      await workbench.movePointerAway();
    }),
  );

  it('code lenses per section; "Play from here" opens the preview at that section', { timeout: SCENARIO_TIMEOUT_MS }, () =>
    started().run('code-lens-play-from-here', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${SCENARIO_FILE}`);
      await workbench.hidePanel();
      const lenses = workbench.codeLenses();
      await lenses
        .filter({ hasText: /\d+ findings?|No findings/ })
        .first()
        .waitFor({ timeout: UI_TIMEOUT_MS });
      const discount = expected(SCENARIO_FILE).filter((item) => item.finding.path?.at(-1) === 'discount');
      assert.ok(discount.length > 0, 'the fixture has a finding in the discount section');
      const play = lenses.locator('a', { hasText: 'Play from here' });
      // one per section (opening, discount, cancel, closing); lenses render as the editor lays them out
      await play
        .nth(3)
        .waitFor({ timeout: UI_TIMEOUT_MS })
        .catch(async () => {
          throw new Error(`no "Play from here" above each section; the lenses read: ${JSON.stringify(await lenses.allInnerTexts())}`);
        });
      await play.nth(1).click(); // the second section: discount
      const preview = workbench.webview();
      const walk = preview.locator('#ep-walk');
      await walk.locator('.ep-section-name', { hasText: 'discount' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      await walk.locator('.ep-bubble', { hasText: 'the price is the price' }).first().waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
      await workbench.movePointerAway();
    }),
  );

  it('the preview in a ~420 px side pane shows the first turn without scrolling; the count stays in the status bar', { timeout: SCENARIO_TIMEOUT_MS }, () =>
    started().run('preview-side-pane-420', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile(`${FIXTURES_IN_WORKSPACE}/${SCENARIO_FILE}`);
      await workbench.hidePanel();
      await workbench.runCommand(started().manifest.commandLabel(PREVIEW_TO_SIDE_COMMAND));
      const preview = workbench.webview();
      await preview.locator('.ep-turn .ep-bubble').filter({ visible: true }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      const width = await workbench.resizeWebviewTo(SIDE_PANE_PX);
      assert.ok(Math.abs(width - SIDE_PANE_PX) <= 40, `the preview pane is ${width} px wide`);
      const first = preview.locator('.ep-turn').filter({ visible: true }).first();
      await first.waitFor({ timeout: UI_TIMEOUT_MS });
      const placement = await first.evaluate((turn) => ({ top: turn.getBoundingClientRect().top, viewport: window.innerHeight, scrollY: window.scrollY }));
      assert.ok(placement.scrollY === 0 && placement.top + 30 < placement.viewport, `the first turn is not visible without scrolling: ${JSON.stringify(placement)}`);
      await preview.locator('.ep-title').click(); // focus the preview
      await assertStatusBarCount(workbench, expected(SCENARIO_FILE).length);
      await workbench.movePointerAway();
    }),
  );
});

/** Asserts the speaker label of a rendered line gets a token colour of its own once the grammar has tokenized it. */
async function assertSpeakerLabelColored(workbench: Workbench, lineText: string): Promise<void> {
  const colored = await workbench.waitForTokenColorsToDiffer(lineText, /^\s*Agent/, /Thank/);
  assert.ok(colored, `the speaker label has no color of its own: ${JSON.stringify(await workbench.tokensOfLine(lineText))}`);
}

/** Asserts an empathy-lint status bar item shows `count` (the active script's findings). */
async function assertStatusBarCount(workbench: Workbench, count: number): Promise<void> {
  const item = workbench.statusBarItem([new RegExp(`\\b${count}\\b`), /empathy|finding|issue|problem/i]);
  await item.waitFor({ timeout: UI_TIMEOUT_MS }).catch(async () => {
    throw new Error(`no status bar item shows ${count} findings; the status bar reads: ${await workbench.statusBarText()}`);
  });
}
