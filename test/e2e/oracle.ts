// What the workbench should show, computed by the engine itself from the file on disk: the
// end-to-end suite checks that VS Code shows the engine's findings, not a copy of them typed here.
import { readFileSync } from 'node:fs';
import { computeLineStarts, fixText, lint, offsetToPosition, type EmpathyConfig, type Finding, type Fix } from '../../server/src/engine/index.js';

/** A finding with where VS Code shows it (1-based line and column) and the text it covers. */
export interface ExpectedFinding {
  finding: Finding;
  line: number;
  column: number;
  flaggedText: string;
  /** The finding's line as it reads after its safe fix, when it has one. */
  lineAfterFix?: string;
}

/** Reads a config file as the language server should. */
function readConfig(configPath: string): EmpathyConfig {
  return JSON.parse(readFileSync(configPath, 'utf8')) as EmpathyConfig;
}

/** The text "Fix all" should leave: every safe fix applied, as `empathy-lint --fix` does. */
export function textAfterFixAll(filePath: string, configPath: string): string {
  return fixText(readFileSync(filePath, 'utf8'), { config: readConfig(configPath) }).output;
}

/** Lints a workspace file with its config file, as the language server should. */
export function expectedFindings(filePath: string, configPath: string): ExpectedFinding[] {
  const text = readFileSync(filePath, 'utf8');
  const config = readConfig(configPath);
  const lineStarts = computeLineStarts(text);
  return lint(text, { config }).findings.map((finding) => {
    const position = offsetToPosition(lineStarts, finding.span.start);
    const flaggedText = text.slice(finding.span.start, finding.span.end);
    return { finding, line: position.line + 1, column: position.character + 1, flaggedText, lineAfterFix: finding.fix && lineAfter(text, lineStarts[position.line], finding.fix) };
  });
}

/** The single expected finding of `ruleId` whose flagged text includes `words`. */
export function findingOf(findings: ExpectedFinding[], ruleId: string, words: string): ExpectedFinding {
  const match = findings.find((expected) => expected.finding.ruleId === ruleId && expected.flaggedText.includes(words));
  if (!match) throw new Error(`the engine reports no ${ruleId} on "${words}"; it reports: ${findings.map((f) => `${f.finding.ruleId} "${f.flaggedText}"`).join(', ') || 'nothing'}`);
  return match;
}

/**
 * The message as the Problems panel shows it: on a branch, the path through the script is part of the
 * message (the walker's messages name it already; the language server adds it to the others).
 */
export function shownMessage(finding: Finding): string {
  if (!finding.path || finding.path.length < 2 || finding.message.includes('(path: ')) return finding.message;
  return `${finding.message} (path: ${finding.path.join(' -> ')})`;
}

/** The first line of a message: the Problems panel and hovers show messages from there. */
export function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

/** Collapses whitespace, so text read from the DOM compares with text from the engine. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The line starting at `lineStart` once `fix` is applied to `text`. */
function lineAfter(text: string, lineStart: number, fix: Fix): string {
  const fixed = text.slice(0, fix.span.start) + fix.text + text.slice(fix.span.end);
  const end = fixed.indexOf('\n', fix.span.start + fix.text.length);
  return fixed.slice(lineStart, end === -1 ? fixed.length : end).replace(/\r$/, '');
}
