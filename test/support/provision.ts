// The one provisioning step every suite shares: the Debian packages the tests drive (chromium for the
// preview and code-server suites, neovim for the second LSP client, unzip for the .vsix check, and
// code-server's native build libraries). As root (or with sudo) it installs what is missing with
// apt-get; otherwise it stops with one line naming the packages and the command that installs them.
//   node --import tsx test/support/provision.ts     (npm test runs it first)
import { spawnSync } from 'node:child_process';

/** Debian package → the suites that need it, for the one-line message. */
export const TEST_PACKAGES: Record<string, string> = {
  chromium: 'test:preview, test:e2e',
  neovim: 'test:nvim',
  unzip: 'the .vsix check',
  'libkrb5-dev': 'code-server (test:e2e)',
  'libx11-dev': 'code-server (test:e2e)',
  'libxkbfile-dev': 'code-server (test:e2e)',
  'libsecret-1-dev': 'code-server (test:e2e)',
};
/** Build tools node-gyp needs, keyed by the command that proves each is there (python may come from pyenv). */
const BUILD_TOOLS: Record<string, string> = { python3: 'python3', make: 'make', 'g++': 'g++' };

/** Raised when packages are missing and this user cannot install them; its message is the one line to print. */
export class MissingPackagesError extends Error {}

/** True when `command` resolves on PATH. */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** True when dpkg reports the package fully installed. */
function isDebPackageInstalled(name: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/** The packages of `wanted` (and missing build tools) that are not installed yet. */
export function missingPackages(wanted: readonly string[] = Object.keys(TEST_PACKAGES)): string[] {
  const missing = wanted.filter((name) => !isDebPackageInstalled(name));
  for (const [command, debPackage] of Object.entries(BUILD_TOOLS)) {
    if (!hasCommand(command) && !missing.includes(debPackage)) missing.push(debPackage);
  }
  return missing;
}

/** Runs apt-get (directly as root, else through sudo) with inherited output; throws on failure. */
function aptGet(args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  const [command, ...rest] = isRoot ? ['apt-get', ...args] : ['sudo', '-n', 'apt-get', ...args];
  const result = spawnSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`${command} ${rest.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Installs the missing packages of `wanted`, or throws MissingPackagesError when this user cannot. */
export function ensureDebPackages(wanted: readonly string[] = Object.keys(TEST_PACKAGES), log: (line: string) => void = console.log): void {
  const missing = missingPackages(wanted);
  if (missing.length === 0) return;
  const canInstall = hasCommand('apt-get') && (process.getuid?.() === 0 || spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0);
  if (!canInstall) {
    const needs = missing.map((name) => `${name}${TEST_PACKAGES[name] ? ` (${TEST_PACKAGES[name]})` : ''}`).join(', ');
    throw new MissingPackagesError(`missing Debian packages: ${needs}; install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`[provision] installing Debian packages: ${missing.join(' ')}`);
  aptGet(['update', '-qq']);
  aptGet(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
}

if (require.main === module) {
  try {
    ensureDebPackages();
    console.log('[provision] Debian packages for the test suites are installed');
  } catch (error) {
    console.error(`npm test: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
