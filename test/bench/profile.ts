// Reads a V8 .cpuprofile (from `node --cpu-prof`) and lists where the time went: self time per
// function, so the hot spots of the engine show up by name and source line.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapping } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  /** file:line relative to the project, 1-based. */
  where: string;
  selfMs: number;
  selfPercent: number;
}

/** Maps a frame in a bundle back to its source file and line, when the bundle has a `.map` beside it. */
class FrameLocator {
  private readonly maps = new Map<string, SourceMap | null>();

  constructor(private readonly root: string) {}

  locate(url: string, line: number, column: number): string {
    if (!url) return '(native)';
    let path = url;
    try {
      if (url.startsWith('file:')) path = fileURLToPath(url);
    } catch {
      // keep the URL as it is
    }
    const entry = this.mapOf(path)?.findEntry(line, column) as Partial<SourceMapping> | undefined;
    if (entry?.originalSource) {
      const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : resolve(dirname(path), entry.originalSource);
      return `${this.short(source)}:${(entry.originalLine ?? 0) + 1}`;
    }
    return `${this.short(path)}:${line + 1}`;
  }

  private short(path: string): string {
    return path.startsWith(this.root) ? relative(this.root, path) : path;
  }

  private mapOf(path: string): SourceMap | null {
    if (!this.maps.has(path)) {
      const mapPath = `${path}.map`;
      this.maps.set(path, path.startsWith('/') && existsSync(mapPath) ? new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8'))) : null);
    }
    return this.maps.get(path)!;
  }
}

/** Frames that say nothing about the engine: waiting, and the harness's module loading (node: frames). */
const LEFT_OUT = /^\((?:idle|program|root)\)$/;

/** The `top` functions by self time, shares of all samples; GC is kept (allocation is an engine cost). */
export function hotFunctions(profilePath: string, root: string, top = 15): { totalMs: number; functions: HotFunction[] } {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { name: string; where: string; us: number }>();
  let totalUs = 0;
  const locator = new FrameLocator(root);
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const delta = profile.timeDeltas[i] ?? 0;
    if (!node) continue;
    totalUs += delta;
    const frame = node.callFrame;
    const where = locator.locate(frame.url, frame.lineNumber, frame.columnNumber);
    const key = `${frame.functionName}@${where}`;
    const entry = self.get(key) ?? { name: frame.functionName || '(anonymous)', where, us: 0 };
    entry.us += delta;
    self.set(key, entry);
  }
  const functions = [...self.values()]
    .filter((e) => !LEFT_OUT.test(e.name) && !e.where.startsWith('node:'))
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000, selfPercent: totalUs ? (100 * e.us) / totalUs : 0 }));
  return { totalMs: totalUs / 1000, functions };
}
