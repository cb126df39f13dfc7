// A report's JSON written straight into bytes (see report.ts): findings repeat their rule IDs,
// messages and fix texts, so each such piece is escaped and encoded once and then copied whole.

/** Pieces whose bytes are kept: enough for every message of a big run, bounded for odd inputs. */
const MAX_CACHED_PIECES = 20_000;
/** Pieces made from longer strings are encoded each time: caching them would hold large texts. */
const MAX_CACHED_LENGTH = 2_000;

/** UTF-8 bytes of a string, as a plain Uint8Array (one element kind for every copy loop). */
export function utf8(text: string): Uint8Array {
  const bytes = Buffer.from(text, 'utf8');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Bytes of pieces made from one string (e.g. a message with the keys around it), by that string. */
export class PieceCache {
  private readonly pieces = new Map<string, Uint8Array>();

  constructor(private readonly make: (text: string) => string) {}

  get(text: string): Uint8Array {
    let bytes = this.pieces.get(text);
    if (bytes === undefined) {
      bytes = utf8(this.make(text));
      if (text.length <= MAX_CACHED_LENGTH && this.pieces.size < MAX_CACHED_PIECES) this.pieces.set(text, bytes);
    }
    return bytes;
  }
}

/** A growing byte buffer, reused from report to report (each report is copied out when done). */
export class JsonBytes {
  private buffer = new Uint8Array(1 << 20);
  private length = 0;

  /** Starts a new report. */
  reset(): void {
    this.length = 0;
  }

  /** The bytes written since the last reset, as a copy of their own. */
  take(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  /** A long piece, copied natively. */
  piece(bytes: Uint8Array): this {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
    return this;
  }

  /** A short piece (a key, punctuation), copied by a loop: cheaper than a native call for a few bytes. */
  short(bytes: Uint8Array): this {
    const n = bytes.length;
    this.room(n);
    const buffer = this.buffer;
    const at = this.length;
    for (let i = 0; i < n; i++) buffer[at + i] = bytes[i];
    this.length = at + n;
    return this;
  }

  /** A non-negative integer (every number in a report is one). */
  int(n: number): this {
    this.room(16);
    const buffer = this.buffer;
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    let at = this.length + digits;
    this.length = at;
    let m = n;
    do {
      buffer[--at] = 48 + (m % 10);
      m = Math.floor(m / 10);
    } while (m > 0);
    return this;
  }

  private room(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + more) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
