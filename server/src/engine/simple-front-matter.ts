// The common front matter (`title: Call 12`, `situation: no-fault`: one plain word-like value per line)
// read without the YAML library. Scripts nearly always have exactly this, and building the library's
// document for three lines costs more than linting them (about a third of a millisecond each, most of
// it the library's code warming up in a short CLI run). Anything else (quotes, numbers, lists,
// comments, indentation, a value YAML would read as true, false or null) returns undefined and goes
// to the library; a property test holds this reader equal to the library on what it accepts.
import type { Span } from './types.js';

export interface SimpleFrontMatter {
  data: Record<string, string>;
  /** Relative to the source given. */
  valueSpans: Record<string, Span>;
}

/** `key: value` with a plain value that starts with a letter and holds no YAML indicator (`:`, `#`, quotes, brackets…). */
const SIMPLE_LINE = /^([A-Z_][\w-]*):[ \t]+([A-Z](?: *[\w.,'()/-])*)[ \t]*\r?$/i;
/** Plain values YAML 1.2 reads as something other than a string. */
const NOT_A_STRING = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

export function readSimpleFrontMatter(source: string): SimpleFrontMatter | undefined {
  const data: Record<string, string> = {};
  const valueSpans: Record<string, Span> = {};
  let offset = 0;
  for (const line of source.split('\n')) {
    const m = SIMPLE_LINE.exec(line);
    if (!m || NOT_A_STRING.test(m[2])) return undefined;
    const start = offset + line.indexOf(m[2], m[1].length + 1);
    data[m[1]] = m[2];
    valueSpans[m[1]] = { start, end: start + m[2].length };
    offset += line.length + 1;
  }
  return { data, valueSpans };
}
