// Finding and loading `.empathylintrc.json` from disk for the CLI (and tests), checked against the
// engine's rules. Node-only (fs): the engine stays pure and only validates the parsed JSON.
import { validateConfig } from '../engine/index.js';
import { ConfigFiles, type ConfigLoad } from './config-files.js';

export { CONFIG_FILE_NAME, type ConfigLoad } from './config-files.js';

const files = new ConfigFiles(validateConfig);

/** Forgets cached lookups and loads. */
export function clearConfigCache(): void {
  files.clear();
}

/** The nearest `.empathylintrc.json` in `startDir` or any ancestor, or null. */
export function findConfigFile(startDir: string): string | null {
  return files.find(startDir);
}

/** Reads, parses and validates one config file; never throws. */
export function loadConfigFile(path: string): ConfigLoad {
  return files.loadFile(path);
}

/** The config that applies to `filePath`: the explicit one when given, else the nearest up the tree. */
export function loadConfigFor(filePath: string, explicitConfigPath?: string): ConfigLoad {
  return files.loadFor(filePath, explicitConfigPath);
}
