// Parser for `.scenario` and `.callscript` files: front matter, turns, sections, choices, jumps,
// stage directions, comments and directives, each with exact source spans. It never throws:
// anything malformed becomes a ParseProblem.
import { parseDocument, isMap, isScalar, type Pair } from 'yaml';
import { readSimpleFrontMatter } from './simple-front-matter.js';
import { computeLineStarts } from './text.js';
import { ownCopy } from './text-cache.js';
import { SITUATIONS, type Directive, type FrontMatter, type Item, type ParseProblem, type Role, type ScriptDocument, type Section, type Situation, type Span, type Turn } from './types.js';

export interface SpeakerConfig {
  agent: string[];
  customer: string[];
}

export const DEFAULT_SPEAKERS: SpeakerConfig = { agent: ['Agent'], customer: ['Customer'] };

/** `Label:` at the start of a line; a label is a short run of words (e.g. `Agent`, `Support Rep`). */
const SPEAKER_LABEL = /^(\p{L}[\p{L}\p{N} ._'()-]{0,39}?)[ \t]*:/u;
const PLACEHOLDER = /\{[\p{L}_][\p{L}\p{N}_.-]*\}/gu;
const DIRECTIVE = /^empathy-lint-(disable-next-line|disable|enable)\b(.*)$/;
/** ` -- ` (or `--` at the end) between a directive's rule IDs and its reason. */
const REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)/;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;
/** Shared by every turn without `{placeholders}` (nearly all). */
const NO_PLACEHOLDERS: readonly Span[] = Object.freeze([]);

interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
}

/** Many NUL characters near the start: a binary file, not a script (a stray NUL in a line is not enough). */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  let nuls = 0;
  for (let i = head.indexOf('\0'); i >= 0; i = head.indexOf('\0', i + 1)) if (++nuls >= 8) return true;
  return false;
}

/** A speaker label: its words (`label`), and the length of `Label:` up to and with the colon. */
interface SpeakerLabel {
  label: string;
  length: number;
}

/**
 * `Label:` at the start of the line text[start, end), found with a cheap colon search before the
 * label pattern runs; a label of plain ASCII letters (`Agent`, `Customer`: nearly every line) needs
 * no pattern and no copy of the line.
 */
function speakerLabel(text: string, start: number, end: number): SpeakerLabel | null {
  const colon = colonWithin(text, start, Math.min(end, start + MAX_LABEL_LENGTH + 1)) - start;
  if (colon < 1 || colon > MAX_LABEL_LENGTH) return null;
  if (colon <= MAX_PLAIN_LABEL && isAsciiWord(text, start, colon)) return { label: text.slice(start, start + colon), length: colon + 1 };
  const m = SPEAKER_LABEL.exec(text.slice(start, start + colon + 1));
  return m ? { label: m[1], length: m[0].length } : null;
}

/** The offset of the first colon in text[start, end), or -1. */
function colonWithin(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === COLON) return i;
  return -1;
}

const COLON = 0x3a;

/** First characters of comment, header, stage, jump and choice lines: `/`, `#`, `[`, `-`, `*`. */
const STRUCTURE_SIGNS: ReadonlySet<number> = new Set([0x2f, 0x23, 0x5b, 0x2d, 0x2a]);

/** The pattern's label part takes at most 40 characters. */
const MAX_PLAIN_LABEL = 40;

