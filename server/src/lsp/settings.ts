// Editor settings (`empathyLint.*` via workspace/configuration) and how they merge over a
// `.empathylintrc.json`: a setting's severity wins over the file's; speaker aliases add up.
import { SITUATIONS, type EmpathyConfig, type Severity } from '../engine/index.js';

export interface ServerSettings {
  enable: boolean;
  /** Rule ID → severity overrides. */
  rules: Record<string, Severity>;
  speakers: { agent: string[]; customer: string[] };
}

export const DEFAULT_SETTINGS: ServerSettings = { enable: true, rules: {}, speakers: { agent: [], customer: [] } };

const SEVERITIES: readonly string[] = ['off', 'warn', 'error'];

/** Reads whatever the client sent (possibly null or malformed) into well-formed settings. */
export function normalizeSettings(raw: unknown): ServerSettings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const rules: Record<string, Severity> = {};
  if (isRecord(raw.rules)) {
    for (const [id, value] of Object.entries(raw.rules)) if (typeof value === 'string' && SEVERITIES.includes(value)) rules[id] = value as Severity;
  }
  const speakers = isRecord(raw.speakers) ? raw.speakers : {};
  return {
    enable: raw.enable !== false,
    rules,
    speakers: { agent: labels(speakers.agent), customer: labels(speakers.customer) },
  };
}

/** The config to lint with: the file's config with the settings laid over it. */
export function mergeSettings(file: EmpathyConfig, settings: ServerSettings): EmpathyConfig {
  const rules: NonNullable<EmpathyConfig['rules']> = { ...file.rules };
  for (const [id, severity] of Object.entries(settings.rules)) {
    const existing = rules[id];
    // keep the file's rule options when only the severity is overridden
    rules[id] = Array.isArray(existing) && existing.length > 1 ? [severity, existing[1] ?? {}] : severity;
  }
  const agent = [...(file.speakers?.agent ?? []), ...settings.speakers.agent];
  const customer = [...(file.speakers?.customer ?? []), ...settings.speakers.customer];
  return { ...file, rules, speakers: { agent: [...new Set(agent)], customer: [...new Set(customer)] } };
}

/** `situation` values offered in front-matter completion. */
export const SITUATION_VALUES: readonly string[] = SITUATIONS;

/** Non-empty label strings from a settings value, trimmed. */
function labels(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((s): s is string => typeof s === 'string' && s.trim().length > 0).map((s) => s.trim()) : [];
}

/** A plain object (not null, not an array). */
function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
