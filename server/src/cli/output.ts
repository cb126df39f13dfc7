// Where the report goes (standard output or --output-file), and ESLint's JSON array written file by file.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeIoError } from '../node/io-error.js';
import { CliError } from './errors.js';
import type { FileReport } from './report.js';

/** Standard output, or the --output-file, opened at the first write (a run that fails before writing leaves no file behind). */
export class ReportOutput {
  private fd: number | undefined;

  constructor(private readonly outputFile?: string) {}

  write(chunk: string | Uint8Array): void {
    if (!this.outputFile) {
      process.stdout.write(chunk);
      return;
    }
    try {
      this.fd ??= openFile(resolve(this.outputFile));
      writeChunk(this.fd, chunk);
    } catch (error) {
      throw new CliError(`${this.outputFile}: cannot write report: ${describeIoError(error)}`);
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Opens the report file for writing, creating missing folders as `preview -o` does, so both commands treat a path alike. */
function openFile(path: string): number {
  mkdirSync(dirname(path), { recursive: true });
  return openSync(path, 'w');
}

/** Writes a whole chunk to a file (writeSync may write less than asked for a large buffer). */
function writeChunk(fd: number, chunk: string | Uint8Array): void {
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
}

/**
 * ESLint's JSON array, each file's report written as soon as it and every file before it are linted:
 * the reader takes in the output while later files are linted (on a 5.9 MB run, 20 MB of JSON took
 * ~50 ms to pass through a pipe at the end), and a written report's bytes are let go at once.
 */
export class JsonReportStream {
  private next = 0;
  private written = 0;
  /** Reports finished ahead of their turn (with threads); null for a file that has none (it could not be read). */
  private readonly waiting = new Map<number, FileReport | null>();

  constructor(private readonly output: ReportOutput) {}

  /** The report of file `index` (undefined when the file has none); written once the files before it are. */
  add(index: number, report: FileReport | undefined): void {
    this.waiting.set(index, report ?? null);
    for (let r = this.waiting.get(this.next); r !== undefined; r = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      if (r) this.emit(r);
    }
  }

  /** Closes the array (an empty one when no file had a report). */
  finish(): void {
    this.output.write(this.written === 0 ? '[]\n' : ']\n');
  }

  private emit(report: FileReport): void {
    this.output.write(this.written++ === 0 ? '[' : ',');
    this.output.write(report.serialized ?? JSON.stringify(report));
    // Only the counts are needed from here on (exit code, --max-warnings).
    report.serialized = undefined;
  }
}
