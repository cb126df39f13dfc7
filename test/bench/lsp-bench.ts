// Language-server latency and memory, measured as an editor sees them over stdio: first open,
// didChange → diagnostics over single-character edits, completion, code actions, and RSS with
// many open scripts. Works with pushed (publishDiagnostics) or pulled (textDocument/diagnostic) diagnostics.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_NODE_OPTIONS } from '../../shared/server-launch.js';
import { scenarioOfLines } from './corpus.js';
import { LspClient } from './lsp-client.js';
import { median, percentile } from './stats.js';

export const EDIT_FILE_LINES = 2000;
export const EDIT_COUNT = 200;
export const MEMORY_FILES = 100;
export const MEMORY_FILE_LINES = 500;
const REQUEST_SAMPLES = 40;
/** Pull sessions of 200 edits each: the edit target must hold in every one. */
export const EDIT_RUNS = 3;
/** The paste: about this many bytes of generated script lines replace a small document in one change. */
export const PASTE_BYTES = 5_000_000;
/** Lines of the script hovered and completed in while the paste lints. */
const PASTE_SMALL_LINES = 500;
/** How long the paste may take to lint before the measure gives up. */
const PASTE_TIMEOUT_MS = 180_000;
const DIAGNOSTICS_TIMEOUT_MS = 10_000;
/** Opening 100 scripts at once queues 100 lints: allow them all the time they need. */
const MEMORY_TIMEOUT_MS = 300_000;

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  code?: string | number;
  message: string;
}
interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
interface ServerCapabilities {
  textDocumentSync?: number | { change?: number };
  completionProvider?: unknown;
  codeActionProvider?: unknown;
  diagnosticProvider?: unknown;
}

export interface Latency {
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

/** One diagnostics delivery mode: pulled (VS Code asks after each change) or pushed (older clients; debounced). */
export interface ModeResult {
  initializeMs: number;
  firstOpenMs: number;
  firstOpenDiagnostics: number;
  edit: Latency & { timeouts: number };
}

/** Hover and completion on a small script while a 5 MB paste into another one lints. */
export interface PasteResult {
  bytes: number;
  /** didChange of the paste → its diagnostics (pulled). */
  lintMs: number;
  hover: Latency;
  completion: Latency;
}

export interface LspResult {
  syncKind: 'full' | 'incremental';
  pull: ModeResult | string;
  /** Every pull session's edits (the first is `pull`). */
  pullRuns?: (ModeResult | string)[];
  paste?: PasteResult | string;
  push: ModeResult | string;
  completion: Latency | string;
  codeAction: (Latency & { withDiagnostics: boolean }) | string;
  idleRssMb: number | string;
  /** RSS once the first script is linted (the lint worker started). */
  oneOpenRssMb?: number | string;
  rssMb: number | string;
  peakRssMb: number | string;
  memoryOpenMs: number | string;
  /** RSS after the server has sat idle for SETTLE_MS with the 100 scripts open. */
  settledRssMb: number | string;
}

type Mode = 'push' | 'pull';

function latency(samples: readonly number[]): Latency {
  return { p50: median(samples), p95: percentile(samples, 95), max: Math.max(...samples), samples: samples.length };
}

/** Resident and peak memory of a live process, in MB, from /proc. */
function rssOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Offset of a position in `text` (LF line ends). */
function offsetAt(text: string, pos: Position): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + pos.character;
}

/** One server session: started, initialized, with helpers that open, edit and time. */
class Session {
  readonly client: LspClient;
  capabilities: ServerCapabilities = {};

  constructor(
    serverJs: string,
    private readonly root: string,
    readonly mode: Mode,
  ) {
    // started as the README and the VS Code client start it
    this.client = new LspClient(process.execPath, [...SERVER_NODE_OPTIONS, serverJs, '--stdio'], root);
  }

  get syncKind(): 'full' | 'incremental' {
    const sync = this.capabilities.textDocumentSync;
    const kind = typeof sync === 'number' ? sync : sync?.change;
    return kind === 2 ? 'incremental' : 'full';
  }

