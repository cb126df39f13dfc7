// Finding the scripts on disk under the workspace folders, for workspace diagnostics and "lint workspace".
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';

/** Enough for any real training library; a larger tree is most likely not a script folder. */
export const MAX_WORKSPACE_FILES = 5000;

const SCRIPT_PATTERNS = ['**/*.callscript', '**/*.scenario'];
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**'];

export interface ScriptFile {
  path: string;
  uri: string;
}

/** Non-empty script files under the folders (absolute paths), capped at MAX_WORKSPACE_FILES. */
export async function listScriptFiles(folders: readonly string[]): Promise<ScriptFile[]> {
  const found: ScriptFile[] = [];
  for (const cwd of folders) {
    const paths = await glob(SCRIPT_PATTERNS, { cwd, absolute: true, ignore: IGNORED, followSymbolicLinks: false }).catch(() => []);
    // an empty file is not a script yet (a new file, say): Lint Workspace does not count it
    const sizes = await Promise.all(
      paths.map((path) =>
        stat(path).then(
          (st) => st.size,
          () => 0,
        ),
      ),
    );
    paths.forEach((path, i) => {
      if (sizes[i] > 0) found.push({ path, uri: pathToFileURL(path).href });
    });
    if (found.length >= MAX_WORKSPACE_FILES) break;
  }
  return found.slice(0, MAX_WORKSPACE_FILES);
}

/** A cheap fingerprint of a file's content version, or null when it is gone. */
export async function fileStamp(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return null;
  }
}

/** The file's text, or null when it cannot be read. */
export async function readScript(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}
