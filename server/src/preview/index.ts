// The preview's public surface: pure rendering of a script as a mock call (no fs, no vscode).
export { buildCallView, callViewOf, findingsOf } from './model.js';
export type { CallView, PreviewOptions, TurnView, SectionView, FindingView, TimelineEntry } from './call-view.js';
export { renderCallBody } from './render.js';
export {
  renderStandalonePage,
  standalonePageOf,
  renderPreviewBody,
  renderWebviewDocument,
  webviewDocumentOf,
  renderNoticeBody,
  createNonce,
  type StandalonePageOptions,
  type WebviewDocumentOptions,
} from './page.js';
export { renderIndexPage, type IndexEntry } from './index-page.js';
export { escapeHtml } from './escape.js';
export type * from '../../../shared/preview-protocol.js';