  async initialize(): Promise<number> {
    const started = performance.now();
    const uri = pathToFileURL(this.root).href;
    const result = await this.client.request<{ capabilities: ServerCapabilities }>('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'bench' }],
      initializationOptions: { workspaceTrusted: true },
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true },
          ...(this.mode === 'pull' ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
          completion: { completionItem: { snippetSupport: true } },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        },
      },
    });
    this.capabilities = result.capabilities ?? {};
    if (this.mode === 'pull' && !this.capabilities.diagnosticProvider) throw new Error('the server offers no pull diagnostics (diagnosticProvider)');
    this.client.notify('initialized', {});
    return performance.now() - started;
  }

  /** Sends didOpen and waits for that document's diagnostics; returns them. */
  async open(uri: string, text: string, languageId: string, timeoutMs = DIAGNOSTICS_TIMEOUT_MS): Promise<Diagnostic[]> {
    const pushed = this.client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, timeoutMs);
    this.client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    if (this.mode === 'pull') {
      pushed.catch(() => undefined);
      return this.pull(uri, timeoutMs);
    }
    return (await pushed).diagnostics;
  }

  close(): Promise<void> {
    return this.client.close();
  }

  /** Pulled diagnostics for one document, sending the last result ID as VS Code does (an "unchanged" answer keeps the last items). */
  async pull(uri: string, timeoutMs = DIAGNOSTICS_TIMEOUT_MS): Promise<Diagnostic[]> {
    const previous = this.pulled.get(uri);
    const params = { textDocument: { uri }, ...(previous?.resultId ? { previousResultId: previous.resultId } : {}) };
    const report = await this.client.request<{ kind?: string; resultId?: string; items?: Diagnostic[] }>('textDocument/diagnostic', params, timeoutMs);
    const items = report.kind === 'unchanged' && previous ? previous.items : (report.items ?? []);
    this.pulled.set(uri, { resultId: report.resultId, items });
    return items;
  }

  private readonly pulled = new Map<string, { resultId?: string; items: Diagnostic[] }>();

  /** Sends one change and waits for the diagnostics of that version. */
  async change(uri: string, version: number, range: Range, insert: string, fullText: string): Promise<Diagnostic[]> {
    const change = this.syncKind === 'incremental' ? { range, text: insert } : { text: fullText };
    const pushed =
      this.mode === 'push'
        ? this.client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && (p.version === undefined || p.version === null || p.version >= version), DIAGNOSTICS_TIMEOUT_MS)
        : null;
    this.client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    return pushed ? (await pushed).diagnostics : this.pull(uri);
  }
}

/** didOpen → diagnostics for one document. */
async function timeOpen(session: Session, uri: string, text: string): Promise<{ ms: number; diagnostics: Diagnostic[] }> {
  const started = performance.now();
  const diagnostics = await session.open(uri, text, 'scenario');
  return { ms: performance.now() - started, diagnostics };
}

/** 200 one-character edits: type a phrase at the end of a middle line, then delete it again. */
async function timeEdits(session: Session, uri: string, initial: string): Promise<{ samples: number[]; timeouts: number; last: Diagnostic[] }> {
  const lines = initial.split('\n');
  const line = Math.floor(lines.length / 2);
  const phrase = ' calm down, it is not a big deal, like I said before, you should have known that. ';
  let text = initial;
  let version = 1;
  let timeouts = 0;
  let last: Diagnostic[] = [];
  const samples: number[] = [];
  const typed = EDIT_COUNT / 2;
  for (let i = 0; i < EDIT_COUNT; i++) {
    const character = lines[line].length + (i < typed ? i : EDIT_COUNT - i - 1);
    const at = { line, character };
    const insert = i < typed ? phrase[i % phrase.length] : '';
    const range = insert ? { start: at, end: at } : { start: at, end: { line, character: character + 1 } };
    const offset = offsetAt(text, at);
    text = insert ? text.slice(0, offset) + insert + text.slice(offset) : text.slice(0, offset) + text.slice(offset + 1);
    version++;
    const started = performance.now();
    try {
      last = await session.change(uri, version, range, insert, text);
      samples.push(performance.now() - started);
    } catch {
      timeouts++;
    }
  }
  return { samples, timeouts, last };
}

