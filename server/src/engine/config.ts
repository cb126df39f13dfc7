// Validating `.empathylintrc.json` content (already parsed JSON) and resolving it against the rule defaults.
import { DEFAULT_SPEAKERS, type SpeakerConfig } from './parser.js';
import { MAX_PHRASE_LENGTH } from './rules/custom-phrase.js';
import type { CustomPhrase, EmpathyConfig, RuleMeta, Severity } from './types.js';

const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];
/** Top-level keys of `.empathylintrc.json` ($schema is allowed for editors). */
const TOP_KEYS: readonly string[] = ['$schema', 'rules', 'speakers', 'phrases', 'requireReason', 'reportUnusedDisableDirectives', 'baseline', 'intentModel'];

export interface ConfigValidation {
  config: EmpathyConfig;
  /** Human-readable problems, e.g. `rules.foo: unknown rule`. Empty when valid. */
  errors: string[];
}

export interface ResolvedRuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

/** Checks the shape of a config object; keeps what is valid and lists what is not. */
export function validateConfig(raw: unknown, knownRules: ReadonlyMap<string, RuleMeta>): ConfigValidation {
  const errors: string[] = [];
  const config: EmpathyConfig = {};
  if (!isObject(raw)) return { config, errors: ['the config must be a JSON object'] };
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.includes(key)) errors.push(`${key}: unknown key (expected ${TOP_KEYS.slice(1).join(', ')})`);
  }
  for (const key of ['requireReason', 'reportUnusedDisableDirectives'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value === 'boolean' || SEVERITIES.includes(value as Severity)) config[key] = value as boolean | Severity;
    else errors.push(`${key}: must be true, false, "off", "warn" or "error"`);
  }
  if (raw.baseline !== undefined) {
    if (typeof raw.baseline === 'string' && raw.baseline.trim() !== '') config.baseline = raw.baseline;
    else errors.push('baseline: must be the path of a baseline file (relative to this config file)');
  }
  if (raw.intentModel !== undefined) {
    if (typeof raw.intentModel === 'boolean') config.intentModel = raw.intentModel;
    else errors.push('intentModel: must be true or false');
  }
  if (raw.rules !== undefined) config.rules = validateRules(raw.rules, knownRules, errors);
  if (raw.speakers !== undefined) config.speakers = validateSpeakers(raw.speakers, errors);
  if (raw.phrases !== undefined) config.phrases = validatePhrases(raw.phrases, errors);
  return { config, errors };
}

function validateRules(raw: unknown, knownRules: ReadonlyMap<string, RuleMeta>, errors: string[]): EmpathyConfig['rules'] {
  if (!isObject(raw)) {
    errors.push('rules: must be an object of rule IDs to severities');
    return undefined;
  }
  const rules: NonNullable<EmpathyConfig['rules']> = {};
  for (const [id, value] of Object.entries(raw)) {
    if (!knownRules.has(id)) {
      errors.push(`rules.${id}: unknown rule`);
      continue;
    }
    const [severity, options] = Array.isArray(value) ? value : [value, undefined];
    if (!SEVERITIES.includes(severity as Severity)) {
      errors.push(`rules.${id}: severity must be "off", "warn" or "error"`);
      continue;
    }
    if (options !== undefined && !isObject(options)) {
      errors.push(`rules.${id}: options must be an object`);
      continue;
    }
    if (options !== undefined && !validRuleOptions(knownRules.get(id)!, options, errors)) continue;
    rules[id] = options ? [severity as Severity, options] : (severity as Severity);
  }
  return rules;
}

/** Checks options against the rule's declarations: an unknown or mistyped option is an error, never ignored. */
function validRuleOptions(meta: RuleMeta, options: Record<string, unknown>, errors: string[]): boolean {
  const declared = meta.options ?? {};
  const names = Object.keys(declared);
  let valid = true;
  for (const [name, value] of Object.entries(options)) {
    const option = declared[name];
    if (!option) {
      errors.push(`rules.${meta.id}.${name}: unknown option (${names.length ? `${meta.id} takes ${names.join(', ')}` : `${meta.id} takes no options`})`);
      valid = false;
    } else if (option.type === 'boolean' && typeof value !== 'boolean') {
      errors.push(`rules.${meta.id}.${name}: must be true or false`);
      valid = false;
    } else if (option.type === 'integer' && !(Number.isInteger(value) && (value as number) >= option.minimum)) {
      errors.push(`rules.${meta.id}.${name}: must be a whole number of at least ${option.minimum}`);
      valid = false;
    }
  }
  return valid;
}

function validateSpeakers(raw: unknown, errors: string[]): EmpathyConfig['speakers'] {
  if (!isObject(raw)) {
    errors.push('speakers: must be an object with "agent" and/or "customer" lists');
    return undefined;
  }
  const speakers: NonNullable<EmpathyConfig['speakers']> = {};
  for (const role of ['agent', 'customer'] as const) {
    const list = raw[role];
    if (list === undefined) continue;
    if (!Array.isArray(list) || !list.every((s) => typeof s === 'string' && s.trim().length > 0)) {
      errors.push(`speakers.${role}: must be a list of labels`);
      continue;
    }
    speakers[role] = list.map((s: string) => s.trim());
  }
  return speakers;
}

function validatePhrases(raw: unknown, errors: string[]): CustomPhrase[] | undefined {
  if (!Array.isArray(raw)) {
    errors.push('phrases: must be a list of {"text", "message", "replacement"}');
    return undefined;
  }
  const phrases: CustomPhrase[] = [];
  raw.forEach((p, i) => {
    if (!isObject(p) || typeof p.text !== 'string' || p.text.trim().length === 0) {
      errors.push(`phrases[${i}]: needs a non-empty "text"`);
      return;
    }
    if (p.text.length > MAX_PHRASE_LENGTH) {
      errors.push(`phrases[${i}].text: longer than ${MAX_PHRASE_LENGTH} characters`);
      return;
    }
    for (const key of Object.keys(p)) if (!['text', 'message', 'replacement'].includes(key)) errors.push(`phrases[${i}].${key}: unknown key (expected text, message or replacement)`);
    if (p.message !== undefined && typeof p.message !== 'string') errors.push(`phrases[${i}].message: must be a string`);
    if (p.replacement !== undefined && typeof p.replacement !== 'string') errors.push(`phrases[${i}].replacement: must be a string`);
    phrases.push({
      text: p.text,
      message: typeof p.message === 'string' ? p.message : undefined,
      replacement: typeof p.replacement === 'string' ? p.replacement : undefined,
    });
  });
  return phrases;
}

/** Labels per role: configured ones plus the defaults, so `Agent:` keeps working. */
export function resolveSpeakers(config: EmpathyConfig): SpeakerConfig {
  return {
    agent: [...new Set([...DEFAULT_SPEAKERS.agent, ...(config.speakers?.agent ?? [])])],
    customer: [...new Set([...DEFAULT_SPEAKERS.customer, ...(config.speakers?.customer ?? [])])],
  };
}

/** The severity and options of one rule under a config. */
export function resolveRule(config: EmpathyConfig, id: string, defaultSeverity: Severity): ResolvedRuleSetting {
  const value = config.rules?.[id];
  if (value === undefined) return { severity: defaultSeverity, options: {} };
  if (typeof value === 'string') return { severity: value, options: {} };
  return { severity: value[0], options: value[1] ?? {} };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
