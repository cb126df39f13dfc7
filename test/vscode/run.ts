// `npm run test:vscode`: runs the suite in test/vscode/suite inside desktop VS Code with
// @vscode/test-electron. VS Code must be downloaded (or named by VSCODE_EXECUTABLE); where that
// is impossible, as on machines without internet, the run is skipped with one line and exit 0.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { reportSkip } from '../support/skips.js';

const ROOT = join(__dirname, '..', '..');
const SUITE_OUT = join(ROOT, 'test-artifacts', 'vscode-suite');
const DOWNLOAD_PROBE = 'https://update.code.visualstudio.com/api/releases/stable';
/** How long the reachability probe may take before VS Code counts as unreachable. */
const PROBE_TIMEOUT_MS = 8000;

async function main(): Promise<number> {
  const executable = process.env.VSCODE_EXECUTABLE;
  if (!executable) {
    const unreachable = await downloadUnreachable();
    if (unreachable) return skip(`VS Code cannot be downloaded here (${unreachable})`);
  }
  await esbuild.build({
    entryPoints: { index: join(__dirname, 'suite', 'index.ts') },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: SUITE_OUT,
    external: ['vscode'],
    logLevel: 'warning',
  });
  try {
    return await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(SUITE_OUT, 'index.js'),
      launchArgs: [workspaceFixture(), '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
      ...(executable ? { vscodeExecutablePath: executable } : {}),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/download|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|getaddrinfo|socket/i.test(message)) return skip(`downloading VS Code failed (${message.split('\n')[0]})`);
    console.error(`test:vscode: failed: ${message}`);
    return 1;
  }
}

/** Null when the VS Code update service answers; otherwise why not. */
async function downloadUnreachable(): Promise<string | null> {
  try {
    const response = await fetch(DOWNLOAD_PROBE, { method: 'HEAD', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return response.ok || response.status < 500 ? null : `HTTP ${response.status} from update.code.visualstudio.com`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return `update.code.visualstudio.com unreachable: ${cause ?? (error instanceof Error ? error.name : String(error))}`;
  }
}

/** A workspace folder with one scenario that has findings. */
function workspaceFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'empathy-vscode-'));
  writeFileSync(
    join(dir, 'call.scenario'),
    [
      "Customer: Why can't I get a refund? It's been five weeks.",
      "Agent: I'm sorry, but our policy doesn't allow refunds after thirty days.",
      "Customer: My mother passed away, that's why I'm late.",
      'Agent: Oh, I remember when my mom died, I was a wreck for months.',
      '',
    ].join('\n'),
  );
  return dir;
}

function skip(reason: string): number {
  reportSkip('test:vscode', `${reason}. Set VSCODE_EXECUTABLE to a local VS Code to run it`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`test:vscode: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
