// Writes schemas/empathylintrc.schema.json from the engine's rule list: `npm run gen:schema` (runs under tsx).
import { writeFileSync } from 'node:fs';
import { RULE_METAS } from '../server/src/engine/index.ts';
import { CONFIG_SCHEMA_PATH, configSchemaText } from '../server/src/node/config-schema.ts';

writeFileSync(new URL(`../${CONFIG_SCHEMA_PATH}`, import.meta.url), configSchemaText(RULE_METAS));
console.log(`wrote ${CONFIG_SCHEMA_PATH} (${RULE_METAS.length} rules)`);
