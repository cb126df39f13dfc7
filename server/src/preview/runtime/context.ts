// The shared context of the in-page runtime: its state, DOM helpers and the slots each part fills.
// Every function here and in the other runtime modules is serialized with Function#toString into
// the page (see index.ts), so it may use only its argument and browser globals, never an import.
import type { PreviewMode, PreviewState, RuntimeConfig, WalkStep, WebviewToHostMessage } from '../../../../shared/preview-protocol.js';

/** What VS Code hands a webview through `acquireVsCodeApi()`. */
export interface VsCodeApi {
  postMessage(message: WebviewToHostMessage): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}

export interface RuntimeState {
  uri: string;
  mode: PreviewMode;
  walk: WalkStep[];
  speak: boolean;
  notes: boolean;
  playing: boolean;
  /** Index among the play steps (turns, stage directions, choices, endings) on screen. */
  playIndex: number;
  /** Scroll events before this time come from our own scrolling, not the user's. */
  ignoreScrollUntil: number;
}

/** The runtime: context from createRuntime, functions from the parts (walk, timeline, play, input, host bridge, document). */
export interface Runtime {
  config: RuntimeConfig;
  vscode: VsCodeApi | undefined;
  /** The webview state found at load (a reload or a re-shown panel). */
  saved: PreviewState | undefined;
  state: RuntimeState;
  /** Scroll echoes are ignored this long after a programmatic scroll. */
  echoMs: number;
  $<T extends Element>(selector: string, root?: ParentNode): T | null;
  $$<T extends Element>(selector: string, root?: ParentNode): T[];
  app(): HTMLElement | null;
  allView(): HTMLElement | null;
  walkView(): HTMLElement | null;
  /** The view on screen: the walk for a branching script in walk mode, else every section. */
  activeView(): HTMLElement | null;
  hasSections(): boolean;
  sectionEl(index: number): HTMLElement | null;
  /** 'smooth' unless the reader asked for reduced motion. */
  motion(): ScrollBehavior;
  numberOr(value: string | undefined, fallback: number | null): number | null;
  persist(): void;
  // walk.ts
  setMode(mode: PreviewMode): void;
  setWalk(steps: WalkStep[]): void;
  choose(stepIndex: number, choice: number): void;
  back(): void;
  restart(): void;
  pathTo(section: number): WalkStep[];
  // timeline.ts
  readTimeline(): void;
  refreshTimeline(): void;
  markCurrentCell(): void;
  // play.ts
  playSteps(): HTMLElement[];
  awaitingChoice(step: HTMLElement | undefined): boolean;
  startPlaying(): void;
  stopPlaying(): void;
  showPlayStep(): void;
  nextStep(): void;
  previousStep(): void;
  // document.ts
  bindDocument(): void;
  start(): void;
}

/** The context: state from the saved webview state (if any), and DOM helpers. The parts add the rest. */
export function createRuntime(config: RuntimeConfig): Runtime {
  const acquire = (globalThis as { acquireVsCodeApi?: () => VsCodeApi }).acquireVsCodeApi;
  const vscode = config.host === 'webview' && typeof acquire === 'function' ? acquire() : undefined;
  const saved = vscode?.getState();
  const same = saved !== undefined && saved.uri === config.uri;
  const rt: Partial<Runtime> = {
    config,
    vscode,
    saved,
    echoMs: 250,
    state: {
      uri: config.uri,
      // walk a branching script from its start; setMode falls back to 'all' for a linear one
      mode: same ? saved.mode : 'walk',
      walk: same ? saved.walk : [],
      speak: saved?.speak ?? false,
      // writers see their notes in VS Code; a trainee reading a shared page does not, unless asked
      notes: saved?.notes ?? config.host === 'webview',
      playing: false,
      playIndex: 0,
      ignoreScrollUntil: 0,
    },
    $: <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector),
    $$: <T extends Element>(selector: string, root: ParentNode = document) => [...root.querySelectorAll<T>(selector)],
    app: () => document.querySelector<HTMLElement>('#ep-app'),
    allView: () => document.querySelector<HTMLElement>('#ep-all'),
    walkView: () => document.querySelector<HTMLElement>('#ep-walk'),
    hasSections: () => document.querySelector<HTMLElement>('#ep-app')?.dataset.hasSections === 'true',
    motion: () => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'),
    numberOr: (value, fallback) => (value === undefined || value === '' || Number.isNaN(Number(value)) ? fallback : Number(value)),
  };
  const full = rt as Runtime;
  full.activeView = () => (full.state.mode === 'walk' && full.hasSections() ? full.walkView() : full.allView());
  full.sectionEl = (index) => (full.allView() ?? document).querySelector<HTMLElement>(`#ep-s-${index}`);
  full.persist = () => {
    const { uri, mode, walk, speak, notes } = full.state;
    full.vscode?.setState({ uri, mode, walk, speak, notes, scrollY: window.scrollY });
  };
  return full;
}
