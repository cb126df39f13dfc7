// Editor settings (`empathyLint.*` via workspace/configuration) and how they merge over a
// `.empathylintrc.json`: a setting's severity wins over the file's; speaker aliases add up.
import { SITUATIONS, type EmpathyConfig, type Severity } from '../engine/types.js';

/** When a script is linted: as it is typed, or when it is saved (`empathyLint.run`). */
export type RunMode = 'onType' | 'onSave';
/** Which scripts report diagnostics: the open ones, or every script of the workspace (`empathyLint.lintScope`). */
export type LintScope = 'openFiles' | 'workspace';

export interface ServerSettings {
  enable: boolean;
  run: RunMode;
  lintScope: LintScope;
  /** Code lenses above each section (`empathyLint.codeLens`). */
  codeLens: boolean;
  /** Rule ID → severity overrides. */
  rules: Record<string, Severity>;
  speakers: { agent: string[]; customer: string[] };
}

export const DEFAULT_SETTINGS: ServerSettings = { enable: true, run: 'onType', lintScope: 'openFiles', codeLens: true, rules: {}, speakers: { agent: [], customer: [] } };

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
    run: raw.run === 'onSave' ? 'onSave' : 'onType',
    lintScope: raw.lintScope === 'workspace' ? 'workspace' : 'openFiles',
    codeLens: raw.codeLens !== false,
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

/**
 * The `empathyLint` settings read for editor behaviour (when to lint, which files, code lenses),
 * asked once per document (and once for the window) until settings change.
 */
export class SettingsReader {
  private readonly byUri = new Map<string, Promise<ServerSettings>>();
  /** Settings already answered, for decisions that must be taken at once (an edit's handling keeps the order of edits). */
  private readonly known = new Map<string, ServerSettings>();

  constructor(private readonly ask: ((scopeUri: string | undefined) => Promise<unknown>) | null) {}

  /** Settings for one document; the window's when `uri` is undefined. Defaults when the client cannot be asked. */
  for(uri?: string): Promise<ServerSettings> {
    if (!this.ask) return Promise.resolve(DEFAULT_SETTINGS);
    const key = uri ?? '';
    let pending = this.byUri.get(key);
    if (!pending) {
      pending = this.ask(uri).then(normalizeSettings, () => DEFAULT_SETTINGS);
      this.byUri.set(key, pending);
      void pending.then((settings) => {
        if (this.byUri.get(key) === pending) this.known.set(key, settings);
      });
    }
    return pending;
  }

  /** Settings answered already, without waiting: the defaults until the first answer (which this asks for). */
  now(uri?: string): ServerSettings {
    const known = this.known.get(uri ?? '');
    if (!known) void this.for(uri);
    return known ?? DEFAULT_SETTINGS;
  }

  /** Settings changed: ask again next time. */
  clear(): void {
    this.byUri.clear();
    this.known.clear();
  }

  /** A closed document's settings are not needed any more. */
  forget(uri: string): void {
    this.byUri.delete(uri);
    this.known.delete(uri);
  }
}
