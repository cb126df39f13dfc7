// Reads the labelled corpus (corpus/lines/*.jsonl): one agent line a row, with the customer turn it
// answers, its labels, whether it acknowledges the caller, the call's situation and its source.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTENT_LABELS } from '../../server/src/engine/intent/model-format.js';

export const CORPUS_DIR = join(__dirname, '..', '..', 'corpus', 'lines');

/** Mistake labels a corpus row may carry: the model's, plus unacknowledged-emotion (context only). */
const ROW_LABELS = new Set<string>([...INTENT_LABELS.filter((l) => l !== 'acknowledges'), 'unacknowledged-emotion']);
const SITUATIONS = new Set(['no-fault', 'company-at-fault', 'customer-at-fault']);

export interface CorpusRow {
  customer: string;
  agent: string;
  labels: string[];
  acknowledges: boolean;
  situation: string;
  source: string;
  /** file:line, for messages. */
  origin: string;
}

/** Every row of every corpus file, in file then line order; throws on the first malformed row, naming it. */
export function readCorpus(dir = CORPUS_DIR): { rows: CorpusRow[]; bytes: Buffer[] } {
  const rows: CorpusRow[] = [];
  const bytes: Buffer[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const content = readFileSync(join(dir, name));
    bytes.push(content);
    content
      .toString('utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() === '') return;
        rows.push(parseRow(line, `${name}:${index + 1}`));
      });
  }
  return { rows, bytes };
}

function parseRow(line: string, origin: string): CorpusRow {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new Error(`${origin}: not valid JSON`);
  }
  const agent = value.agent;
  const labels = value.labels;
  if (typeof agent !== 'string' || agent.trim() === '') throw new Error(`${origin}: "agent" must be a non-empty string`);
  if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string' || !ROW_LABELS.has(l))) {
    throw new Error(`${origin}: "labels" must list known labels (${[...ROW_LABELS].join(', ')})`);
  }
  const situation = typeof value.situation === 'string' && SITUATIONS.has(value.situation) ? value.situation : 'no-fault';
  return {
    customer: typeof value.customer === 'string' ? value.customer : '',
    agent,
    labels: labels as string[],
    acknowledges: value.acknowledges === true,
    situation,
    source: typeof value.source === 'string' ? value.source : '',
    origin,
  };
}
