// The per-path report of a branching script: every path from the start section (bounded and
// cycle-safe, as the walker is), with its sections, the customer cues on it, whether the agent
// acknowledged each, and the findings the rules make along it. A finding's message names one path;
// a reviewer needs the whole picture, and most of all the paths where a cue is never acknowledged.
import { EMOTIONAL_CUES, customerCues, type CustomerCue } from './cues.js';
import { DirectiveIndex } from './directives.js';
import { docsUrl } from './docs.js';
import { maskText } from './language.js';
import { lint, ruleSettings } from './linter.js';
import { walkPath } from './walker.js';
import { parse } from './parser.js';
import { resolveSpeakers } from './config.js';
import { ALL_RULES } from './rules/index.js';
import { lineOfOffset } from './text.js';
import type { ActiveSeverity, Finding, LintOptions, ScriptDocument, Section, Turn } from './types.js';

/** Paths listed per script: a script with more is cut short (and says so), whatever its shape. */
export const MAX_PATHS = 200;
/** Steps of the path search, so a dense graph cannot keep it busy however few paths it completes. */
const MAX_STEPS = 20_000;
/** The rule whose findings say a cue went unanswered. */
const ACKNOWLEDGEMENT_RULE = 'unacknowledged-emotion';

export interface PathCue {
  /** 0-based line of the customer turn. */
  line: number;
  section: string;
  /** The customer's words. */
  text: string;
  cues: CustomerCue[];
  /** Whether the agent's next turn on this path acknowledges it; null when the path ends first. */
  acknowledged: boolean | null;
  /** 0-based line of that agent turn, when there is one. */
  replyLine?: number;
}

export interface ScriptPath {
  /** Section names from the start section ('' for lines before the first header, or a file without sections). */
  sections: string[];
  cues: PathCue[];
  /** Findings along this path, in path order (silenced ones left out). */
  findings: Finding[];
  /** True when some cue on the path is answered without acknowledgement. */
  unacknowledged: boolean;
}

export interface PathsReport {
  paths: ScriptPath[];
  /** True when the script has more paths than MAX_PATHS (or the search hit its step bound). */
  truncated: boolean;
}

/** Lists every path through the script with its cues and findings. Never throws on any input text. */
export function listPaths(text: string, options: LintOptions = {}): PathsReport {
  const config = options.config ?? {};
  const document = parse(text, resolveSpeakers(config));
  const settings = ruleSettings(config);
  // The acknowledgement rule always runs here (it decides "acknowledged"); it is listed only when on.
  const listed = (id: string) => settings.get(id)?.severity !== 'off';
  const rules = ALL_RULES.filter((r) => listed(r.id) || r.id === ACKNOWLEDGEMENT_RULE);
  const runSettings = new Map(settings);
  if (!listed(ACKNOWLEDGEMENT_RULE)) runSettings.set(ACKNOWLEDGEMENT_RULE, { severity: 'warn', options: {} });
  // Findings the walker does not make (custom phrases) come from the whole-file lint, by section.
  const phraseFindings = lint(text, options).findings.filter((f) => f.ruleId === 'custom-phrase');
  const directives = new DirectiveIndex(document);
  const { paths, truncated } = enumeratePaths(document);
  return {
    truncated,
    paths: paths.map((sections) => {
      const raw = walkPath(document, sections, rules, runSettings);
      const unanswered = raw.filter((f) => f.ruleId === ACKNOWLEDGEMENT_RULE);
      const cues = pathCues(sections, (reply) => !unanswered.some((f) => f.span.start >= reply.span.start && f.span.start < reply.span.end));
      const onPath = (f: { span: { start: number } }) => sections.findIndex((s) => f.span.start >= s.span.start && f.span.start < s.span.end);
      const findings: Finding[] = [];
      for (const f of [...raw, ...phraseFindings.filter((p) => onPath(p) >= 0)]) {
        const severity = settings.get(f.ruleId)?.severity ?? 'warn';
        if (severity === 'off' || directives.silencing(lineOfOffset(document.lineStarts, f.span.start), f.ruleId)) continue;
        findings.push({ ...f, suggestions: [], severity: severity as ActiveSeverity, docsUrl: docsUrl(f.ruleId) });
      }
      findings.sort((a, b) => onPath(a) - onPath(b) || a.span.start - b.span.start);
      return { sections: sections.map((s) => s.name), cues, findings, unacknowledged: cues.some((c) => c.acknowledged === false) };
    }),
  };
}

/**
 * Every path from the start section to a section that leads nowhere new: a section is not entered
 * again while it is on the path (a jump back ends the path there), as in the walker.
 */
function enumeratePaths(document: ScriptDocument): { paths: Section[][]; truncated: boolean } {
  const start = document.sections[0];
  if (!start) return { paths: [], truncated: false };
  const byName = new Map<string, Section>();
  for (const s of document.sections) if (s.name && !byName.has(s.name)) byName.set(s.name, s);
  const paths: Section[][] = [];
  const stack: Section[][] = [[start]];
  let steps = 0;
  while (stack.length > 0) {
    if (paths.length >= MAX_PATHS || ++steps > MAX_STEPS) return { paths, truncated: true };
    const path = stack.pop()!;
    const last = path[path.length - 1];
    const next: Section[] = [];
    if (document.hasSections) {
      for (const item of last.items) {
        if (item.kind !== 'choice' && item.kind !== 'jump') continue;
        const target = byName.get(item.target);
        if (target && !path.includes(target) && !next.includes(target)) next.push(target);
      }
    }
    if (next.length === 0) paths.push(path);
    // Pushed last first, so paths come out in the order the script offers its choices.
    for (let i = next.length - 1; i >= 0; i--) stack.push([...path, next[i]]);
  }
  return { paths, truncated: false };
}

/** The customer turns with emotional cues on a path, each with the agent turn that answers it. */
function pathCues(sections: readonly Section[], acknowledges: (reply: Turn) => boolean): PathCue[] {
  const cues: PathCue[] = [];
  let waiting: PathCue[] = [];
  for (const section of sections) {
    for (const item of section.items) {
      if (item.kind !== 'turn') continue;
      if (item.role === 'customer') {
        const found = customerCues(maskText(item.text, item.placeholders, item.textSpan.start));
        if (!found.some((c) => EMOTIONAL_CUES.has(c))) continue;
        const cue: PathCue = { line: item.line, section: section.name, text: item.text.trim(), cues: found, acknowledged: null };
        cues.push(cue);
        waiting.push(cue);
      } else if (item.role === 'agent' && waiting.length > 0) {
        const answered = acknowledges(item);
        for (const cue of waiting) {
          cue.acknowledged = answered;
          cue.replyLine = item.line;
        }
        waiting = [];
      }
    }
  }
  return cues;
}
