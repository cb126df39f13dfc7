#!/usr/bin/env node
// harper.js ships as a library, not a CLI: this is the smallest honest CLI over it. It loads the
// WebAssembly linter once, lints each file as plain text and prints one line per lint.
import { readFileSync } from 'node:fs';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';

const linter = new LocalLinter({ binary });
await linter.setup();
const out = [];
for (const file of process.argv.slice(2)) {
  const lints = await linter.lint(readFileSync(file, 'utf8'), { language: 'plaintext' });
  for (const lint of lints) out.push(`${file}:${lint.span().start}: ${lint.message()}`);
}
process.stdout.write(out.join('\n') + '\n');
