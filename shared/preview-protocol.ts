// Messages between the VS Code extension host and the preview webview, declared once.
// The browser runtime (server/src/preview/runtime) and the panel (client/src/preview) both import these types.

/** How the call is shown: one walked path, or every section in source order. */
export type PreviewMode = 'walk' | 'all';

/** One section on the walked path, and the choice taken there (index among its choices), if any. */
export interface WalkStep {
  section: number;
  choice: number | null;
}

/** Host → webview: a fresh render of the document (sent on edits, debounced, and when the preview follows another editor). */
export interface UpdateMessage {
  type: 'update';
  /** The document's URI; a different one resets the walk. */
  uri: string;
  /** The markup from renderCallBody, as the server's preview request returns it. */
  body: string;
}

/** Host → webview: the editor scrolled; show this 0-based line at the top. */
export interface ScrollToLineMessage {
  type: 'scrollToLine';
  line: number;
}

export type HostToWebviewMessage = UpdateMessage | ScrollToLineMessage;

/** Webview → host: a bubble was clicked; put the editor's cursor on this 0-based line. */
export interface RevealLineMessage {
  type: 'reveal';
  line: number;
}

/** Webview → host: the user scrolled the preview; this 0-based line is now at its top. */
export interface PreviewScrolledMessage {
  type: 'scrolled';
  line: number;
}

/** Webview → host: the page (re)loaded: first open, shown again after being hidden, or restored after a reload. The host answers with an update when the page's content is older than the document. */
export interface ReadyMessage {
  type: 'ready';
}

export type WebviewToHostMessage = RevealLineMessage | PreviewScrolledMessage | ReadyMessage;

/** What the webview keeps with vscode.setState, and what the panel serializer receives after a reload. */
export interface PreviewState {
  uri: string;
  mode: PreviewMode;
  walk: WalkStep[];
  speak: boolean;
  /** Whether writer's notes (`// comments`) are shown. */
  notes: boolean;
  /** Where the page was scrolled, to come back to the same place. */
  scrollY: number;
}

/** Settings the page shell hands to the runtime. */
export interface RuntimeConfig {
  host: 'standalone' | 'webview';
  /** The document's URI in the webview; '' in the standalone page. */
  uri: string;
}
