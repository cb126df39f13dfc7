// The "Options" table of each rule's docs page, generated from the options the rule declares, so the
// page, the JSON Schema and the config loader cannot disagree. `npm run gen:schema` rewrites the
// block between the markers; a unit test checks every page is current.
import type { RuleMeta } from '../engine/index.js';

const START = "<!-- options: generated from the rule's declaration by `npm run gen:schema` -->";
const END = '<!-- options: end -->';

/** The generated block: a table of the declared options, or "None.". */
export function optionsBlock(meta: RuleMeta): string {
  const declared = Object.entries(meta.options ?? {});
  if (declared.length === 0) return `${START}\nNone.\n${END}`;
  const rows = declared.map(([name, option]) => {
    const type = option.type === 'integer' ? `integer ≥ ${option.minimum}` : 'boolean';
    return `| \`${name}\` | ${type} | \`${JSON.stringify(option.default)}\` | ${option.description} |`;
  });
  return [START, '| Option | Type | Default | Meaning |', '| --- | --- | --- | --- |', ...rows, END].join('\n');
}

/**
 * The page with its options block current: replaces the block between the markers, or (the first
 * time) the first paragraph or table under "## Options", adding that section before "## Configure or
 * disable" (or at the end) where the page has none.
 */
export function withOptionsBlock(page: string, meta: RuleMeta): string {
  const block = optionsBlock(meta);
  const marked = page.indexOf(START);
  if (marked >= 0) {
    const end = page.indexOf(END, marked);
    if (end >= 0) return page.slice(0, marked) + block + page.slice(end + END.length);
  }
  const heading = page.search(/^## Options\s*$/m);
  if (heading < 0) {
    const configure = page.search(/^## Configure/m);
    const at = configure < 0 ? page.length : configure;
    return `${page.slice(0, at).trimEnd()}\n\n## Options\n\n${block}\n\n${page.slice(at)}`.trimEnd() + '\n';
  }
  const bodyStart = page.indexOf('\n', heading) + 1;
  const firstLine = page.slice(bodyStart).search(/\S/) + bodyStart;
  const paragraphEnd = page.slice(firstLine).search(/\n\s*\n/);
  const end = paragraphEnd < 0 ? page.length : firstLine + paragraphEnd;
  // Prose that followed "None." on the same paragraph stays, after the block.
  const old = page.slice(firstLine, end);
  const rest = old.startsWith('None.') ? old.slice('None.'.length).trim() : old.startsWith('|') ? '' : old;
  return page.slice(0, firstLine) + block + (rest ? `\n\n${rest}` : '') + page.slice(end);
}
