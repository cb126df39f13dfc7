// Sections as symbols you can navigate: go to definition, references and rename, from a `# header`
// or from any `-> target`.
import { ResponseError, ErrorCodes, type Location, type Range, type TextEdit } from 'vscode-languageserver';
import { spanToRange } from '../engine/text.js';
import type { Choice, Jump, ScriptDocument, Section, Span } from '../engine/types.js';

/** The section name under the cursor and where it was written. */
export interface SectionRef {
  name: string;
  span: Span;
  /** The section it names (the first one with the name), if it exists. */
  section: Section | undefined;
}

/** The section named at an offset: a header's name or a jump/choice target. */
export function sectionRefAt(doc: ScriptDocument, offset: number): SectionRef | null {
  for (const section of doc.sections) {
    if (section.name && within(section.nameSpan, offset)) return { name: section.name, span: section.nameSpan, section: sectionNamed(doc, section.name) };
    for (const item of targets(section)) {
      if (item.target && within(item.targetSpan, offset)) return { name: item.target, span: item.targetSpan, section: sectionNamed(doc, item.target) };
    }
  }
  return null;
}

/** The section jumps go to: the first with the name. */
export function sectionNamed(doc: ScriptDocument, name: string): Section | undefined {
  return doc.sections.find((s) => s.name === name);
}

/** The header of the section under the cursor. */
export function definition(doc: ScriptDocument, uri: string, offset: number): Location | null {
  const ref = sectionRefAt(doc, offset);
  return ref?.section ? { uri, range: spanToRange(doc.lineStarts, ref.section.nameSpan) } : null;
}

/** Every jump and choice to the section under the cursor (and its header when asked). */
export function references(doc: ScriptDocument, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const ref = sectionRefAt(doc, offset);
  if (!ref) return [];
  return nameSpans(doc, ref.name, includeDeclaration).map((span) => ({ uri, range: spanToRange(doc.lineStarts, span) }));
}

/** Where a rename edits and what it starts from; null where nothing can be renamed. */
export function prepareRename(doc: ScriptDocument, offset: number): { range: Range; placeholder: string } | null {
  const ref = sectionRefAt(doc, offset);
  return ref?.section ? { range: spanToRange(doc.lineStarts, ref.span), placeholder: ref.name } : null;
}

/** Edits renaming the section under the cursor: its header and every target naming it. */
export function renameEdits(doc: ScriptDocument, offset: number, newName: string): TextEdit[] | null {
  const ref = sectionRefAt(doc, offset);
  if (!ref?.section) return null;
  const name = newName.trim();
  if (!name || /[\r\n]/.test(name) || name.includes('->') || name.startsWith('#')) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'A section name must be one line, without "->" or a leading "#".');
  }
  if (name !== ref.name && sectionNamed(doc, name)) throw new ResponseError(ErrorCodes.InvalidParams, `There is already a section named "${name}".`);
  return nameSpans(doc, ref.name, true).map((span) => ({ range: spanToRange(doc.lineStarts, span), newText: name }));
}

/** Spans of every header and target spelling the name. */
function nameSpans(doc: ScriptDocument, name: string, includeHeaders: boolean): Span[] {
  const spans: Span[] = [];
  for (const section of doc.sections) {
    if (includeHeaders && section.name === name) spans.push(section.nameSpan);
    for (const item of targets(section)) if (item.target === name) spans.push(item.targetSpan);
  }
  return spans;
}

/** The choices and jumps of a section. */
function targets(section: Section): (Choice | Jump)[] {
  return section.items.filter((i): i is Choice | Jump => i.kind === 'choice' || i.kind === 'jump');
}

/** Inclusive of the end, so a cursor right after a name still counts. */
function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
