// The stdio frame sanitizer: malformed header blocks are dropped, whole frames pass, in any chunking;
// and the built server answers a request that arrives in the same write as garbage.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { FrameSanitizer } from '../../server/src/lsp/transport.js';
import { exited, tail, withDeadline } from './deadline.js';
import { SERVER } from './lsp-client.js';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const GARBAGE = ['\u0000 no colon here\r\n\r\n', 'Content-Length: many\r\n\r\n', 'Content-Type: text/plain\r\n\r\n', 'junk before Content-Length: 2\r\n\r\n{}'];

/** Everything the sanitizer passes on when fed `input` in chunks of `size` bytes. */
function sanitize(input: Buffer, size: number): Promise<string> {
  return new Promise((resolve) => {
    const sanitizer = new FrameSanitizer();
    const out: Buffer[] = [];
    sanitizer.on('data', (d: Buffer) => out.push(d));
    sanitizer.on('end', () => resolve(Buffer.concat(out).toString('utf8')));
    for (let i = 0; i < input.length; i += size) sanitizer.write(input.subarray(i, i + size));
    sanitizer.end();
  });
}

test('drops malformed header blocks and keeps every whole frame, however the bytes are chunked', async () => {
  const frames = [frame('{"a":1}'), frame('{"b":"ünïcode"}')];
  const input = Buffer.from(GARBAGE[0] + frames[0] + GARBAGE[1] + GARBAGE[2] + frames[1] + GARBAGE[3], 'utf8');
  for (const size of [1, 3, 17, input.length]) {
    const output = await sanitize(input, size);
    assert.ok(output.startsWith(frames[0] + frames[1]), `chunks of ${size}: ${JSON.stringify(output)}`);
  }
});

test('the server answers initialize sent in the same write as garbage headers', async () => {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  child.stderr.resume();
  const initialize = frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
  let text = '';
  const answered = new Promise<string>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      text += d.toString('utf8');
      if (text.includes('"id":1')) resolve(text);
    });
  });
  child.stdin.write(GARBAGE.join('') + initialize);
  assert.match(await withDeadline(answered, 'the answer to initialize', () => `stdout ${tail(text)}`), /"hoverProvider":true/);
  child.stdin.end(frame(JSON.stringify({ jsonrpc: '2.0', method: 'exit' })));
  await exited(child, 'the server after exit');
});

test('run by hand without a transport flag, the server prints one line on how to start it (no source, no stack)', () => {
  const run = spawnSync(process.execPath, [SERVER], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^empathy-lint: this is the language server; [^\n]*--stdio[^\n]*\n$/);
});