async function timeCompletion(session: Session, uri: string, text: string): Promise<Latency | string> {
  if (!session.capabilities.completionProvider) return 'not measured: the server has no completionProvider';
  const lines = text.split('\n');
  const samples: number[] = [];
  for (let i = 0; i < REQUEST_SAMPLES; i++) {
    const line = 100 + ((i * 37) % (lines.length - 200));
    const character = i % 2 === 0 ? 0 : Math.min(lines[line].length, 7);
    const started = performance.now();
    await session.client.request('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    samples.push(performance.now() - started);
  }
  return latency(samples);
}

async function timeCodeActions(session: Session, uri: string, diagnostics: Diagnostic[]): Promise<(Latency & { withDiagnostics: boolean }) | string> {
  if (!session.capabilities.codeActionProvider) return 'not measured: the server has no codeActionProvider';
  const samples: number[] = [];
  for (let i = 0; i < REQUEST_SAMPLES; i++) {
    const diagnostic = diagnostics.length ? diagnostics[(i * 7) % diagnostics.length] : null;
    const range = diagnostic?.range ?? { start: { line: 100 + i, character: 0 }, end: { line: 100 + i, character: 10 } };
    const started = performance.now();
    await session.client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: diagnostic ? [diagnostic] : [] } });
    samples.push(performance.now() - started);
  }
  return { ...latency(samples), withDiagnostics: diagnostics.length > 0 };
}

/** Opens 100 scripts of 500 lines on a fresh server, waits for all their diagnostics, reads RSS. */
/** How long the memory session then stays idle before RSS is read again (V8 shrinks an idle heap after some seconds). */
export const SETTLE_MS = 30_000;

async function measureMemory(serverJs: string, root: string): Promise<{ idle: number; oneOpen: number; rss: number; peak: number; openMs: number; settled: number }> {
  const session = new Session(serverJs, root, 'push');
  try {
    await session.initialize();
    const idle = rssOf(session.client.pid).rss;
    const started = performance.now();
    const docs = Array.from({ length: MEMORY_FILES }, (_, i) => {
      const path = join(root, `memory${String(i).padStart(3, '0')}.scenario`);
      const text = scenarioOfLines(MEMORY_FILE_LINES, 1000 + i);
      writeFileSync(path, text);
      return { uri: pathToFileURL(path).href, text };
    });
    // the first script alone: what starting the lint worker (its own engine) costs
    await session.open(docs[0].uri, docs[0].text, 'scenario', MEMORY_TIMEOUT_MS);
    const oneOpen = rssOf(session.client.pid).rss;
    await Promise.all(docs.slice(1).map((d) => session.open(d.uri, d.text, 'scenario', MEMORY_TIMEOUT_MS)));
    const openMs = performance.now() - started;
    const { rss, peak } = rssOf(session.client.pid);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return { idle, oneOpen, rss, peak, openMs, settled: rssOf(session.client.pid).rss };
  } finally {
    await session.close();
  }
}

/** One session in one mode: open the 2,000-line scenario, then the edits; completion and code actions when asked. */
async function measureMode(serverJs: string, root: string, mode: Mode, uri: string, text: string, requests: boolean) {
  const session = new Session(serverJs, root, mode);
  try {
    const initializeMs = await session.initialize();
    const first = await timeOpen(session, uri, text);
    const edits = await timeEdits(session, uri, text);
    const result: ModeResult = {
      initializeMs,
      firstOpenMs: first.ms,
      firstOpenDiagnostics: first.diagnostics.length,
      edit: { ...latency(edits.samples), timeouts: edits.timeouts },
    };
    if (!requests) return { result, syncKind: session.syncKind };
    const completion = await timeCompletion(session, uri, text);
    const codeAction = await timeCodeActions(session, uri, edits.last.length ? edits.last : first.diagnostics);
    return { result, syncKind: session.syncKind, completion, codeAction };
  } finally {
    await session.close();
  }
}

const reason = (error: unknown) => `not measured: ${error instanceof Error ? error.message : String(error)}`;

/**
 * A 5 MB paste into an open script, and meanwhile, until its diagnostics arrive, hover and completion
 * one after the other on a 500-line script: how long each answer takes while the server lints.
 */
