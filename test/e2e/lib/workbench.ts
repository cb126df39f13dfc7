// The VS Code workbench as a user drives it: the command palette, quick open, the editor,
// the Problems panel, hovers and the quick-fix menu. Every wait is on a DOM state the user
// would see (a row, a squiggle, a widget), never on a fixed delay.
import { basename, dirname } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';

/** Default wait for a UI state: generous, since the 2-core machine is shared. */
export const UI_TIMEOUT_MS = 30_000;
/** Characters of a line sure to render on its first visual row in a 1440-pixel window. */
const WRAP_SAFE_LENGTH = 60;

/** One marker row of the Problems panel, with the file it is listed under. */
export interface ProblemRow {
  file: string;
  message: string;
  source: string;
  code: string;
  line: number;
  severity: 'error' | 'warning' | 'info' | 'hint' | 'unknown';
}

/** What the Problems rows of one file must show: codes present, codes absent, an exact row count, a minimum. */
export interface ProblemQuery {
  present?: string[];
  absent?: string[];
  count?: number;
  atLeast?: number;
}

declare global {
  interface Window {
    /** Installed by PAGE_HELPERS_SCRIPT: reads the Problems panel rows in the page. */
    e2eReadProblems(): ProblemRow[];
  }
}

/** Reads the Problems panel rows in the page; runs in the browser, so it is self-contained. */
function readProblemRowsInPage(): ProblemRow[] {
  const list = document.querySelector('.markers-panel .monaco-list-rows');
  if (!list) return [];
  const rows = [...list.querySelectorAll<HTMLElement>('.monaco-list-row')].sort((a, b) => a.offsetTop - b.offsetTop);
  const found: ProblemRow[] = [];
  let file = '';
  for (const row of rows) {
    const resource = row.querySelector('.resource-label-container .monaco-icon-label');
    if (resource) {
      file = resource.getAttribute('aria-label') ?? '';
      continue;
    }
    const iconElement = row.querySelector('.marker-icon');
    // Rows without a severity icon are a marker's related information (e.g. the customer line that set the context).
    if (!iconElement) continue;
    const text = (selector: string) => row.querySelector(selector)?.textContent?.trim() ?? '';
    const icon = iconElement.className;
    const severity = (['error', 'warning', 'info', 'hint'] as const).find((name) => icon.includes(name)) ?? 'unknown';
    const line = Number(/Ln (\d+)/.exec(text('.marker-line'))?.[1] ?? 0);
    found.push({ file, message: text('.marker-message'), source: text('.marker-source'), code: text('.marker-code'), line, severity });
  }
  return found;
}

/**
 * Installed in every frame before the workbench loads. tsx compiles with esbuild's keepNames,
 * so functions passed to page.evaluate may call a `__name` helper the page does not have.
 */
export const PAGE_HELPERS_SCRIPT = `globalThis.__name = (fn) => fn; globalThis.e2eReadProblems = ${readProblemRowsInPage.toString()};`;

/** A rendered editor line and the colours of its tokens. */
export interface RenderedToken {
  text: string;
  color: string;
}

/** Drives one code-server workbench page. */
export class Workbench {
  constructor(readonly page: Page) {}

