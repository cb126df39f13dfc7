// Finding and loading `.empathylintrc.json` from disk, with the check of its contents passed in:
// the CLI checks against the engine's rules; the language server's main thread, which does not load
// the rules, against their metadata as its lint worker reports it. Node-only (fs).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ConfigValidation } from '../engine/config.js';
import { computeLineStarts, offsetToPosition } from '../engine/text.js';
import type { EmpathyConfig } from '../engine/types.js';
import { describeIoError } from './io-error.js';

export const CONFIG_FILE_NAME = '.empathylintrc.json';

/** A config as loaded for a file: what to lint with, where it came from, and what was wrong with it. */
export interface ConfigLoad {
  config: EmpathyConfig;
  /** Absolute path of the config file used; null when none was found. */
  configPath: string | null;
  /** Problems, each prefixed with the config file path; empty when the config is valid. */
  errors: string[];
}

/** Config files found and loaded, cached until cleared. */
export class ConfigFiles {
  /** Directory → nearest config path (or null); filled while walking up so siblings share the lookup. */
  private readonly nearestConfigByDir = new Map<string, string | null>();
  /** Config path → its loaded result, so a run over many files reads each config once. */
  private readonly loadsByPath = new Map<string, ConfigLoad>();

  constructor(private readonly validate: (raw: unknown) => ConfigValidation) {}

  /** Forgets cached lookups and loads (the language server calls this when a config file changes). */
  clear(): void {
    this.nearestConfigByDir.clear();
    this.loadsByPath.clear();
  }

  /** The nearest `.empathylintrc.json` in `startDir` or any ancestor, or null. */
  find(startDir: string): string | null {
    const visited: string[] = [];
    let dir = resolve(startDir);
    let found: string | null = null;
    for (;;) {
      const cached = this.nearestConfigByDir.get(dir);
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
    for (const d of visited) this.nearestConfigByDir.set(d, found);
    return found;
  }

  /** Reads, parses and validates one config file; never throws. */
  loadFile(path: string): ConfigLoad {
    const configPath = resolve(path);
    const cached = this.loadsByPath.get(configPath);
    if (cached) return cached;
    const load = this.readAndValidate(configPath);
    this.loadsByPath.set(configPath, load);
    return load;
  }

  /** The config that applies to `filePath`: the explicit one when given, else the nearest up the tree. */
  loadFor(filePath: string, explicitConfigPath?: string): ConfigLoad {
    if (explicitConfigPath !== undefined) return this.loadFile(explicitConfigPath);
    const found = this.find(dirname(resolve(filePath)));
    return found ? this.loadFile(found) : { config: {}, configPath: null, errors: [] };
  }

  private readAndValidate(configPath: string): ConfigLoad {
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
    const { config, errors } = this.validate(raw);
    return { config, configPath, errors: errors.map((e) => `${configPath}: ${e}`) };
  }
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
