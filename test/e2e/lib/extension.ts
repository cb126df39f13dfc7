// The extension under test as a user receives it: the .vsix `npm run package` makes, and the
// manifest facts the suite needs to act like a user (command titles, snippet prefixes).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm run package` may leave the .vsix. */
const VSIX_FOLDERS = ['.', 'dist', 'out', 'build'];

/** Builds the .vsix with `npm run package` (holding `lockFile`) and returns the path of the one it wrote. */
export function packageExtension(repoRoot: string, logFile: string, lockFile: string): string {
  const startedAt = Date.now();
  try {
    // Under a lock: two suites packaging at once in one checkout would write the same .vsix.
    const output = execFileSync('flock', [lockFile, 'npm', 'run', 'package'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
    writeLog(logFile, output);
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    writeLog(logFile, `${failure.stdout ?? ''}\n${failure.stderr ?? ''}`);
    throw new Error(`npm run package failed (log: ${logFile}): ${lastLines(`${failure.stderr ?? ''}${failure.stdout ?? ''}`, 8) || failure.message}`, { cause: error });
  }
  const fresh = VSIX_FOLDERS.flatMap((folder) => vsixFilesIn(join(repoRoot, folder))).filter((file) => statSync(file).mtimeMs >= startedAt - 1_000);
  if (fresh.length === 0) throw new Error(`npm run package succeeded but wrote no .vsix in ${VSIX_FOLDERS.join(', ')}`);
  return fresh.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

/** The .vsix files directly inside `folder`. */
function vsixFilesIn(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith('.vsix'))
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}

/** Keeps the packaging output beside the other artifacts. */
function writeLog(logFile: string, text: string): void {
  writeFileSync(logFile, text);
}

/** The last `count` non-empty lines of `text`, for a one-glance failure message. */
function lastLines(text: string, count: number): string {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .slice(-count)
    .join('\n');
}

/** The parts of the extension manifest the suite reads. */
interface Manifest {
  contributes?: {
    commands?: { command: string; title: string; category?: string }[];
    snippets?: { language: string; path: string }[];
  };
}

/** One snippet as VS Code reads it from the snippets JSON. */
export interface SnippetDefinition {
  name: string;
  prefix: string;
  body: string[];
  description?: string;
}

/** Reads the manifest facts the suite needs from the extension's package.json. */
export class ExtensionManifest {
  private readonly manifest: Manifest;

  constructor(private readonly root: string) {
    this.manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  }

  /** The command palette label of a contributed command ("Category: Title"). */
  commandLabel(commandId: string): string {
    const command = this.manifest.contributes?.commands?.find((candidate) => candidate.command === commandId);
    if (!command) throw new Error(`the extension contributes no command ${commandId}`);
    return command.category ? `${command.category}: ${command.title}` : command.title;
  }

  /** Every snippet contributed for `language`, in file order. */
  snippetsFor(language: string): SnippetDefinition[] {
    const files = (this.manifest.contributes?.snippets ?? []).filter((entry) => entry.language === language);
    if (files.length === 0) throw new Error(`the extension contributes no snippets for ${language}`);
    return files.flatMap((entry) => {
      const parsed = JSON.parse(readFileSync(join(this.root, entry.path), 'utf8')) as Record<string, { prefix: string | string[]; body: string | string[]; description?: string }>;
      return Object.entries(parsed).map(([name, snippet]) => ({
        name,
        prefix: Array.isArray(snippet.prefix) ? snippet.prefix[0] : snippet.prefix,
        body: Array.isArray(snippet.body) ? snippet.body : snippet.body.split('\n'),
        description: snippet.description,
      }));
    });
  }
}

/** The text a snippet body expands to with every tab stop left at its default. */
export function expandSnippetDefaults(body: string[]): string[] {
  return body.map((line) =>
    line
      .replace(/\$\{\d+\|([^,|}]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^{}]*)\}/g, '$1')
      .replace(/\$\{\d+:([^{}]*)\}/g, '$1')
      .replace(/\$\{?\d+\}?/g, '')
      .replace(/\\([$}\\])/g, '$1'),
  );
}