/** True when the `length` characters from `start` are all ASCII letters. */
function isAsciiWord(text: string, start: number, length: number): boolean {
  for (let i = start; i < start + length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Longest speaker label (with spaces before the colon) the parser recognizes. */
const MAX_LABEL_LENGTH = 48;

/**
 * An earlier version of the text, parsed with the same speakers, and how many leading characters the
 * two share: the items on its unchanged lines are taken over instead of parsed again.
 */
export interface PreviousParse {
  document: ScriptDocument;
  same: number;
}

/** Parses a script. `speakers` names the labels of each role (case-insensitive). */
export function parse(text: string, speakers: SpeakerConfig = DEFAULT_SPEAKERS, previous?: PreviousParse): ScriptDocument {
  return new Parser(text, speakers).run(previous);
}

/**
 * What a parse leaves for parsing the next version: how many of the document's problems its front
 * matter and then its lines made (the structure checks made the rest), and how many of its leading
 * items, line problems and directives own their strings. Those are slices of the text they were read
 * from; carried from version to version as they are, every version an item was first read in would
 * stay alive with it, so they are copied off once, when first taken over.
 */
interface ParseRecord {
  frontMatterProblems: number;
  lineProblems: number;
  own: { items: number; problems: number; directives: number };
}

const PARSE_RECORDS = new WeakMap<ScriptDocument, ParseRecord>();

const NOTHING_OWN: ParseRecord['own'] = { items: 0, problems: 0, directives: 0 };

/** Copies an item's (or problem's, or directive's) strings off the text it was read from. */
function ownStrings(value: Item | ParseProblem | Directive): void {
  if ('code' in value) value.message = ownCopy(value.message);
  else if (value.kind === 'turn') {
    value.text = ownCopy(value.text);
    value.speaker = ownCopy(value.speaker);
  } else if (value.kind === 'stage' || value.kind === 'comment') value.text = ownCopy(value.text);
  else if (value.kind === 'choice') Object.assign(value, { label: ownCopy(value.label), target: ownCopy(value.target) });
  else if (value.kind === 'jump') value.target = ownCopy(value.target);
  // a directive's kind, too, is the word as read (a slice of the text)
  else Object.assign(value, { kind: ownCopy(value.kind), rules: value.rules.map(ownCopy), ...(value.reason === undefined ? {} : { reason: ownCopy(value.reason) }) });
}

/** The first `count` of `values`, those from `owned` on given their own strings. */
function takenOver<T extends Item | ParseProblem | Directive>(values: readonly T[], count: number, owned: number): T[] {
  const taken = values.slice(0, count);
  for (let i = owned; i < count; i++) ownStrings(taken[i]);
  return taken;
}

class Parser {
  private readonly lineStarts: number[];
  private readonly problems: ParseProblem[] = [];
  private readonly directives: Directive[] = [];
  private readonly sections: Section[] = [];
  private readonly roles = new Map<string, Role>();
  private current: Section | null = null;
  private openTurn: Turn | null = null;
  private readonly roleBySpeaker = new Map<string, Role>();
  /** How many leading items, line problems and directives were taken over from an earlier version (their strings are their own). */
  private own = NOTHING_OWN;
  /** The section whose first items were taken over from an earlier version (their placeholders are filled in already). */
  private takenOver: { section: Section; items: number } | undefined;

  constructor(
    private readonly text: string,
    speakers: SpeakerConfig,
  ) {
    this.lineStarts = computeLineStarts(text);
    for (const label of speakers.customer) this.roles.set(label.toLowerCase(), 'customer');
    for (const label of speakers.agent) this.roles.set(label.toLowerCase(), 'agent');
  }

  run(previous?: PreviousParse): ScriptDocument {
    if (looksBinary(this.text)) return this.binary();
    const { frontMatter, bodyStart } = this.frontMatter();
    const frontMatterProblems = this.problems.length;
    const from = previous ? this.takeOver(previous, bodyStart) : bodyStart;
    for (let i = from; i < this.lineStarts.length; i++) {
      const { start, end } = this.lineAt(i);
      this.line(i, start, end);
    }
    const hasSections = this.sections.some((s) => s.headerSpan.end > s.headerSpan.start);
    const doc: ScriptDocument = {
      text: this.text,
      lineStarts: this.lineStarts,
      frontMatter,
      hasSections,
      sections: this.sections,
      directives: this.directives,
      problems: this.problems,
    };
    PARSE_RECORDS.set(doc, { frontMatterProblems, lineProblems: this.problems.length, own: this.own });
    for (const section of this.sections) fillPlaceholders(section.items, section === this.takenOver?.section ? this.takenOver.items : 0);
    checkStructure(doc);
    return doc;
  }

  /**
   * Takes over the items of an earlier version of a script without sections that lie on lines before
   * the change, with their problems and directives; returns the line to read on from. The item the
   * last of them is followed by is read again: a changed line after it may continue it, and items
   * taken over are never changed.
   */
  private takeOver({ document: old, same }: PreviousParse, bodyStart: number): number {
    const record = PARSE_RECORDS.get(old);
    if (!record || old.hasSections || old.sections.length !== 1 || looksBinary(old.text)) return bodyStart;
    // the front matter read the same lines in both: closed before the change, or none in either
    if (old.frontMatter ? old.frontMatter.span.end >= same : FRONT_MATTER_FENCE.test(this.slice(this.lineAt(0)))) return bodyStart;
    const items = old.sections[0].items;
    const next = lastItemStartingBefore(items, old.lineStarts, same);
    if (next < 2) return bodyStart;
    const restart = items[next - 1];
    const offset = old.lineStarts[restart.line];
    const section = old.sections[0];
    const kept = takenOver(items, next - 1, record.own.items);
    const end = kept.reduce((max, item) => Math.max(max, item.span.end), section.span.start);
    this.current = { name: section.name, nameSpan: section.nameSpan, headerSpan: section.headerSpan, span: { start: section.span.start, end }, items: kept, line: section.line };
    this.takenOver = { section: this.current, items: kept.length };
    this.sections.push(this.current);
    // the lines' problems and the directives are in line order: the ones before the line read again lead
    const lineProblems = old.problems.slice(record.frontMatterProblems, record.lineProblems);
    const problems = takenOver(lineProblems, countBefore(lineProblems, offset), record.own.problems);
    const directives = takenOver(old.directives, countBefore(old.directives, offset), record.own.directives);
    this.problems.push(...problems);
    this.directives.push(...directives);
    this.own = { items: kept.length, problems: problems.length, directives: directives.length };
    return restart.line;
  }

  /** A binary file gets one clear problem instead of a hundred about its random "lines". */
  private binary(): ScriptDocument {
    const firstLine = this.lineStarts.length > 1 ? this.lineStarts[1] : this.text.length;
    return {
      text: this.text,
      lineStarts: this.lineStarts,
      frontMatter: null,
      hasSections: false,
      sections: [],
      directives: [],
      problems: [{ code: 'script-structure', message: 'This file looks binary (it is full of NUL bytes), so it was not linted.', span: { start: 0, end: Math.min(firstLine, 1) } }],
    };
  }

  /** Line `i` without its line break (and without a BOM on the first line); made as the line is read, never kept. */
  private lineAt(i: number): Line {
    let start = this.lineStarts[i];
    let end = i + 1 < this.lineStarts.length ? this.lineStarts[i + 1] : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    if (i === 0 && this.text.charCodeAt(0) === 0xfeff) start = 1;
    return { start, end };
  }

  private slice(line: Line): string {
    return this.text.slice(line.start, line.end);
  }

  private frontMatter(): { frontMatter: FrontMatter | null; bodyStart: number } {
    const first = this.lineAt(0);
    if (!FRONT_MATTER_FENCE.test(this.slice(first))) return { frontMatter: null, bodyStart: 0 };
    const count = this.lineStarts.length;
    let close = 1;
    while (close < count && !/^(?:---|\.\.\.)[ \t]*$/.test(this.slice(this.lineAt(close)))) close++;
    if (close === count) {
      this.problems.push({
        code: 'front-matter',
        message: 'Front matter is not closed: add a line with `---` after it.',
        span: { start: first.start, end: first.end },
      });
      return { frontMatter: null, bodyStart: 1 };
    }
    const yamlStart = close > 1 ? this.lineAt(1).start : first.end;
    const yamlEnd = close > 1 ? this.lineAt(close - 1).end : yamlStart;
    const frontMatter = this.readYaml(yamlStart, yamlEnd);
    frontMatter.span = { start: first.start, end: this.lineAt(close).end };
    return { frontMatter, bodyStart: close + 1 };
  }

  private readYaml(start: number, end: number): FrontMatter {
    // yaml breaks lines on LF only: a lone CR becomes LF, which keeps every offset.
    const source = this.text.slice(start, end).replace(/\r(?!\n)/g, '\n');
    const fm: FrontMatter = { span: { start, end }, data: {}, valueSpans: {} };
    const simple = readSimpleFrontMatter(source);
    if (simple) {
      fm.data = simple.data;
      for (const [key, span] of Object.entries(simple.valueSpans)) fm.valueSpans[key] = { start: start + span.start, end: start + span.end };
      this.readKnownKeys(fm, { start, end });
      return fm;
    }
    const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
    for (const error of doc.errors) {
      const [a, b] = error.pos;
      this.problems.push({
        code: 'front-matter',
        message: `Front matter is not valid YAML: ${firstLine(error.message)}`,
        span: clampSpan({ start: start + a, end: start + Math.max(b, a + 1) }, start, end),
      });
    }
    if (doc.errors.length > 0) return fm;
    const contents = doc.contents;
    if (contents === null) return fm;
    if (!isMap(contents)) {
      this.problems.push({ code: 'front-matter', message: 'Front matter must be a list of `key: value` lines.', span: { start, end } });
      return fm;
    }
    for (const pair of contents.items as Pair[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const value = isScalar(pair.value) ? pair.value.value : (pair.value as { toJSON?: () => unknown })?.toJSON?.();
      fm.data[key] = value;
      const range = (pair.value as { range?: [number, number, number] } | null)?.range ?? (pair.key as { range?: [number, number, number] } | null)?.range;
      if (range) fm.valueSpans[key] = { start: start + range[0], end: start + range[1] };
    }
    this.readKnownKeys(fm, { start, end });
    return fm;
  }

  private readKnownKeys(fm: FrontMatter, whole: Span): void {
    const { title, situation, customer } = fm.data;
    if (typeof title === 'string' || typeof title === 'number') fm.title = String(title);
    if (typeof customer === 'string' || typeof customer === 'number') fm.customer = String(customer);
    if (situation === undefined || situation === null) return;
    if (typeof situation === 'string' && (SITUATIONS as readonly string[]).includes(situation.trim())) {
      fm.situation = situation.trim() as Situation;
      return;
    }
    this.problems.push({
      code: 'front-matter',
      message: `Unknown situation ${JSON.stringify(situation)}: use one of ${SITUATIONS.join(', ')}.`,
      span: fm.valueSpans.situation ?? whole,
    });
  }

  private line(index: number, lineStart: number, lineEnd: number): void {
    // Trimmed by offsets, and a turn's line is read in place: its text is the one string it gets.
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpaceCode(this.text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(this.text.charCodeAt(end - 1))) end--;
    if (start === end) {
      this.openTurn = null;
      return;
    }
    const span = { start, end };
    if (STRUCTURE_SIGNS.has(this.text.charCodeAt(start)) && this.structure(this.text.slice(start, end), span, index)) return;
    const indent = start - lineStart;
    const label = speakerLabel(this.text, start, end);
    if (label && (indent === 0 || this.roles.has(label.label.toLowerCase()))) return this.turn(label, span, index);
    if (this.openTurn && indent > 0) return this.continueTurn(span);
    if (this.openTurn && !label) {
      // Kept in the turn so its words are still linted, but said: continuation lines are indented.
      this.problems.push({ code: 'script-structure', message: 'This line has no speaker and is not indented: indent it to continue the turn above, or start it with a label such as `Agent:`.', span });
      return this.continueTurn(span);
    }
    this.problems.push({
      code: 'script-structure',
      message: 'This line has no speaker: start it with a label such as `Agent:` or `Customer:`, or indent it to continue the turn above.',
      span,
    });
  }

  /** A comment, header, stage direction, jump or choice line; false when the line is none of them. */
  private structure(body: string, span: Span, line: number): boolean {
    if (body.startsWith('//')) this.comment(body, span, line);
    else if (body.startsWith('#')) this.header(body, span, line);
    else if (body.startsWith('[')) this.push({ kind: 'stage', text: body.replace(/^\[|\]$/g, '').trim(), span, line });
    else if (body.startsWith('->')) this.jump(body, span, line);
    else if (body.startsWith('*')) this.choice(body, span, line);
    else return false;
    return true;
  }

  private turn(label: SpeakerLabel, span: Span, line: number): void {
    const speaker = label.label.trim();
    const role = this.roleOf(speaker);
    if (role === 'other') this.unknownSpeaker(speaker, span);
    let textStart = span.start + label.length;
    while (textStart < span.end && isSpaceCode(this.text.charCodeAt(textStart))) textStart++;
    const turn: Turn = {
      kind: 'turn',
      role,
      speaker,
      speakerSpan: { start: span.start, end: span.start + label.label.trimEnd().length },
      text: this.text.slice(textStart, span.end),
      textSpan: { start: textStart, end: span.end },
      placeholders: NO_PLACEHOLDERS,
      span,
      line,
    };
    this.push(turn);
    this.openTurn = turn;
  }

  /** "Agent Sam:" and "Customer (Dana):" speak as Agent and Customer; worked out once per label as written. */
  private roleOf(speaker: string): Role {
    let role = this.roleBySpeaker.get(speaker);
    if (role === undefined) {
      role = this.roles.get(speaker.toLowerCase()) ?? this.roles.get(speaker.split(/[\s(]/)[0].toLowerCase()) ?? 'other';
      this.roleBySpeaker.set(speaker, role);
    }
    return role;
  }

  /** A label one or two letters away from a configured one is a typo that would silently skip the line. */
  private unknownSpeaker(speaker: string, span: Span): void {
    const lower = speaker.toLowerCase();
    const near = [...this.roles.keys()].find((known) => editDistanceAtMost(lower, known, 2));
    if (!near) return;
    this.problems.push({
      code: 'script-structure',
      message: `"${speaker}" is not a configured speaker, so this line is not linted. Did you mean "${near.charAt(0).toUpperCase()}${near.slice(1)}"?`,
      span: { start: span.start, end: span.start + speaker.length },
    });
  }

  private continueTurn(span: Span): void {
    const turn = this.openTurn!;
    turn.textSpan.end = span.end;
    turn.span.end = span.end;
    // The section holds its turns' continuation lines too (the turn at a position is looked up by section first).
    if (this.current) this.current.span.end = Math.max(this.current.span.end, span.end);
    turn.text = this.text.slice(turn.textSpan.start, turn.textSpan.end);
  }

  private comment(body: string, span: Span, line: number): void {
    const text = body.slice(2).trim();
    this.push({ kind: 'comment', text, span, line });
    const m = DIRECTIVE.exec(text);
    if (!m) return;
    // ` -- ` starts the reason (ESLint's convention); its words are not rule IDs.
    const dashes = REASON_SEPARATOR.exec(m[2]);
    const named = dashes ? m[2].slice(0, dashes.index) : m[2];
    const rules = named
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r.length > 0);
    const reason = dashes ? m[2].slice(dashes.index + dashes[0].length).trim() : '';
    const directive: Directive = { kind: m[1] as Directive['kind'], rules, line, span };
    if (reason) directive.reason = reason;
    this.directives.push(directive);
  }

  private header(body: string, span: Span, line: number): void {
    const name = body.replace(/^#+/, '').trim();
    const nameStart = span.start + body.indexOf(name, body.search(/[^#]/) < 0 ? body.length : body.search(/[^#]/));
    const section: Section = {
      name,
      nameSpan: name ? { start: nameStart, end: nameStart + name.length } : span,
      headerSpan: span,
      span: { ...span },
      items: [],
      line,
    };
    if (!name) this.problems.push({ code: 'script-structure', message: 'A section header needs a name after `#`.', span });
    this.sections.push(section);
    this.current = section;
    this.openTurn = null;
  }

  private jump(body: string, span: Span, line: number): void {
    const target = body.slice(2).trim();
    const targetStart = span.end - target.length;
    this.push({ kind: 'jump', target, targetSpan: { start: targetStart, end: span.end }, span, line });
  }

  private choice(body: string, span: Span, line: number): void {
    const arrow = body.indexOf('->');
    const labelPart = arrow < 0 ? body.slice(1) : body.slice(1, arrow);
    const label = labelPart.trim();
    const labelStart = span.start + 1 + (labelPart.length - labelPart.trimStart().length);
    const target = arrow < 0 ? '' : body.slice(arrow + 2).trim();
    const targetStart = arrow < 0 ? span.end : span.end - target.length;
    if (!target) {
      this.problems.push({ code: 'script-structure', message: 'This choice has no target: write `* label -> section`.', span });
    }
    this.push({
      kind: 'choice',
      label,
      labelSpan: { start: labelStart, end: labelStart + label.length },
      target,
      targetSpan: { start: targetStart, end: span.end },
      span,
      line,
    });
  }

  private push(item: Item): void {
    if (item.kind !== 'turn') this.openTurn = null;
    // A comment above the first section (a file header) belongs to no section; it must not start one.
    if (!this.current && item.kind === 'comment') return;
    if (!this.current) {
      this.current = {
        name: '',
        nameSpan: { start: item.span.start, end: item.span.start },
        headerSpan: { start: item.span.start, end: item.span.start },
        span: { ...item.span },
        items: [],
        line: item.line,
      };
      this.sections.push(this.current);
    }
    this.current.items.push(item);
    this.current.span.end = Math.max(this.current.span.end, item.span.end);
  }
}

/** How many of `values` (in text order) start before `offset`. */
function countBefore(values: readonly { span: Span }[], offset: number): number {
  let count = 0;
  while (count < values.length && values[count].span.start < offset) count++;
  return count;
}

/** The index of the last item whose first line starts at or before `offset` (-1 when none). */
function lastItemStartingBefore(items: readonly Item[], lineStarts: readonly number[], offset: number): number {
  let lo = -1;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[items[mid].line] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The `{placeholders}` of each turn from `from` on (once its continuation lines are read). */
function fillPlaceholders(items: readonly Item[], from: number): void {
  for (let i = from; i < items.length; i++) {
    const item = items[i];
    if (item.kind !== 'turn' || !item.text.includes('{')) continue;
    item.placeholders = [...item.text.matchAll(PLACEHOLDER)].map((m) => ({
      start: item.textSpan.start + m.index!,
      end: item.textSpan.start + m.index! + m[0].length,
    }));
  }
}

/** Reports duplicate sections, unknown targets and unreachable sections. */
function checkStructure(doc: ScriptDocument): void {
  const byName = new Map<string, Section>();
  for (const section of doc.sections) {
    if (!section.name) continue;
    if (byName.has(section.name)) {
      doc.problems.push({ code: 'script-structure', message: `Section "${section.name}" is defined twice; jumps go to the first one.`, span: section.nameSpan });
    } else byName.set(section.name, section);
  }
  for (const section of doc.sections) {
    for (const item of section.items) {
      if (item.kind !== 'choice' && item.kind !== 'jump') continue;
      if (!item.target) {
        // an empty choice target was reported by the parser already
        if (item.kind === 'jump') doc.problems.push({ code: 'script-structure', message: 'This jump has no target: write `-> section`.', span: item.span });
      } else if (!byName.has(item.target) && !/^(?:end|END|DONE)$/.test(item.target)) {
        doc.problems.push({ code: 'script-structure', message: `No section named "${item.target}".`, span: item.targetSpan });
      }
    }
  }
  reportUnreachable(doc, byName);
}

function reportUnreachable(doc: ScriptDocument, byName: Map<string, Section>): void {
  if (!doc.hasSections || doc.sections.length === 0) return;
  const seen = new Set<Section>([doc.sections[0]]);
  const queue = [doc.sections[0]];
  while (queue.length > 0) {
    const section = queue.pop()!;
    for (const item of section.items) {
      if (item.kind !== 'choice' && item.kind !== 'jump') continue;
      const next = byName.get(item.target);
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  // Lines above the first header make an unnamed start section.
  const start = doc.sections[0].name ? `the start section "${doc.sections[0].name}"` : 'the lines above the first section, where the call starts';
  for (const section of doc.sections) {
    if (!seen.has(section) && byName.get(section.name) === section) {
      doc.problems.push({
        code: 'script-structure',
        message: `Section "${section.name}" is never reached from ${start}.`,
        span: section.nameSpan,
      });
    }
  }
}

/** What String.prototype.trim removes (and /\s/ matches): ASCII and Unicode spaces, line breaks, the BOM. */
function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** True when a and b differ by at most `max` insertions, deletions, substitutions or swaps of neighbours. */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max || a === b) return false;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], prev2[j - 2] + 1);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] <= max;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function clampSpan(span: Span, min: number, max: number): Span {
  const start = Math.min(Math.max(span.start, min), max);
  return { start, end: Math.min(Math.max(span.end, start), max) };
}
