// The in-page runtime as one inline script: the context, then each part installed on it, then start.
// Each function is serialized with Function#toString, so none may close over anything of this module.
import { jsonForScript } from '../escape.js';
import type { RuntimeConfig } from '../../../../shared/preview-protocol.js';
import { createRuntime } from './context.js';
import { installDocument } from './document.js';
import { installHostBridge } from './host-bridge.js';
import { installInput } from './input.js';
import { installPlay } from './play.js';
import { installTimeline } from './timeline.js';
import { installWalk } from './walk.js';

/** In install order; every part may call any other's functions once the page is running. */
const PARTS = [installWalk, installTimeline, installPlay, installInput, installHostBridge, installDocument];

/** The script text for a page. Under a keepNames transform (tsx in tests) the sources call `__name`; the stub keeps them self-contained. */
export function runtimeScript(config: RuntimeConfig): string {
  const sources = [createRuntime, ...PARTS].map((f) => f.toString());
  const keepNamesStub = sources.some((s) => s.includes('__name(')) ? 'var __name = function (f) { return f; };\n' : '';
  const [context, ...parts] = sources;
  return `${keepNamesStub}(function (config) {
var rt = (${context})(config);
${parts.map((p) => `(${p})(rt);`).join('\n')}
rt.start();
})(${jsonForScript(config)});`;
}
