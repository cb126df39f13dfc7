// The JSON Schema (draft-07) of `.empathylintrc.json`, built from RULE_METAS so its rule list cannot drift.
// scripts/gen-schema.mjs writes it to schemas/empathylintrc.schema.json; a unit test checks the file is current.
import type { RuleMeta } from '../engine/index.js';

export const CONFIG_SCHEMA_PATH = 'schemas/empathylintrc.schema.json';
const SCHEMA_ID = 'https://github.com/empathy-lint/empathy-lint/blob/main/schemas/empathylintrc.schema.json';

const SEVERITY = {
  type: 'string',
  enum: ['off', 'warn', 'error'],
  enumDescriptions: ['Do not report.', 'Report as a warning (exit code stays 0).', 'Report as an error (exit code 1).'],
};

/** The options object a rule takes, from its declarations: nothing undeclared is allowed. */
function optionsSchema(meta: RuleMeta) {
  const declared = Object.entries(meta.options ?? {});
  return {
    type: 'object',
    description: declared.length ? 'Rule options.' : 'This rule takes no options.',
    additionalProperties: false,
    properties: Object.fromEntries(
      declared.map(([name, option]) => [
        name,
        option.type === 'boolean'
          ? { type: 'boolean', default: option.default, markdownDescription: option.description }
          : { type: 'integer', default: option.default, minimum: option.minimum, markdownDescription: option.description },
      ]),
    ),
  };
}

/** A rule's value: a severity, or [severity] / [severity, options]. */
function ruleSetting(meta: RuleMeta) {
  const summary = `${meta.description} Default: ${meta.defaultSeverity}.`;
  return {
    description: `${summary} ${meta.docsUrl}`,
    markdownDescription: `${summary} [Docs](${meta.docsUrl})`,
    oneOf: [
      { $ref: '#/definitions/severity' },
      {
        type: 'array',
        items: [{ $ref: '#/definitions/severity' }, optionsSchema(meta)],
        minItems: 1,
        maxItems: 2,
      },
    ],
  };
}

/** The whole schema object for the given rules. */
export function buildConfigSchema(metas: readonly RuleMeta[]) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'empathy-lint configuration (.empathylintrc.json)',
    type: 'object',
    additionalProperties: false,
    definitions: { severity: SEVERITY },
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Rule severities and options, by rule ID.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(metas.map((m) => [m.id, ruleSetting(m)])),
      },
      speakers: {
        description: 'Extra speaker labels (case-insensitive) besides "Agent" and "Customer".',
        type: 'object',
        additionalProperties: false,
        properties: {
          agent: { description: 'Labels of agent turns, e.g. ["Rep"].', type: 'array', items: { type: 'string', minLength: 1, pattern: '\\S' } },
          customer: { description: 'Labels of customer turns, e.g. ["Caller"].', type: 'array', items: { type: 'string', minLength: 1, pattern: '\\S' } },
        },
      },
      requireReason: {
        description: 'A disable directive without a reason after " -- " is a directive-reason finding (true: a warning).',
        oneOf: [{ type: 'boolean' }, { $ref: '#/definitions/severity' }],
      },
      reportUnusedDisableDirectives: {
        description: 'A disable directive that silences nothing is an unused-directive finding (true: a warning); --fix removes it.',
        oneOf: [{ type: 'boolean' }, { $ref: '#/definitions/severity' }],
      },
      intentModel: {
        description: 'Let the intent model recognize mistakes in wording no phrase lists (default true). false: the rules read only their phrase families, as before the model.',
        type: 'boolean',
      },
      baseline: {
        description: 'A baseline file (relative to this config file), written with --baseline-write: findings recorded in it are not reported, in CI or in the editor.',
        type: 'string',
        minLength: 1,
      },
      phrases: {
        description: 'Phrases your team wants flagged in agent lines (literal, case-insensitive, whole words), reported as custom-phrase.',
        type: 'array',
        items: {
          type: 'object',
          required: ['text'],
          additionalProperties: false,
          properties: {
            text: { description: 'The phrase to flag.', type: 'string', minLength: 1, pattern: '\\S' },
            message: { description: 'Why it is flagged (shown in the finding).', type: 'string' },
            replacement: { description: 'What to say instead; --fix applies it.', type: 'string' },
          },
        },
      },
    },
  };
}

/** The schema file's exact text (2-space JSON and a final newline). */
export function configSchemaText(metas: readonly RuleMeta[]): string {
  return JSON.stringify(buildConfigSchema(metas), null, 2) + '\n';
}
