// The smallest LSP client that can time a server over stdio: Content-Length framing, requests with
// ids, notifications, and answers to the server's own requests (configuration, registrations).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

type Listener = (method: string, params: unknown) => void;

export class LspClient {
  readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Set<Listener>();
  private stderr = '';
  private exited: string | null = null;

  constructor(command: string, args: readonly string[], cwd: string) {
    this.child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-2000)));
    this.child.on('exit', (code, signal) => {
      this.exited = `server exited (${code ?? signal}): ${this.stderr.trim().split('\n').slice(-2).join(' | ')}`;
      for (const p of this.pending.values()) p.reject(new Error(this.exited));
      this.pending.clear();
    });
    this.child.stdin.on('error', () => undefined);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Sends a request and resolves with its result; rejects on an error answer, exit or timeout. */
  request<T>(method: string, params: unknown, timeoutMs = 30_000): Promise<T> {
    if (this.exited) return Promise.reject(new Error(this.exited));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the params of the first notification `accept` takes, or rejects after `timeoutMs`. */
  waitFor<T>(method: string, accept: (params: T) => boolean, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no ${method} in ${timeoutMs} ms${this.exited ? `; ${this.exited}` : ''}`));
      }, timeoutMs);
      const listener: Listener = (m, params) => {
        if (m !== method || !accept(params as T)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(params as T);
      };
      this.listeners.add(listener);
    });
  }

  /** Asks the server to shut down, then makes sure the process is gone. */
  async close(): Promise<void> {
    if (!this.exited) {
      try {
        await this.request('shutdown', null, 3000);
        this.notify('exit', null);
      } catch {
        // a server that cannot shut down cleanly is killed below
      }
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1] ?? NaN);
      if (!Number.isFinite(length) || this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method && message.id !== undefined) return this.answerServerRequest(message);
    if (message.method) {
      for (const listener of [...this.listeners]) listener(message.method, message.params);
      return;
    }
    const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
    if (!pending) return;
    this.pending.delete(message.id as number);
    if (message.error) pending.reject(new Error(`${message.error.code}: ${message.error.message}`));
    else pending.resolve(message.result);
  }

  /** Default answers, as an editor with no settings would give them. */
  private answerServerRequest(message: Message): void {
    let result: unknown = null;
    if (message.method === 'workspace/configuration') {
      const items = (message.params as { items?: unknown[] } | undefined)?.items ?? [];
      result = items.map(() => null);
    }
    this.send({ jsonrpc: '2.0', id: message.id, result });
  }
}
