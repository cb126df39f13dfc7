// Whole-process timing: spawn, read the output through a pipe (as a CI log would), time to exit.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Linux clock ticks per second for /proc times (USER_HZ, 100 on every mainstream architecture). */
const CLOCK_TICKS = 100;

/** CPU time (user + system, ms) of this process's reaped children so far; null off Linux. */
export function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); cutime and cstime are fields 16 and 17
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

export interface ProcessRun {
  ms: number;
  /** CPU time the process (and its threads) used; steadier than wall time on a busy machine. Null if unknown. */
  cpuMs: number | null;
  exitCode: number | null;
  stdoutBytes: number;
  /** First bytes of stdout, to check the output's shape. */
  stdoutHead: string;
  stderrTail: string;
  timedOut: boolean;
}

/** Runs `command args` to completion (or `timeoutMs`), timing from spawn to exit; run one at a time (CPU time is read from this process's children total). */
export function timeProcess(command: string, args: readonly string[], timeoutMs: number, cwd?: string): Promise<ProcessRun> {
  return new Promise((resolve) => {
    const cpuBefore = childrenCpuMs();
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutBytes = 0;
    let stdoutHead = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutHead.length < 200) stdoutHead += chunk.toString('utf8', 0, Math.min(chunk.length, 200));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    const finish = (exitCode: number | null) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const cpuAfter = childrenCpuMs();
      const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      resolve({ ms, cpuMs, exitCode, stdoutBytes, stdoutHead, stderrTail: stderr.slice(-400), timedOut });
    };
    child.on('error', (error) => {
      stderr += String(error);
      finish(null);
    });
    child.on('close', (code) => finish(code));
  });
}

/** Runs a short helper process and returns its stdout; rejects with stderr on failure. */
export function runForOutput(command: string, args: readonly string[], timeoutMs: number, cwd?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-2000)));
    child.on('error', (e) => reject(e));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`${command} ${args.slice(0, 3).join(' ')} … exited ${code ?? signal}: ${errorLines(err)}`));
    });
  });
}

/** The lines of a failed process's stderr that say what went wrong (the error line and the last line). */
function errorLines(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const error = lines.find((l) => /\b\w*Error\b|^error/i.test(l));
  return [...new Set([error, lines[lines.length - 1]].filter((l): l is string => !!l))].join(' | ') || 'no output';
}