async function measurePaste(serverJs: string, root: string): Promise<PasteResult> {
  const session = new Session(serverJs, root, 'pull');
  try {
    await session.initialize();
    const smallText = scenarioOfLines(PASTE_SMALL_LINES, 77);
    const small = pathToFileURL(join(root, 'paste-small.scenario')).href;
    await session.open(small, smallText, 'scenario');
    const target = pathToFileURL(join(root, 'paste-target.scenario')).href;
    await session.open(target, 'Agent: Thank you for calling.\n', 'scenario');
    const pasted: string[] = [];
    let bytes = 0;
    for (let seed = 0; bytes < PASTE_BYTES; seed++) {
      const part = scenarioOfLines(2000, 5000 + seed);
      pasted.push(part);
      bytes += Buffer.byteLength(part);
    }
    const text = pasted.join('');
    const started = performance.now();
    session.client.notify('textDocument/didChange', { textDocument: { uri: target, version: 2 }, contentChanges: [{ text }] });
    let done = false;
    let lintMs = NaN;
    const diagnostics = session.pull(target, PASTE_TIMEOUT_MS).then(() => {
      lintMs = performance.now() - started;
      done = true;
    });
    const lines = smallText.split('\n');
    const hover: number[] = [];
    const completion: number[] = [];
    for (let i = 0; !done; i++) {
      const line = (i * 37) % (lines.length - 1);
      const position = { line, character: Math.min(lines[line].length, 12) };
      const asked = performance.now();
      if (i % 2 === 0) {
        await session.client.request('textDocument/hover', { textDocument: { uri: small }, position });
        hover.push(performance.now() - asked);
      } else {
        await session.client.request('textDocument/completion', { textDocument: { uri: small }, position: { line, character: 0 } });
        completion.push(performance.now() - asked);
      }
    }
    await diagnostics;
    if (hover.length === 0 || completion.length === 0) throw new Error('the paste was linted before a hover and a completion could be asked');
    return { bytes: Buffer.byteLength(text), lintMs, hover: latency(hover), completion: latency(completion) };
  } finally {
    await session.close();
  }
}

/** Every language-server figure; a part that cannot be measured says why. */
export async function measureServer(serverJs: string, workDir: string): Promise<LspResult> {
  const root = join(workDir, 'lsp');
  mkdirSync(root, { recursive: true });
  const path = join(root, 'edit-2000.scenario');
  const text = scenarioOfLines(EDIT_FILE_LINES, 2000);
  writeFileSync(path, text);
  const uri = pathToFileURL(path).href;
  const pull = await measureMode(serverJs, root, 'pull', uri, text, true).catch((error: unknown) => reason(error));
  const pullRuns: (ModeResult | string)[] = [typeof pull === 'string' ? pull : pull.result];
  for (let run = 1; run < EDIT_RUNS; run++) {
    pullRuns.push(
      await measureMode(serverJs, root, 'pull', uri, text, false).then(
        (r) => r.result,
        (error: unknown) => reason(error),
      ),
    );
  }
  const paste = await measurePaste(serverJs, root).catch((error: unknown) => reason(error));
  const push = await measureMode(serverJs, root, 'push', uri, text, typeof pull === 'string').catch((error: unknown) => reason(error));
  const withRequests = typeof pull !== 'string' ? pull : typeof push !== 'string' ? push : null;
  const memory = await measureMemory(serverJs, root).catch((error: unknown) => reason(error));
  const fromMemory = (pick: (m: Exclude<typeof memory, string>) => number) => (typeof memory === 'string' ? memory : pick(memory));
  return {
    syncKind: withRequests?.syncKind ?? 'full',
    pull: typeof pull === 'string' ? pull : pull.result,
    pullRuns,
    paste,
    push: typeof push === 'string' ? push : push.result,
    completion: withRequests?.completion ?? 'not measured: no session reached the requests',
    codeAction: withRequests?.codeAction ?? 'not measured: no session reached the requests',
    idleRssMb: fromMemory((m) => m.idle),
    oneOpenRssMb: fromMemory((m) => m.oneOpen),
    rssMb: fromMemory((m) => m.rss),
    peakRssMb: fromMemory((m) => m.peak),
    memoryOpenMs: fromMemory((m) => m.openMs),
    settledRssMb: fromMemory((m) => m.settled),
  };
}
