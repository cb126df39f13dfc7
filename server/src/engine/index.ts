// The engine's public surface. Adapters (language server, CLI, preview, webview) import only from here.
export * from './types.js';
export * from './text.js';
export * from './catalogue-types.js';
export { CATALOGUE, statementsFor } from './catalogue.js';
export { parse, DEFAULT_SPEAKERS, type SpeakerConfig } from './parser.js';
export { lint, RULE_METAS, ruleMeta, validateConfig } from './linter.js';
export { LintCancelled } from './walker.js';
export { limitLineCaches } from './text-cache.js';
export { applyFixes, fixText, type FixFilter, type FixTextResult } from './fixes.js';
export { rewritesOf, type OfferedRewrite, type RewriteChecker } from './rewrites.js';
export { type ConfigValidation } from './config.js';
export { docsUrl, DOCS_BASE, DOCS_INDEX, DOCS_VERSION } from './docs.js';
export { customerCues, EMOTIONAL_CUES, type CustomerCue } from './cues.js';
export { listPaths, MAX_PATHS, type PathCue, type PathsReport, type ScriptPath } from './paths.js';
