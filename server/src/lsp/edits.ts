// Text edits the server offers: inline disable comments and the minimal edits between two texts.
import type { SnippetTextEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { offsetToPosition } from '../engine/text.js';
import type { Finding, ScriptDocument, Turn } from '../engine/types.js';

/** The document's line break, so inserted lines match it. */
export function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** A workspace edit for one document: versioned `documentChanges` when the client supports them. */
export function workspaceEdit(uri: string, version: number, edits: (TextEdit | SnippetTextEdit)[], documentChanges: boolean): WorkspaceEdit {
  // Snippet edits exist only in documentChanges (the caller offers them only then).
  return documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits.filter((e): e is TextEdit => 'newText' in e) } };
}

/**
 * "Disable <rule> for this line": a `disable-next-line` comment above the flagged line, with its
 * indentation. On a continuation line a comment would split the turn, so the turn is wrapped in
 * `disable` / `enable` comments instead.
 */
export function disableForLineEdits(doc: ScriptDocument, finding: Finding, snippets?: false): TextEdit[];
export function disableForLineEdits(doc: ScriptDocument, finding: Finding, snippets: boolean): (TextEdit | SnippetTextEdit)[];
export function disableForLineEdits(doc: ScriptDocument, finding: Finding, snippets = false): (TextEdit | SnippetTextEdit)[] {
  const eol = eolOf(doc.text);
  const start = offsetToPosition(doc.lineStarts, finding.span.start);
  const turn = turnAt(doc, finding.span.start);
  // The directive ends in ` -- ` for the reason reviewers will read; with snippet edits the cursor waits there.
  const disable = (kind: string, line: number, indent: string): TextEdit | SnippetTextEdit => {
    const opening = `${indent}// empathy-lint-${kind} ${finding.ruleId} --`;
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    return snippets ? { range, snippet: { kind: 'snippet', value: `${escapeSnippet(opening)} $0${eol}` } } : { range, newText: `${opening} ${eol}` };
  };
  if (!turn || turn.line === start.line) return [disable('disable-next-line', start.line, indentOf(doc, start.line))];
  const indent = indentOf(doc, turn.line);
  const lastLine = offsetToPosition(doc.lineStarts, turn.span.end).line;
  const after =
    lastLine + 1 < doc.lineStarts.length
      ? insertAt(lastLine + 1, 0, `${indent}// empathy-lint-enable ${finding.ruleId}${eol}`)
      : insertAt(lastLine, lineLength(doc, lastLine), `${eol}${indent}// empathy-lint-enable ${finding.ruleId}`);
  return [disable('disable', turn.line, indent), after];
}

/** Text taken literally inside a snippet. */
function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** "Disable <rule> in this file": a `disable` comment right after the front matter (or at the top). */
export function disableForFileEdit(doc: ScriptDocument, ruleId: string): TextEdit {
  const eol = eolOf(doc.text);
  const comment = `// empathy-lint-disable ${ruleId}`;
  if (doc.frontMatter) {
    const fmEnd = offsetToPosition(doc.lineStarts, doc.frontMatter.span.end).line;
    if (fmEnd + 1 < doc.lineStarts.length) return insertAt(fmEnd + 1, 0, comment + eol);
    return insertAt(fmEnd, lineLength(doc, fmEnd), eol + comment);
  }
  const bom = doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return insertAt(0, bom, comment + eol);
}

/** Edits turning `before` into `after`: one per changed run of lines, or one covering the changed middle. */
export function diffEdits(before: string, after: string, lineStarts: number[]): TextEdit[] {
  const oldLines = before.split(/(?<=\r\n|\n|\r(?!\n))/);
  const newLines = after.split(/(?<=\r\n|\n|\r(?!\n))/);
  if (oldLines.length !== newLines.length) return [middleEdit(before, after, lineStarts)];
  const edits: TextEdit[] = [];
  for (let i = 0; i < oldLines.length; i++) {
    if (oldLines[i] === newLines[i]) continue;
    let j = i;
    while (j + 1 < oldLines.length && oldLines[j + 1] !== newLines[j + 1]) j++;
    const start = lineStarts[i];
    const end = start + oldLines.slice(i, j + 1).join('').length;
    edits.push({ range: { start: offsetToPosition(lineStarts, start), end: offsetToPosition(lineStarts, end) }, newText: newLines.slice(i, j + 1).join('') });
    i = j;
  }
  return edits;
}

/** One edit replacing whatever lies between the common prefix and the common suffix. */
function middleEdit(before: string, after: string, lineStarts: number[]): TextEdit {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return {
    range: { start: offsetToPosition(lineStarts, prefix), end: offsetToPosition(lineStarts, before.length - suffix) },
    newText: after.slice(prefix, after.length - suffix),
  };
}

/** The turn whose span holds the offset. */
export function turnAt(doc: ScriptDocument, offset: number): Turn | undefined {
  for (const section of doc.sections) {
    if (offset < section.span.start || offset > section.span.end) continue;
    for (const item of section.items) if (item.kind === 'turn' && item.span.start <= offset && offset <= item.span.end) return item;
  }
  return undefined;
}

/** The leading whitespace of a line, so an inserted comment lines up with it. */
function indentOf(doc: ScriptDocument, line: number): string {
  const start = doc.lineStarts[line] + (line === 0 && doc.text.charCodeAt(0) === 0xfeff ? 1 : 0);
  return /^[ \t]*/.exec(doc.text.slice(start, start + 200))![0];
}

/** A line's length without its line break. */
function lineLength(doc: ScriptDocument, line: number): number {
  const end = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1] : doc.text.length;
  return doc.text.slice(doc.lineStarts[line], end).replace(/\r?\n$|\r$/, '').length;
}

/** An insertion at a position. */
function insertAt(line: number, character: number, newText: string): TextEdit {
  const position = { line, character };
  return { range: { start: position, end: position }, newText };
}
