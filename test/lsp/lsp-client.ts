// A small LSP client for the protocol tests: starts `node dist/server.js --stdio`, answers the
// server's requests (configuration, registration) and waits on real diagnostics, never on a clock,
// though never forever either: a wait past its deadline fails with what was last published.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exited, tail, WAIT_MS, withDeadline } from './deadline.js';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

/** What a typical editor announces; tests switch parts off or on. */
export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true } },
    rename: { prepareSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
  workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: false } },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** Returned for `workspace/configuration` requests (the `empathyLint` section). */
  settings?: () => unknown;
  initializationOptions?: unknown;
}

export class TestClient {
  readonly root = mkdtempSync(join(tmpdir(), 'empathy-lsp-'));
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: (() => void)[] = [];
  stderr = '';
  /** Every publishDiagnostics, in order (the tests of stale results read them all). */
  readonly published: PublishDiagnosticsParams[] = [];
  /** `window/showMessage` texts, in order. */
  readonly shownMessages: string[] = [];
  exited = false;

  constructor(private readonly options: StartOptions = {}) {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    this.process.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.process.on('exit', () => {
      this.exited = true;
      this.wake();
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.latest.set(p.uri, p);
      this.wake();
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.options.settings?.() ?? null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('window/showMessage', (p: { message: string }) => void this.shownMessages.push(p.message));
    this.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.shownMessages.push(p.message);
      return null;
    });
    this.connection.listen();
  }

  async initialize(): Promise<Record<string, unknown>> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.root).href,
      workspaceFolders: [{ uri: pathToFileURL(this.root).href, name: 'root' }],
      capabilities: this.options.capabilities ?? DEFAULT_CAPABILITIES,
      initializationOptions: this.options.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result.capabilities;
  }

  uri(name: string): string {
    return pathToFileURL(join(this.root, name)).href;
  }

  async open(name: string, text: string, languageId = 'scenario'): Promise<string> {
    const uri = this.uri(name);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  async replace(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Waits for diagnostics of `uri` at `version` (and matching `accept`, when given); fails after `timeoutMs` with the last ones published. */
  async diagnostics(uri: string, version: number, accept: (d: Diagnostic[]) => boolean = () => true, timeoutMs = WAIT_MS): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = this.latest.get(uri);
      if (p && (p.version === undefined || p.version === version) && accept(p.diagnostics)) return p.diagnostics;
      if (this.exited) throw new Error(`server exited: ${tail(this.stderr)}`);
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`no diagnostics of ${uri} at version ${version} that the test accepts after ${timeoutMs} ms; last published: ${this.describe(uri)}; server stderr: ${tail(this.stderr)}`);
      }
      await this.nextWake(left);
    }
  }

  /** Sends a request; fails after `timeoutMs` naming the method and the server's last words. */
  request<R>(method: string, params: unknown, timeoutMs = WAIT_MS): Promise<R> {
    return withDeadline(this.connection.sendRequest<R>(method, params), `the answer to ${method}`, () => `exited: ${this.exited}; server stderr: ${tail(this.stderr)}`, timeoutMs);
  }

  async stop(): Promise<void> {
    try {
      if (!this.exited) {
        await this.connection.sendRequest('shutdown').catch(() => undefined);
        await this.connection.sendNotification('exit').catch(() => undefined);
        await exited(this.process, 'the server after shutdown and exit');
      }
    } finally {
      this.connection.dispose();
    }
  }

  /** What was last published for `uri`: its version and findings (rule@line), or what other documents got. */
  private describe(uri: string): string {
    const p = this.latest.get(uri);
    if (!p) return `nothing for this document (published for: ${[...this.latest.keys()].join(', ') || 'no document'})`;
    const findings = p.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`).join(', ');
    return `version ${p.version ?? '(none)'}, ${p.diagnostics.length} diagnostic(s)${findings ? `: ${findings}` : ''}`;
  }

  /** Resolves at the next publish or exit, or after `ms`, whichever comes first. */
  private nextWake(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

/** The two-exchange scenario of the contract check: a policy apology, then an early personalization. */
export const TWO_EXCHANGES = [
  "Customer: Why can't I get a refund? It's been five weeks.",
  "Agent: I'm sorry, but our policy doesn't allow refunds after thirty days.",
  "Customer: My mother passed away, that's why I'm late.",
  'Agent: Oh, I remember when my mom died, I was a wreck for months.',
  '',
].join('\n');

/** A branching script with a jump to a section that does not exist. */
export const BRANCHING = [
  '---',
  'title: Wrong item',
  'situation: company-at-fault',
  '---',
  '# opening',
  'Agent: Thank you for calling Acme, this is Sam. How can I help?',
  'Customer: I ordered an oven and got a cutting board.',
  '* Customer is calm -> resolution',
  '-> nowhere',
  '',
  '# resolution',
  "Agent: I'm sorry, that was our mistake. I'll send the correct oven by Friday.",
  '',
].join('\n');