  /** Opens the workbench and waits until the explorer shows the workspace's files. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
  }

  /** The quick input (command palette, quick open) box. */
  private get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** Runs a command by its palette label (e.g. "View: Focus Problems"), picking the row whose label matches exactly. */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.quickInput.locator('input');
    await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await input.fill(`>${label}`);
    const row = this.quickInput.locator('.quick-input-list .monaco-list-row', { has: this.page.locator('.label-name', { hasText: exactText(label) }) }).first();
    await row.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await row.click();
    await this.movePointerAway();
    await this.quickInput.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  }

  /** Parks the mouse on the activity bar's empty space, so no tooltip covers the screenshot. */
  async movePointerAway(): Promise<void> {
    const viewport = this.page.viewportSize();
    await this.page.mouse.move(20, (viewport?.height ?? 900) / 2);
  }

  /** Opens a workspace file (path relative to the workspace) through quick open (Ctrl+P); waits until its editor is active. */
  async openFile(relativePath: string): Promise<void> {
    const fileName = basename(relativePath);
    const folder = dirname(relativePath);
    await this.page.keyboard.press('Control+p');
    const input = this.quickInput.locator('input');
    await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await input.fill(relativePath);
    let row = this.quickInput.locator('.quick-input-list .monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: exactText(fileName) }) });
    if (folder !== '.') row = row.filter({ has: this.page.locator('.label-description', { hasText: folder }) });
    await row.first().waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await row.first().click();
    await this.movePointerAway();
    await this.activeTab(fileName).waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await this.editor.locator('.view-line').first().waitFor({ timeout: UI_TIMEOUT_MS });
  }

  /** The active editor tab, when it shows `fileName`. */
  activeTab(fileName: string): Locator {
    return this.page.locator('.tabs-container .tab.active', { hasText: fileName });
  }

  /** The active text editor. */
  get editor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** The rendered editor line containing `text`; a long text is matched by its start, since a wrapped line renders in pieces. */
  lineContaining(text: string): Locator {
    return this.editor.locator('.view-line', { hasText: text.slice(0, WRAP_SAFE_LENGTH) }).first();
  }

  /** The tokens (text and computed colour) of the rendered line containing `text`. */
  async tokensOfLine(text: string): Promise<RenderedToken[]> {
    return this.lineContaining(text).evaluate((line) =>
      [...line.querySelectorAll<HTMLElement>('span > span')].map((span) => ({ text: (span.textContent ?? '').replace(/\u00a0/g, ' '), color: getComputedStyle(span).color })),
    );
  }

  /** Waits until, on the line containing `lineText`, the token matching `first` and the one matching `second` differ in colour; false if they never do. */
  async waitForTokenColorsToDiffer(lineText: string, first: RegExp, second: RegExp): Promise<boolean> {
    return this.page
      .waitForFunction(
        ({ lineText, first, second }) => {
          const clean = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');
          const line = [...document.querySelectorAll('.editor-instance .view-line')].find((candidate) => clean(candidate.textContent).includes(lineText));
          const spans = line ? [...line.querySelectorAll<HTMLElement>('span > span')] : [];
          const color = (pattern: RegExp) => {
            const span = spans.find((candidate) => pattern.test(clean(candidate.textContent)));
            return span ? getComputedStyle(span).color : undefined;
          };
          const a = color(first);
          const b = color(second);
          return a !== undefined && b !== undefined && a !== b;
        },
        { lineText, first, second },
        { timeout: UI_TIMEOUT_MS },
      )
      .then(
        () => true,
        () => false,
      );
  }

  /** Squiggles (diagnostic decorations) currently drawn in the active editor. */
  get squiggles(): Locator {
    return this.editor.locator('.view-overlays [class*="squiggly-"]');
  }

  /** The squiggle drawn on the rendered line containing `text`. */
  async squiggleOnLine(text: string): Promise<Locator> {
    const line = this.lineContaining(text);
    await line.waitFor({ timeout: UI_TIMEOUT_MS });
    const lineBox = await line.boundingBox();
    if (!lineBox) throw new Error(`line "${text}" is not rendered`);
    const middle = lineBox.y + lineBox.height / 2;
    const count = await this.squiggles.count();
    for (let index = 0; index < count; index++) {
      const box = await this.squiggles.nth(index).boundingBox();
      if (box && box.y <= middle && middle <= box.y + box.height) return this.squiggles.nth(index);
    }
    throw new Error(`no squiggle on the line containing "${text}"`);
  }

  /** Moves the mouse over `target` and returns the hover widget once it shows. */
  async hover(target: Locator): Promise<Locator> {
    const box = await target.boundingBox();
    if (!box) throw new Error('hover target is not rendered');
    await this.page.mouse.move(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2);
    const hover = this.page.locator('.monaco-hover:visible').first();
    await hover.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    return hover;
  }

  /** Moves the cursor to a 1-based line and column with Go to Line (Ctrl+G), as a keyboard user would. */
  async goTo(line: number, column: number): Promise<void> {
    await this.editor.locator('.view-lines').click();
    await this.page.keyboard.press('Control+g');
    const input = this.quickInput.locator('input');
    await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.quickInput.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
    await this.page
      .locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` })
      .first()
      .waitFor({ timeout: UI_TIMEOUT_MS });
  }

  /** Closes whatever menu, hover or quick input is open, so the next scenario starts clean. */
  async dismissWidgets(): Promise<void> {
    for (let press = 0; press < 3; press++) await this.page.keyboard.press('Escape');
    await this.movePointerAway();
  }

  /** Opens the quick-fix menu at the cursor (Ctrl+.) and returns the labels of its actions. */
  async openQuickFixMenu(): Promise<string[]> {
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    // On a loaded machine the first Ctrl+. can beat the server's code actions for a fresh document
    // version (VS Code then shows "no code actions" and no menu): ask again, up to three times.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Control+Period');
      try {
        await rows.first().waitFor({ state: 'visible', timeout: attempt < 3 ? UI_TIMEOUT_MS / 3 : UI_TIMEOUT_MS });
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
        await this.page.keyboard.press('Escape');
      }
    }
    return rows.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).innerText.trim()));
  }

  /** Applies the quick-fix menu action whose label matches `pattern`. */
  async chooseQuickFix(pattern: RegExp): Promise<string> {
    const row = this.page.locator('.action-widget .monaco-list-row.action').filter({ hasText: pattern }).first();
    await row.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    const label = (await row.innerText()).trim();
    await row.click();
    await row.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
    return label;
  }

  /** Waits until the tab of `fileName` shows unsaved changes (an edit has been applied). */
  async waitForUnsaved(fileName: string): Promise<void> {
    await this.page.locator('.tabs-container .tab.dirty', { hasText: fileName }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  }

  /** Saves the active editor (Ctrl+S) and waits until its tab no longer shows unsaved changes. */
  async save(fileName: string): Promise<void> {
    await this.page.keyboard.press('Control+s');
    await this.page.locator('.tabs-container .tab.active.dirty', { hasText: fileName }).waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
  }

  /** Types `text` on a new line after `line`, key by key: auto-closed quotes are typed over, as when a person types. */
  async typeNewLineAfter(line: number, text: string): Promise<void> {
    await this.goTo(line, 1);
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text);
    await this.dismissWidgets();
  }

  /** Shows the Problems panel. */
  async showProblems(): Promise<void> {
    await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    await this.page.locator('.markers-panel').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  }

  /** Shows the Problems panel with only `fileName`'s rows, through the panel's own filter box. */
  async filterProblems(fileName: string): Promise<void> {
    await this.showProblems();
    const filter = this.page.locator('.part.panel .viewpane-filter input').first();
    await filter.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await filter.fill(`**/${fileName}`);
  }

  /** Reads every rendered row of the Problems panel, each marker with the file it is listed under. */
  async problems(): Promise<ProblemRow[]> {
    return this.page.evaluate(() => window.e2eReadProblems());
  }

  /** Waits (re-checking on every frame) until the Problems rows for `fileName` match `query`; throws with what it last saw. */
  async waitForProblems(fileName: string, query: ProblemQuery, what: string): Promise<ProblemRow[]> {
    try {
      await this.page.waitForFunction(
        ({ fileName, query }) => {
          const rows = window.e2eReadProblems().filter((row) => row.file.endsWith(`/${fileName}`));
          const codes = new Set(rows.map((row) => row.code));
          const present = (query.present ?? []).every((code) => codes.has(code));
          const absent = (query.absent ?? []).every((code) => !codes.has(code));
          const count = query.count === undefined || rows.length === query.count;
          return present && absent && count && rows.length >= (query.atLeast ?? 0);
        },
        { fileName, query },
        { timeout: UI_TIMEOUT_MS },
      );
    } catch (error) {
      const seen = (await this.problems()).filter((row) => row.file.endsWith(`/${fileName}`));
      throw new Error(`${what}: the Problems panel for ${fileName} never showed ${JSON.stringify(query)} (${(error as Error).message.split('\n')[0]}); last seen:\n${formatRows(seen)}`, {
        cause: error,
      });
    }
    return (await this.problems()).filter((row) => row.file.endsWith(`/${fileName}`));
  }

  /** The status bar item whose text or accessible label matches every one of `patterns`. */
  statusBarItem(patterns: RegExp[]): Locator {
    return patterns.reduce((items, pattern) => items.filter({ hasText: pattern }), this.page.locator('.part.statusbar .statusbar-item')).first();
  }

  /** Everything the status bar says, for a failure message. */
  async statusBarText(): Promise<string> {
    const items = await this.page.locator('.part.statusbar .statusbar-item').allInnerTexts();
    return items
      .map((text) => text.trim())
      .filter(Boolean)
      .join(' | ');
  }

  /** Accepts the completion `label` once the suggest widget has it selected (opening the widget with Ctrl+Space if typing did not). */
  async acceptSuggestion(label: string): Promise<void> {
    const widget = this.page.locator('.editor-widget.suggest-widget');
    const labelled = this.page.locator('.label-name', { hasText: exactText(label) });
    if (!(await widget.isVisible())) await this.page.keyboard.press('Control+Space');
    await widget.locator('.monaco-list-row.focused', { has: labelled }).waitFor({ timeout: UI_TIMEOUT_MS });
    await this.page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  }

  /** Hides the bottom panel (Problems), giving the editor area the full height. */
  async hidePanel(): Promise<void> {
    const panel = this.page.locator('.part.panel');
    if (await panel.isVisible()) await this.runCommand('View: Toggle Panel Visibility');
    await panel.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  }

  /** Clears the Problems panel's filter box: every file's rows show. */
  async clearProblemsFilter(): Promise<void> {
    await this.showProblems();
    await this.page.locator('.part.panel .viewpane-filter input').first().fill('');
    // the panel applies its filter after a pause: wait until it no longer says "Showing n of m"
    await this.page
      .locator('.part.panel .viewpane-filter', { hasText: /Showing \d+ of \d+/ })
      .first()
      .waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  }

  /** The file names of the open editor tabs. */
  async openTabNames(): Promise<string[]> {
    const names = await this.page.locator('.tabs-container .tab .label-name').allInnerTexts();
    return names.map((name) => name.trim());
  }

  /** Closes every editor (all are saved by then), so the next webview found is the scenario's own. */
  async closeAllEditors(): Promise<void> {
    await this.runCommand('View: Close All Editors');
    await this.page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
  }

  /** The code lenses rendered in the active editor. */
  codeLenses(): Locator {
    return this.editor.locator('.codelens-decoration');
  }

  /** Resizes the browser window until the webview panel is about `width` px wide; returns the width reached. */
  async resizeWebviewTo(width: number): Promise<number> {
    const frame = this.page.locator('iframe.webview.ready').first();
    const viewport = this.page.viewportSize() ?? { width: 1440, height: 900 };
    let current = (await frame.boundingBox())?.width ?? 0;
    for (let attempt = 0; attempt < 4 && Math.abs(current - width) > 20; attempt++) {
      // two editor groups share the change of window width
      const next = Math.round((this.page.viewportSize()?.width ?? viewport.width) - 2 * (current - width));
      await this.page.setViewportSize({ width: next, height: viewport.height });
      await this.page
        .waitForFunction(
          ({ before }) => {
            const box = document.querySelector('iframe.webview.ready')?.getBoundingClientRect();
            return !!box && Math.abs(box.width - before) > 2;
          },
          { before: current },
          { timeout: UI_TIMEOUT_MS },
        )
        .catch(() => undefined);
      current = (await frame.boundingBox())?.width ?? 0;
    }
    return current;
  }

  /** The content frame of the (one) webview panel: VS Code nests it in two iframes. */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  }
}

/** A regular expression matching exactly `text` (palette rows also show keybindings and detail). */
function exactText(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Problems rows as readable lines for a failure message. */
export function formatRows(rows: ProblemRow[]): string {
  if (rows.length === 0) return '  (none)';
  return rows.map((row) => `  ${row.severity} L${row.line} [${row.source} ${row.code}] ${row.message}`).join('\n');
}
