// Reading a script from disk: decoded leniently (a BOM stays at offset 0) and flagged when it must not be rewritten.
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';

/** How many leading bytes are searched for NUL to call a file binary. */
const BINARY_SNIFF_BYTES = 8192;
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export interface SourceFile {
  path: string;
  /** The bytes as read, to notice a change on disk before writing a fix. */
  bytes: Buffer;
  /** The decoded text, BOM included. */
  text: string;
  /** Why --fix must not write this file (binary, not UTF-8), or undefined when it may. */
  unfixableReason?: string;
}

/** Reads and decodes one file; fs errors propagate to the caller. */
export function readSourceFile(path: string): SourceFile {
  return decodeSource(path, readFileSync(path));
}

/** Decodes bytes read from `path` (or from stdin, named by `path`). */
export function decodeSource(path: string, bytes: Buffer): SourceFile {
  return { path, bytes, text: decoder.decode(bytes), unfixableReason: unfixableReason(bytes) };
}

function unfixableReason(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return 'looks like a binary file';
  if (!isUtf8(bytes)) return 'is not valid UTF-8';
  return undefined;
}
