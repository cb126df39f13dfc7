// `empathy-lint preview`: a script as a self-contained mock-call page (or, with --all, a page per
// script plus an index), for trainers who don't use VS Code. Rendering is the pure preview module.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCallView, renderIndexPage, standalonePageOf, type CallView, type IndexEntry } from '../preview/index.js';
import { loadConfigFor } from '../node/config.js';
import { describeIoError } from '../node/io-error.js';
import { CliError, UsageError, usageErrorFrom } from './errors.js';
import { expandTargets } from './files.js';
import { readSourceFile } from './read.js';

export const PREVIEW_HELP = `Usage: empathy-lint preview FILE [-o out.html]
       empathy-lint preview --all DIR [-o OUTDIR]

Writes the mock-call preview of a script as one self-contained HTML page (inline CSS
and JS, nothing remote): open it in any browser, offline, to read or play the call.

Options:
  -o, --output <path>   where to write (default: FILE.html next to the script;
                        "-" writes the page to stdout). With --all, the folder
                        for the pages and index.html (default: DIR itself, so
                        the pages sit beside the scripts). Missing folders are
                        created; the path written is printed
      --all <dir>       a page for every .callscript and .scenario under DIR,
                        and an index.html linking them with their finding counts
  -c, --config <file>   use this config instead of the nearest .empathylintrc.json
  -h, --help            show this help

Exit codes: 0 written, 2 usage or I/O error.
`;

interface PreviewArgs {
  file?: string;
  all?: string;
  output?: string;
  config?: string;
  help: boolean;
}

/** Runs `empathy-lint preview …` and resolves to the exit code; failures are one line on stderr. */
export async function runPreviewCommand(argv: string[]): Promise<number> {
  try {
    const args = parsePreviewArgs(argv);
    if (args.help) {
      process.stdout.write(PREVIEW_HELP);
      return 0;
    }
    const written = args.all !== undefined ? await writeAll(args.all, args) : writeOne(args.file!, args);
    if (written) process.stdout.write(`${written}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const hint = error instanceof UsageError ? ' (see empathy-lint preview --help)' : '';
    process.stderr.write(`empathy-lint: ${error instanceof CliError ? '' : 'internal error: '}${message}${hint}\n`);
    return 2;
  }
}

function parsePreviewArgs(argv: string[]): PreviewArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        all: { type: 'string' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw usageErrorFrom(error, 'preview: ');
  }
  const { values, positionals } = parsed;
  const args: PreviewArgs = { file: positionals[0], all: values.all, output: values.output, config: values.config, help: values.help ?? false };
  if (args.help) return args;
  if (args.all !== undefined && positionals.length > 0) throw new UsageError('preview: give either FILE or --all DIR, not both');
  if (args.all === undefined && positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'preview: no script given' : 'preview: give one script (or --all DIR)');
  return args;
}

/** Writes one page; returns the path written, or '' when the page went to stdout. */
function writeOne(file: string, args: PreviewArgs): string {
  const path = resolve(file);
  const view = viewOf(path, file, args.config);
  const page = standalonePageOf(view);
  if (args.output === '-') {
    process.stdout.write(page);
    return '';
  }
  const out = resolve(args.output ?? `${path}.html`);
  write(out, page, args.output ?? `${file}.html`);
  return out;
}

/** Writes a page per script under DIR and an index; returns the index path. */
async function writeAll(dir: string, args: PreviewArgs): Promise<string> {
  const root = resolve(dir);
  const files = await expandTargets([dir], process.cwd());
  const outDir = resolve(args.output ?? root);
  const entries: IndexEntry[] = [];
  for (const file of files) {
    const rel = relative(root, file);
    const view = viewOf(file, rel, args.config);
    write(join(outDir, `${rel}.html`), standalonePageOf(view), `${rel}.html`);
    entries.push({ href: `${rel.split(sep).map(encodeURIComponent).join('/')}.html`, path: rel.split(sep).join('/'), view });
  }
  const index = join(outDir, 'index.html');
  write(index, renderIndexPage(entries, { title: `Mock calls in ${basename(root)}` }), 'index.html');
  return index;
}

/** Reads, configures and lints one script into its call view. */
function viewOf(path: string, shownAs: string, configPath: string | undefined): CallView {
  let text: string;
  try {
    text = readSourceFile(path).text;
  } catch (error) {
    throw new CliError(`${shownAs}: ${describeIoError(error)}`);
  }
  const load = loadConfigFor(path, configPath);
  if (load.errors.length > 0) throw new CliError(load.errors[0]);
  return buildCallView(text, { config: load.config, fileName: basename(path) });
}

function write(path: string, content: string, shownAs: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  } catch (error) {
    throw new CliError(`${shownAs}: cannot write preview: ${describeIoError(error)}`);
  }
}
