// Reads the expected findings of an evaluation conversation from its `// expect:` comments.
import { parse } from '../../server/src/engine/index.js';

/** The 13 empathy rules of the contract: the only IDs the evaluation scores. */
export const SCORED_RULES = [
  'policy-apology',
  'early-personalization',
  'condescending-sympathy',
  'patronizing-tone',
  'dismissive-phrasing',
  'presumed-feelings',
  'false-reassurance',
  'customer-blame',
  'impersonal-apology',
  'unacknowledged-emotion',
  'rote-empathy',
  'blame-acceptance',
  'missing-ownership',
] as const;

export type ScoredRule = (typeof SCORED_RULES)[number];

/** One (rule, agent line) pair; line is 1-based, the line of the `Agent:` label. */
export interface Label {
  file: string;
  line: number;
  ruleId: string;
}

export interface ExpectedLabels {
  labels: Label[];
  /** 1-based line → agent text, for every agent turn (to print misses and to validate labels). */
  agentLines: Map<number, string>;
  /** Mistakes in the labels themselves (unknown rule, label not above an agent line). */
  errors: string[];
}

const EXPECT_COMMENT = /^\s*\/\/\s*expect:\s*(.*)$/i;

/** Agent turns by 1-based line, from the engine's own parser so labels and findings agree on what a turn is. */
export function agentTurnLines(text: string): Map<number, string> {
  const doc = parse(text);
  const lines = new Map<number, string>();
  for (const section of doc.sections) {
    for (const item of section.items) {
      if (item.kind === 'turn' && item.role === 'agent') lines.set(item.line + 1, item.text.replace(/\s+/g, ' ').trim());
    }
  }
  return lines;
}

/** Collects `// expect: a, b` comments; each labels the next line that is not a comment, which must be an agent line. */
export function readExpectedLabels(file: string, text: string): ExpectedLabels {
  const agentLines = agentTurnLines(text);
  const rows = text.split(/\r?\n/);
  const labels: Label[] = [];
  const errors: string[] = [];
  let pending: { ruleId: string; commentLine: number }[] = [];
  rows.forEach((row, index) => {
    const line = index + 1;
    const match = EXPECT_COMMENT.exec(row);
    if (match) {
      for (const ruleId of match[1].split(/[\s,]+/).filter((r) => r.length > 0)) {
        if (!(SCORED_RULES as readonly string[]).includes(ruleId)) errors.push(`${file}:${line} unknown rule "${ruleId}" in expect comment`);
        else pending.push({ ruleId, commentLine: line });
      }
      return;
    }
    if (/^\s*\/\//.test(row) || pending.length === 0) return;
    if (!agentLines.has(line)) errors.push(`${file}:${pending[0].commentLine} expect comment is not directly above an agent line`);
    else for (const p of pending) labels.push({ file, line, ruleId: p.ruleId });
    pending = [];
  });
  if (pending.length > 0) errors.push(`${file}:${pending[0].commentLine} expect comment at end of file`);
  return { labels, agentLines, errors };
}
