// The connection the server speaks on. Over `--stdio`, incoming bytes pass a frame sanitizer first:
// vscode-jsonrpc stops reading the rest of a chunk after a malformed header (no Content-Length, a
// non-numeric one, a line without a colon), which leaves the messages behind it unread and the
// client waiting forever. The sanitizer drops malformed header blocks and passes whole frames on.
import { Transform, type TransformCallback } from 'node:stream';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/** Bytes without a header end kept at most; anything longer is garbage, not a header. */
const MAX_HEADER_BYTES = 64 * 1024;

/** Passes on only well-formed `Content-Length` frames, each whole; skips malformed header blocks. */
export class FrameSanitizer extends Transform {
  private chunks: Buffer[] = [];
  private size = 0;
  /** Bytes the frame being received needs in total, once its header is read. */
  private needed = 0;

  _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size >= this.needed) this.drain();
    done();
  }

  /** Emits every whole frame in the buffer and keeps the rest. */
  private drain(): void {
    let buffer = Buffer.concat(this.chunks, this.size);
    for (;;) {
      const end = buffer.indexOf(HEADER_END);
      if (end < 0) {
        if (buffer.length > MAX_HEADER_BYTES) buffer = buffer.subarray(buffer.length - (HEADER_END.length - 1));
        this.needed = 0;
        break;
      }
      const header = buffer.subarray(0, end).toString('latin1');
      const length = contentLength(header);
      if (length === null) {
        // resynchronize on a Content-Length further in the block, else drop the block
        const restart = header.toLowerCase().indexOf('content-length:', 1);
        buffer = buffer.subarray(restart > 0 ? restart : end + HEADER_END.length);
        continue;
      }
      const total = end + HEADER_END.length + length;
      if (buffer.length < total) {
        this.needed = total;
        break;
      }
      this.push(buffer.subarray(0, total));
      buffer = buffer.subarray(total);
    }
    this.chunks = buffer.length > 0 ? [buffer] : [];
    this.size = buffer.length;
  }
}

/** The Content-Length of a well-formed header block, or null. */
function contentLength(header: string): number | null {
  let length: number | null = null;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return null;
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,10}$/.test(value)) return null;
    length = Number(value);
  }
  return length;
}

/** The transports vscode-languageserver reads from the command line (`--socket 7000` and `--socket=7000` alike). */
const TRANSPORT_ARG = /^--(?:stdio|node-ipc|pipe|socket)(?:=|$)/;

/** One line for someone who ran the server by hand, instead of the library's error and a stack through the minified bundle. */
export function startHint(script: string): string {
  return `empathy-lint: this is the language server; an editor starts it, e.g. "node ${script} --stdio" (also --node-ipc, --socket=PORT, --pipe=NAME). To lint files, run the empathy-lint command.\n`;
}

/** The server's connection: sanitized stdio for `--stdio`, else whatever the command line asks (`--node-ipc` from VS Code). */
export function createServerConnection(): Connection {
  if (!process.argv.slice(2).some((arg) => TRANSPORT_ARG.test(arg))) {
    process.stderr.write(startHint(process.argv[1] ?? 'dist/server.js'));
    process.exit(2);
  }
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const input = process.stdin.pipe(new FrameSanitizer());
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(input), new StreamMessageWriter(process.stdout));
  // stdout carries the protocol: a stray console.log from any module must go to the log instead
  for (const level of ['log', 'info', 'debug'] as const) console[level] = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  return connection;
}
