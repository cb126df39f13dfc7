// Finding and loading `.empathylintrc.json` from disk; shared by the CLI and the language server.
// Node-only (fs): the engine stays pure and only validates the parsed JSON.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describeIoError } from './io-error.js';
import { computeLineStarts, offsetToPosition, validateConfig, type EmpathyConfig } from '../engine/index.js';

export const CONFIG_FILE_NAME = '.empathylintrc.json';

/** A config as loaded for a file: what to lint with, where it came from, and what was wrong with it. */
export interface ConfigLoad {
  config: EmpathyConfig;
  /** Absolute path of the config file used; null when none was found. */
  configPath: string | null;
  /** Problems, each prefixed with the config file path; empty when the config is valid. */
  errors: string[];
}

/** Directory → nearest config path (or null); filled while walking up so siblings share the lookup. */
const nearestConfigByDir = new Map<string, string | null>();
/** Config path → its loaded result, so a run over many files reads each config once. */
const loadsByPath = new Map<string, ConfigLoad>();

/** Forgets cached lookups and loads (the language server calls this when a config file changes). */
export function clearConfigCache(): void {
  nearestConfigByDir.clear();
  loadsByPath.clear();
}

/** The nearest `.empathylintrc.json` in `startDir` or any ancestor, or null. */
export function findConfigFile(startDir: string): string | null {
  const visited: string[] = [];
  let dir = resolve(startDir);
  let found: string | null = null;
  for (;;) {
    const cached = nearestConfigByDir.get(dir);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(dir);
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) {
      found = candidate;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of visited) nearestConfigByDir.set(d, found);
  return found;
}

/** Reads, parses and validates one config file; never throws. */
export function loadConfigFile(path: string): ConfigLoad {
  const configPath = resolve(path);
  const cached = loadsByPath.get(configPath);
  if (cached) return cached;
  const load = readAndValidate(configPath);
  loadsByPath.set(configPath, load);
  return load;
}

/** The config that applies to `filePath`: the explicit one when given, else the nearest up the tree. */
export function loadConfigFor(filePath: string, explicitConfigPath?: string): ConfigLoad {
  if (explicitConfigPath !== undefined) return loadConfigFile(explicitConfigPath);
  const found = findConfigFile(dirname(resolve(filePath)));
  return found ? loadConfigFile(found) : { config: {}, configPath: null, errors: [] };
}

function readAndValidate(configPath: string): ConfigLoad {
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch (error) {
    return { config: {}, configPath, errors: [`${configPath}: cannot read config file: ${describeIoError(error)}`] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { config: {}, configPath, errors: [`${configPath}: ${describeJsonError(text, error)}`] };
  }
  const { config, errors } = validateConfig(raw);
  return { config, configPath, errors: errors.map((e) => `${configPath}: ${e}`) };
}

/** JSON.parse's message with the position turned into a 1-based line and column. */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const atPosition = /\s*(?:in JSON )?at position (\d+)/.exec(message);
  const offset = atPosition ? Number(atPosition[1]) : /end of JSON input/.test(message) ? text.length : undefined;
  const reason = (atPosition ? message.slice(0, atPosition.index) : message).replace(/\s+in JSON$/, '');
  if (offset === undefined) return `invalid JSON: ${reason}`;
  const pos = offsetToPosition(computeLineStarts(text), Math.min(offset, text.length));
  return `invalid JSON at line ${pos.line + 1}, column ${pos.character + 1}: ${reason}`;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
