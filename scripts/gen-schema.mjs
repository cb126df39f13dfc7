// Writes schemas/empathylintrc.schema.json and the "Options" block of every rule's docs page from the
// engine's rule list and the options each rule declares: `npm run gen:schema` (runs under tsx).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { RULE_METAS } from '../server/src/engine/index.ts';
import { CONFIG_SCHEMA_PATH, configSchemaText } from '../server/src/node/config-schema.ts';
import { withOptionsBlock } from '../server/src/node/rule-docs.ts';

writeFileSync(new URL(`../${CONFIG_SCHEMA_PATH}`, import.meta.url), configSchemaText(RULE_METAS));
console.log(`wrote ${CONFIG_SCHEMA_PATH} (${RULE_METAS.length} rules)`);
let pages = 0;
for (const meta of RULE_METAS) {
  const path = new URL(`../docs/rules/${meta.id}.md`, import.meta.url);
  if (!existsSync(path)) continue;
  const page = readFileSync(path, 'utf8');
  const updated = withOptionsBlock(page, meta);
  if (updated !== page) {
    writeFileSync(path, updated);
    pages++;
  }
}
console.log(`updated the Options block of ${pages} docs pages`);
