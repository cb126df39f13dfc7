// Code lenses above each `# section` of a branching script: what the section holds for a reviewer
// ("2 findings · 1 unacknowledged cue", which opens the Problems panel) and "▶ Play from here",
// which opens the mock-call preview at that section. Other editors may not know the commands;
// the titles still read as a summary.
import type { CodeLens } from 'vscode-languageserver';
import { spanToRange, type Finding, type ScriptDocument } from '../engine/index.js';
import { PLAY_FROM_SECTION_COMMAND } from '../../../shared/protocol.js';
/** VS Code's own command that shows the Problems panel. */
const SHOW_PROBLEMS_COMMAND = 'workbench.actions.view.problems';
/** The rule whose findings are cues the agent never acknowledged. */
const UNACKNOWLEDGED_RULE = 'unacknowledged-emotion';

/** Two lenses per named section; none for a script without sections. */
export function codeLenses(doc: ScriptDocument, findings: readonly Finding[], uri: string): CodeLens[] {
  if (!doc.hasSections) return [];
  const lenses: CodeLens[] = [];
  for (const section of doc.sections) {
    if (!section.name) continue;
    const inside = findings.filter((f) => f.span.start >= section.span.start && f.span.start < Math.max(section.span.end, section.span.start + 1));
    const unacknowledged = inside.filter((f) => f.ruleId === UNACKNOWLEDGED_RULE).length;
    const range = spanToRange(doc.lineStarts, section.headerSpan);
    lenses.push(
      { range, command: { title: summary(inside.length, unacknowledged), command: SHOW_PROBLEMS_COMMAND } },
      { range, command: { title: '▶ Play from here', command: PLAY_FROM_SECTION_COMMAND, arguments: [uri, section.line] } },
    );
  }
  return lenses;
}

/** "2 findings · 1 unacknowledged cue", "1 finding", "No findings". */
export function summary(findings: number, unacknowledged: number): string {
  if (findings === 0) return 'No findings';
  const parts = [plural(findings, 'finding')];
  if (unacknowledged > 0) parts.push(plural(unacknowledged, 'unacknowledged cue'));
  return parts.join(' · ');
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
