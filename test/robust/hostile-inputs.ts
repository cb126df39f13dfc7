// The hostile inputs of issue 8 as fixtures: built deterministically in code (a 5 MB line and 100k
// lines do not belong in git) and written to a scratch directory by `writeHostileFixtures`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HostileInput {
  name: string;
  bytes: Buffer;
  /** A rule ID the CLI must report for it, where a clear diagnostic makes sense. */
  expectRule?: string;
}

/** Deterministic pseudo-random bytes (a tiny LCG), so the binary fixture is the same on every run. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

/** 3,000 sections whose choices form cycles, plus jumps to sections that do not exist. */
function manySections(count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) {
    text += `# s${i}\nCustomer: Why is it late again?\nAgent: I understand. Calm down.\n* calm -> s${(i + 1) % count}\n* back -> s${(i * 7) % count}\n`;
    if (i % 10 === 0) text += `-> missing-${i}\n`;
  }
  return text;
}

/** A YAML alias bomb in the front matter (each level doubles the expansion). */
function yamlBomb(levels: number): string {
  const lines = ['---', 'a0: &a0 ["lol", "lol"]'];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
  lines.push('situation: company-at-fault', '---', "Agent: I'm sorry, but that's our policy.", '');
  return lines.join('\n');
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** The list of issue 8, item 1, plus a few neighbours (UTF-16, alias bomb, lone CRs). */
export function hostileInputs(): HostileInput[] {
  const apology = "Agent: I'm sorry, but that's our policy.";
  return [
    { name: 'empty', bytes: Buffer.alloc(0) },
    { name: 'only-front-matter', bytes: utf8('---\nsituation: company-at-fault\n---\n') },
    { name: 'unclosed-front-matter', bytes: utf8('---\nsituation: company-at-fault\nAgent: hi\n'), expectRule: 'front-matter' },
    { name: 'invalid-yaml', bytes: utf8(`---\nsituation: [unclosed\n---\n${apology}\n`), expectRule: 'front-matter' },
    { name: 'wrong-types', bytes: utf8('---\nsituation: 42\ntitle: {a: 1}\ncustomer: [x, y]\n---\nAgent: hi\n'), expectRule: 'front-matter' },
    { name: 'unknown-situation', bytes: utf8('---\nsituation: everyone-at-fault\n---\nAgent: hi\n'), expectRule: 'front-matter' },
    { name: 'yaml-alias-bomb', bytes: utf8(yamlBomb(30)) },
    { name: 'binary', bytes: pseudoRandomBytes(20_000, 11) },
    { name: 'invalid-utf8', bytes: Buffer.concat([utf8("Agent: I'm sorry "), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), utf8(" but it's our policy.\n")]) },
    { name: 'utf16le-bom', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Customer: Why?\r\n${apology}\r\n`, 'utf16le')]) },
    { name: 'bom-crlf', bytes: utf8(`\ufeffCustomer: Why?\r\n${apology}\r\n`), expectRule: 'policy-apology' },
    { name: 'mixed-line-endings', bytes: utf8(`Customer: Why?\r\n${apology}\rCustomer: Really?\n${apology}\r\n\r\r\n`), expectRule: 'policy-apology' },
    { name: 'only-bom', bytes: utf8('\ufeff') },
    { name: 'lone-crs', bytes: utf8('\r'.repeat(50_000) + apology) },
    { name: 'long-line-5mb', bytes: utf8('Agent: ' + 'sorry our policy '.repeat(300_000) + '\n') },
    // Backtracking bait, found by eslint-plugin-regexp: 20 "ok"s made the thanks-only test take 73 s.
    { name: 'backtracking-bait', bytes: utf8(`---\ntitle: Refund${' '.repeat(50_000)}#\n---\nCustomer: ${'ok  '.repeat(60)}x\nAgent: trust me,${' '.repeat(200_000)}x\n`) },
    { name: 'many-labels-one-line', bytes: utf8('Agent:'.repeat(200_000) + '\n' + 'Customer:'.repeat(100_000)) },
    { name: 'lines-100k', bytes: utf8(`Customer: Why can't I get a refund?\n${apology}\n`.repeat(50_000)), expectRule: 'policy-apology' },
    { name: 'sections-3000-cycles', bytes: utf8(manySections(3000)), expectRule: 'script-structure' },
    { name: 'dangling-jumps', bytes: utf8('# a\nAgent: hi\n-> nowhere\n* -> \n*\n->\n# a\n-> a\n'), expectRule: 'script-structure' },
    { name: 'speakerless', bytes: utf8(': : :\nAgent:\nCustomer:\n:Agent hi\n   \n\t\tAgent: x\nhello there\n'), expectRule: 'script-structure' },
    { name: 'rtl-zero-width', bytes: utf8('Customer: \u202eمرحبا\u200f\u200b\nAgent: \u200bI\u200d am \u2060sorry, \u202ebut that is our policy.\u202c\n') },
    { name: 'emoji', bytes: utf8('Customer: My dog died 😢🐕\u200d🦺\nAgent: I know exactly how you feel 👩\u200d👩\u200d👧🇺🇦.\n'), expectRule: 'presumed-feelings' },
    { name: 'nul-bytes', bytes: utf8(`Customer: \0Why?\0\n${apology}\0\n\0`) },
    { name: 'lone-surrogates-as-wtf8', bytes: Buffer.from([...utf8('Agent: '), 0xed, 0xa0, 0x80, ...utf8(' calm down\n')]) },
  ];
}

/** Writes every fixture as `<name>.scenario` into `dir`; returns the paths by name. */
export function writeHostileFixtures(dir: string): Map<string, string> {
  mkdirSync(dir, { recursive: true });
  const paths = new Map<string, string>();
  for (const input of hostileInputs()) {
    const path = join(dir, `${input.name}.scenario`);
    writeFileSync(path, input.bytes);
    paths.set(input.name, path);
  }
  return paths;
}
