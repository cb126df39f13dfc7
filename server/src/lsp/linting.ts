// Lints open documents with the right config, once per (version, config generation):
// hover, code actions, completion and diagnostics all read the same cached result. The engine runs in
// the lint worker (lint-thread.ts), so the main thread stays free to answer while a long lint runs;
// the main thread parses a document only when a feature reads its structure. The features that read
// findings (hover, code actions, code lenses, the preview) are answered by the thread that linted, so
// this thread loads neither the rules nor the intent model: it checks config files against the rules'
// metadata as the worker reports it.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveSpeakers, validateConfig } from '../engine/config.js';
import { parse } from '../engine/parser.js';
import type { EmpathyConfig, RuleMeta, ScriptDocument } from '../engine/types.js';
import { ConfigFiles } from '../node/config-files.js';
import { LintCancelled } from './lint-cancelled.js';
import type { FeatureRequest, FeatureResults, LintJob, Linted, LintedWithFindings } from './lint-protocol.js';

export type { Linted, LintedWithFindings };
import { LintThread } from './lint-thread.js';
import { SETTINGS_SECTION } from '../../../shared/protocol.js';
import { DEFAULT_SETTINGS, mergeSettings, normalizeSettings, type ServerSettings } from './settings.js';

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

/** Scripts this long (UTF-16 units) are linted in a thread of their own: a pasted 5 MB line lints for seconds. */
export const LARGE_TEXT_CHARS = 1_000_000;
/** The large-script thread stops after this long without work, giving its memory back. */
const LARGE_THREAD_IDLE_MS = 30_000;

