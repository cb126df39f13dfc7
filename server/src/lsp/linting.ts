// Lints open documents with the right config, once per (version, config generation):
// hover, code actions, completion and diagnostics all read the same cached result.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type EmpathyConfig, type LintResult } from '../engine/index.js';
import { baselineFileKey, BaselineError, filterByBaseline, loadBaseline } from '../node/baseline.js';
import { clearConfigCache, loadConfigFor } from '../node/config.js';
import { SETTINGS_SECTION } from '../../../shared/protocol.js';
import { DEFAULT_SETTINGS, mergeSettings, normalizeSettings, type ServerSettings } from './settings.js';

/** One lint of one document version. */
export interface Linted {
  uri: string;
  version: number;
  text: string;
  result: LintResult;
  config: EmpathyConfig;
  enabled: boolean;
  /** Config problems and trust notes, for the log and the status bar. */
  notes: string[];
}

/** The config that applies to one document. */
export interface ResolvedConfig {
  config: EmpathyConfig;
  enabled: boolean;
  notes: string[];
  /** The config's `baseline` file (absolute) and this document's path, so the editor hides what CI hides. */
  baseline?: { path: string; file: string };
}

/** Lints kept for the documents used most recently: with 100 scripts open, results were most of the server's memory. */
export const MAX_CACHED_LINTS = 12;

/** Makes `key` the most recently used entry of `map` (insertion order), dropping the least recently used beyond MAX_CACHED_LINTS. */
export function setRecent<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_CACHED_LINTS) map.delete(map.keys().next().value!);
}

export const UNTRUSTED_NOTE = 'Untrusted workspace: linting with the default rules; .empathylintrc.json files are ignored.';

export class LintService {
  /** Bumped whenever settings or config files change, which invalidates every cached lint. */
  private configGeneration = 0;
  private readonly settingsByUri = new Map<string, Promise<ServerSettings>>();
  /**
   * In-flight and finished lints, so concurrent requests for one version lint once; kept for the
   * documents used most recently (least recently used first). Diagnostics are already with the client:
   * only the documents being worked on need their findings at hand (for hover and quick fixes), and the
   * rest are linted again when asked.
   */
  private readonly cache = new Map<string, { version: number; generation: number; linted: Promise<Linted> }>();
  private readonly loggedNotes = new Set<string>();
  /** The last finished lint per document, most recently used last (bounded like the cache). */
  private readonly lastResults = new Map<string, LintResult>();

  constructor(
    private readonly connection: Connection,
    private readonly canAskConfiguration: boolean,
    private trusted: boolean,
  ) {}

  /** Changes whenever the config may have changed; part of workspace diagnostic result IDs. */
  get generation(): number {
    return this.configGeneration;
  }

  /** Settings or a config file changed: forget everything derived from them. */
  configChanged(): void {
    this.configGeneration++;
    this.settingsByUri.clear();
    this.cache.clear();
    this.lastResults.clear();
    clearConfigCache();
  }

  /** The user trusted the workspace: config files count from now on. */
  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
    this.configChanged();
  }

  /** A closed document: its settings and lint are not needed any more. */
  forget(uri: string): void {
    this.settingsByUri.delete(uri);
    this.cache.delete(uri);
    this.lastResults.delete(uri);
  }

  /** The lint of the document's current version (cached). */
  async lintDocument(document: TextDocument): Promise<Linted> {
    const generation = this.configGeneration;
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === generation) {
      setRecent(this.cache, document.uri, cached);
      return cached.linted;
    }
    const { uri, version } = document;
    const text = document.getText();
    // The last finished lint of this document: an edit below its top resumes the walk from there.
    const previous = this.lastResults.get(uri);
    const linted = this.configFor(uri).then((resolved) => this.lintText(uri, version, text, resolved, previous));
    linted.then(
      (done) => setRecent(this.lastResults, uri, done.result),
      () => undefined,
    );
    setRecent(this.cache, uri, { version, generation, linted });
    linted.catch(() => {
      if (this.cache.get(uri)?.linted === linted) this.cache.delete(uri);
    });
    return linted;
  }

  /** Lints text that is not (or not necessarily) open, e.g. a file on disk; `previous` is an earlier lint of the same document. */
  lintText(uri: string, version: number, text: string, resolved: ResolvedConfig, previous?: LintResult): Linted {
    const result = resolved.enabled ? lint(text, { config: resolved.config, previous, resumable: true }) : { document: lint('').document, findings: [], suppressed: [] };
    if (resolved.enabled && resolved.baseline) result.findings = this.withoutBaselined(result, text, resolved.baseline);
    return { uri, version, text, result, config: resolved.config, enabled: resolved.enabled, notes: resolved.notes };
  }

  /**
   * The findings a baseline does not record, matched as the CLI matches them (by rule and line text),
   * so the Problems panel and CI agree. The array is replaced, not the result: a later lint resumes from it.
   */
  private withoutBaselined(result: LintResult, text: string, baseline: { path: string; file: string }): LintResult['findings'] {
    try {
      const counts = loadBaseline(baseline.path).byFile.get(baselineFileKey(baseline.path, baseline.file));
      return filterByBaseline(result.findings, counts, text, result.document.lineStarts).kept;
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error;
      this.logOnce(error.message);
      return result.findings;
    }
  }

  /** Settings merged over the nearest `.empathylintrc.json` (ignored when the workspace is untrusted). */
  async configFor(uri: string): Promise<ResolvedConfig> {
    const settings = await this.settingsFor(uri);
    const notes: string[] = [];
    let fileConfig: EmpathyConfig = {};
    let baseline: ResolvedConfig['baseline'];
    const path = filePathOf(uri);
    if (!this.trusted) notes.push(UNTRUSTED_NOTE);
    else if (path) {
      const load = loadConfigFor(path);
      fileConfig = load.config;
      notes.push(...load.errors);
      if (load.config.baseline && load.configPath) baseline = { path: resolve(dirname(load.configPath), load.config.baseline), file: path };
    }
    for (const note of notes) this.logOnce(note);
    return { config: mergeSettings(fileConfig, settings), enabled: settings.enable, notes, ...(baseline ? { baseline } : {}) };
  }

  /** The `empathyLint` settings for a document, asked once until settings change. */
  private settingsFor(uri: string): Promise<ServerSettings> {
    if (!this.canAskConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let pending = this.settingsByUri.get(uri);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(normalizeSettings, () => DEFAULT_SETTINGS);
      this.settingsByUri.set(uri, pending);
    }
    return pending;
  }

  /** Logs each distinct note once; a config problem is also shown to the user once, since linting falls back to defaults. */
  private logOnce(note: string): void {
    if (this.loggedNotes.has(note)) return;
    this.loggedNotes.add(note);
    this.connection.console.warn(`empathy-lint: ${note}`);
    if (note === UNTRUSTED_NOTE) return;
    // a notification, not showWarningMessage's request: some clients (Neovim) prompt for an answer to a request
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `empathy-lint: ${note}` }).catch(() => undefined);
  }
}

/** The file-system path of a `file:` URI; null for untitled or remote documents. */
export function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}
