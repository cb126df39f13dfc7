// The preview request: the mock-call view of a script built from the very lint its diagnostics come
// from (editor settings merged over `.empathylintrc.json`, workspace trust, `empathyLint.enable`),
// so the preview and the Problems panel cannot disagree, and the client bundles no engine.
import { lint, rewritesOf } from '../engine/index.js';
import { callViewOf, findingsOf, renderCallBody, renderNoticeBody, webviewDocumentOf } from '../preview/index.js';
import type { PreviewParams, PreviewResult } from '../../../shared/protocol.js';
import type { LintedWithFindings } from './lint-protocol.js';

/** Past this size a live preview would cost seconds of rendering and megabytes of IPC per edit; the CLI still renders it. */
export const MAX_LIVE_PREVIEW_CHARS = 500_000;

/** The preview of one lint; `version` is null when it was rendered from text the client sent. */
export function previewOf(linted: LintedWithFindings, params: PreviewParams, version: number | null): PreviewResult {
  const fileName = decodeURIComponent(params.uri.split(/[/\\]/).pop() ?? '') || 'script';
  if (linted.text.length > MAX_LIVE_PREVIEW_CHARS) {
    const message = `This script has ${linted.text.length.toLocaleString('en')} characters, too many to preview live. Run "empathy-lint preview ${fileName}" to get its page.`;
    return shaped(params, version, fileName, renderNoticeBody(fileName, message), []);
  }
  // linting switched off: the call is shown without findings, as the Problems panel shows none
  const view = linted.enabled
    ? callViewOf(linted.document, linted.result.findings, fileName, (f) => rewritesOf(linted.result, { config: linted.config }).preferred(f)?.fix)
    : callViewOf(lint(linted.text, { config: linted.config }).document, [], fileName);
  const findings = findingsOf(view).map(({ ruleId, severity, line }) => ({ ruleId, severity, line }));
  return shaped(params, version, view.title, renderCallBody(view).value, findings);
}

/** The answer: the body, and the whole webview document around it when the client is setting up its panel. */
function shaped(params: PreviewParams, version: number | null, title: string, body: string, findings: PreviewResult['findings']): PreviewResult {
  const html = params.cspSource === undefined ? undefined : webviewDocumentOf(body, title, { cspSource: params.cspSource, uri: params.uri });
  return { uri: params.uri, version, title, body, ...(html === undefined ? {} : { html }), findings };
}