/** Lints of one request overtaken by edits before it gives up (each edit cancels the lint before it). */
const MAX_LINT_ATTEMPTS = 3;

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
  /**
   * Where lints run: worker threads beside this bundle, one for scripts of ordinary size and one for
   * huge ones (a 5 MB paste lints for seconds), so the scripts being edited are never queued behind it.
   */
  private readonly threads: { small: LintThread; large: LintThread };
  /** The thread each lint ran in, which keeps its findings, and the job that made it (to ask that thread for a feature). */
  private readonly madeBy = new WeakMap<Linted, { thread: LintThread; job: Omit<LintJob, 'id' | 'heldDiagnostics' | 'feature'> }>();
  /** Config files, checked against the rules' metadata (asked of the worker once). */
  private configFiles: ConfigFiles | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly canAskConfiguration: boolean,
    private trusted: boolean,
  ) {
    const log = (message: string) => connection.console.error(message);
    this.threads = { small: LintThread.beside(__dirname, log), large: LintThread.beside(__dirname, log, LARGE_THREAD_IDLE_MS) };
  }

  /** Changes whenever the config may have changed; part of workspace diagnostic result IDs. */
  get generation(): number {
    return this.configGeneration;
  }

  /** Settings or a config file changed: forget everything derived from them. */
  configChanged(): void {
    this.configGeneration++;
    this.settingsByUri.clear();
    this.cache.clear();
    this.threads.small.forgetAll();
    this.threads.large.forgetAll();
    this.configFiles?.clear();
  }

  /** The user trusted the workspace: config files count from now on. */
  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
    this.configChanged();
  }

  /** An edit: the document's lints of earlier versions are stale, so they stop and never answer. */
  edited(document: TextDocument): void {
    this.threads.small.cancelDocument(document.uri, document.version);
    this.threads.large.cancelDocument(document.uri, document.version);
  }

  /** A closed document: its settings and lint are not needed any more. */
  forget(uri: string): void {
    this.settingsByUri.delete(uri);
    this.cache.delete(uri);
    this.threads.small.forget(uri);
    this.threads.large.forget(uri);
  }

  /**
   * The lint of the document's current version, for a feature (hover, completion, code actions): a lint
   * an edit or a config change overtakes is followed by one of what is current then.
   */
  async lintDocument(document: TextDocument): Promise<Linted> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.lintVersion(document);
      } catch (error) {
        if (!(error instanceof LintCancelled) || attempt >= MAX_LINT_ATTEMPTS) throw error;
      }
    }
  }

  /** The lint of the document's current version (cached); rejects with LintCancelled when an edit overtakes it (diagnostics of it would be stale). */
  lintVersion(document: TextDocument): Promise<Linted> {
    const generation = this.configGeneration;
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === generation) {
      setRecent(this.cache, document.uri, cached);
      return cached.linted;
    }
    const { uri, version } = document;
    const text = document.getText();
    // an edit while the settings are asked for makes this version stale before its lint starts
    const linted = this.configFor(uri).then((resolved) => {
      if (document.version !== version) throw new LintCancelled();
      return this.lint(uri, version, text, resolved, true);
    });
    setRecent(this.cache, uri, { version, generation, linted });
    linted.catch(() => {
      if (this.cache.get(uri)?.linted === linted) this.cache.delete(uri);
    });
    return linted;
  }

  /** Lints text that is not (or not necessarily) open, e.g. a file on disk. */
  lintText(uri: string, version: number, text: string, resolved: ResolvedConfig): Promise<Linted> {
    return this.lint(uri, version, text, resolved, false);
  }

  /**
   * A feature answered from the lint's findings by the thread that made it (which keeps the lint of
   * the version just linted, or lints that version again); with linting switched off, from the parse.
   */
  feature<K extends FeatureRequest['kind']>(linted: Linted, request: Extract<FeatureRequest, { kind: K }>): Promise<FeatureResults[K]> {
    const made = this.madeBy.get(linted);
    if (made) return made.thread.feature(made.job, request);
    const job = { uri: linted.uri, version: linted.version, text: linted.text, config: linted.config, resumable: false, disabled: true };
    return this.threads.small.feature(job, request);
  }

  /** The rules' metadata (plain data), from the engine's thread, asked once. */
  ruleMetas(): Promise<RuleMeta[]> {
    return (this.metas ??= this.threads.small.ruleMetas());
  }

  private metas: Promise<RuleMeta[]> | undefined;

  /** Stops the workers. */
  async dispose(): Promise<void> {
    await Promise.all([this.threads.small.dispose(), this.threads.large.dispose()]);
  }

  private async lint(uri: string, version: number, text: string, resolved: ResolvedConfig, resumable: boolean): Promise<Linted> {
    const { config, enabled, notes } = resolved;
    if (!enabled) return lazyLinted({ uri, version, text, diagnostics: [], counts: { errors: 0, warnings: 0 }, config, enabled, notes }, '');
    const thread = text.length >= LARGE_TEXT_CHARS ? this.threads.large : this.threads.small;
    const job = { uri, version, text, config, resumable, ...(resolved.baseline ? { baseline: resolved.baseline } : {}) };
    const answer = await thread.run(job);
    for (const note of answer.notes) this.logOnce(note);
    const linted = lazyLinted({ uri, version, text, diagnostics: answer.diagnostics, counts: answer.counts, config, enabled, notes }, text);
    this.madeBy.set(linted, { thread, job });
    return linted;
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
      const load = (await this.loadedConfigFiles()).loadFor(path);
      fileConfig = load.config;
      notes.push(...load.errors);
      if (load.config.baseline && load.configPath) baseline = { path: resolve(dirname(load.configPath), load.config.baseline), file: path };
    }
    for (const note of notes) this.logOnce(note);
    return { config: mergeSettings(fileConfig, settings), enabled: settings.enable, notes, ...(baseline ? { baseline } : {}) };
  }

  /** The config file reader, once the rules' metadata has come from the worker. */
  private async loadedConfigFiles(): Promise<ConfigFiles> {
    if (this.configFiles) return this.configFiles;
    const known = new Map((await this.ruleMetas()).map((m) => [m.id, m] as const));
    return (this.configFiles ??= new ConfigFiles((raw) => validateConfig(raw, known)));
  }

  /** The `empathyLint` settings for a document, asked once until settings change. */
  private settingsFor(uri: string): Promise<ServerSettings> {
    if (!this.canAskConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let pending = this.settingsByUri.get(uri);
    if (!pending) {
      pending = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(normalizeSettings, () => DEFAULT_SETTINGS);
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

/**
 * A lint whose document is parsed on this thread when first read (the same parse as the worker's:
 * same text, same speakers): publishing needs only the worker's diagnostics, and a 5 MB script
 * parsed here would hold up every answer for ~100 ms.
 */
function lazyLinted(fields: Omit<Linted, 'document'>, parsedText: string): Linted {
  let document: ScriptDocument | undefined;
  return Object.defineProperty(fields, 'document', { get: () => (document ??= parse(parsedText, resolveSpeakers(fields.config))) }) as Linted;
}
