// --fix never loses text: the write helper replaces a file atomically (temp + rename, mode kept,
// through symlinks), refuses when the file changed since it was read, and the reader marks
// binary and non-UTF-8 files so they are never rewritten.
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readSourceFile } from '../../server/src/cli/read.js';
import { writeFixedFile } from '../../server/src/cli/write-fixed.js';

const dir = mkdtempSync(join(tmpdir(), 'empathy-write-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
/** A fresh file in the scratch directory. */
function file(content: string | Buffer, mode = 0o644): string {
  const path = join(dir, `f${++counter}.scenario`);
  writeFileSync(path, content);
  chmodSync(path, mode);
  return path;
}

const leftovers = () => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

test('identical output is not written at all', () => {
  const path = file('Agent: hi\n');
  const before = statSync(path);
  assert.equal(writeFixedFile(readSourceFile(path), 'Agent: hi\n'), 'unchanged');
  assert.equal(statSync(path).ino, before.ino);
  assert.equal(statSync(path).mtimeMs, before.mtimeMs);
});

test('a fix replaces the file by rename (new inode), keeps its mode, BOM and CRLF, and leaves no temp file', () => {
  for (const mode of [0o600, 0o640, 0o755]) {
    const path = file('\ufeffCustomer: Why?\r\nAgent: calm down\r\n', mode);
    const source = readSourceFile(path);
    const inode = statSync(path).ino;
    const fixed = source.text.replace('calm down', 'I hear you');
    assert.equal(writeFixedFile(source, fixed), 'written');
    assert.equal(readFileSync(path, 'utf8'), '\ufeffCustomer: Why?\r\nAgent: I hear you\r\n');
    assert.equal(statSync(path).mode & 0o7777, mode);
    assert.notEqual(statSync(path).ino, inode, 'written in place, not via temp file + rename');
    assert.deepEqual(leftovers(), []);
  }
});

test('a file that changed on disk after it was read is left alone', () => {
  const path = file('Agent: calm down\n');
  const source = readSourceFile(path);
  writeFileSync(path, 'Agent: calm down\nAgent: a line the writer added meanwhile\n');
  assert.equal(writeFixedFile(source, 'Agent: I hear you\n'), 'changed-on-disk');
  assert.equal(readFileSync(path, 'utf8'), 'Agent: calm down\nAgent: a line the writer added meanwhile\n');
  assert.deepEqual(leftovers(), []);
});

test('a same-length change on disk is noticed too (bytes compared, not sizes or times)', () => {
  const path = file('Agent: calm down\n');
  const source = readSourceFile(path);
  writeFileSync(path, 'Agent: CALM DOWN\n');
  assert.equal(writeFixedFile(source, 'Agent: I hear you\n'), 'changed-on-disk');
  assert.equal(readFileSync(path, 'utf8'), 'Agent: CALM DOWN\n');
});

test('a symlinked script is fixed through the link: the link stays a link, its target gets the text', () => {
  const target = file('Agent: calm down\n');
  const link = join(dir, 'link.scenario');
  symlinkSync(target, link);
  assert.equal(writeFixedFile(readSourceFile(link), 'Agent: I hear you\n'), 'written');
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.equal(readFileSync(target, 'utf8'), 'Agent: I hear you\n');
  assert.deepEqual(leftovers(), []);
});

test('a failed write throws (the CLI reports it, exit 2), keeps the original and leaves no temp file', { skip: process.getuid?.() === 0 && 'root writes anywhere' }, () => {
  const sub = mkdtempSync(join(dir, 'ro-'));
  const path = join(sub, 'locked.scenario');
  writeFileSync(path, 'Agent: calm down\n');
  const source = readSourceFile(path);
  chmodSync(sub, 0o555);
  try {
    assert.throws(() => writeFixedFile(source, 'Agent: I hear you\n'), /EACCES/);
  } finally {
    chmodSync(sub, 0o755);
  }
  assert.equal(readFileSync(path, 'utf8'), 'Agent: calm down\n');
  assert.deepEqual(readdirSync(sub), ['locked.scenario']);
});

test('when the temp name is taken (here by a directory) the write fails without touching the file', () => {
  const path = file('Agent: calm down\n');
  const source = readSourceFile(path);
  const blocker = join(dir, `.${path.split('/').pop()}.empathy-lint-${process.pid}.tmp`);
  mkdirSync(blocker);
  try {
    assert.throws(() => writeFixedFile(source, 'Agent: I hear you\n'), /EEXIST/);
    assert.equal(readFileSync(path, 'utf8'), 'Agent: calm down\n');
  } finally {
    rmSync(blocker, { recursive: true });
  }
});

test('the reader marks binary and non-UTF-8 files unfixable and keeps a BOM at offset 0', () => {
  assert.equal(readSourceFile(file(Buffer.from([0x41, 0x00, 0x42]))).unfixableReason, 'looks like a binary file');
  assert.equal(readSourceFile(file(Buffer.from([0x41, 0xff, 0x42]))).unfixableReason, 'is not valid UTF-8');
  assert.equal(readSourceFile(file(Buffer.from([0xed, 0xa0, 0x80]))).unfixableReason, 'is not valid UTF-8', 'an encoded lone surrogate is not UTF-8');
  const bom = readSourceFile(file('\ufeffAgent: hi\r\n'));
  assert.equal(bom.unfixableReason, undefined);
  assert.equal(bom.text, '\ufeffAgent: hi\r\n');
});
