// Runtime part, VS Code only: live updates from the extension host and scrolling in step with the
// editor both ways. Serialized into the page: uses only `rt` and browser globals.
import type { HostToWebviewMessage } from '../../../../shared/preview-protocol.js';
import type { Runtime } from './context.js';

export function installHostBridge(rt: Runtime): void {
  const vscode = rt.vscode;
  if (!vscode) return;
  const { $, $$ } = rt;
  const ITEMS = '.ep-turn, .ep-stage, .ep-note, .ep-choices, .ep-jump';

  /** How much of the viewport's top the toolbar covers: all of its height when it sticks, none when it scrolls away (narrow panels). */
  function coveredTop(): number {
    const toolbar = $<HTMLElement>('.ep-toolbar');
    return toolbar && getComputedStyle(toolbar).position === 'sticky' ? toolbar.offsetHeight : 0;
  }

  /** The 0-based source line of the first item at the top of the viewport, below the toolbar. */
  function topLine(): number | null {
    const top = coveredTop();
    for (const el of $$<HTMLElement>(`.ep-section-head, ${ITEMS}`, rt.activeView() ?? document)) {
      if (el.offsetParent === null || el.getBoundingClientRect().bottom <= top) continue;
      const line = el.dataset.line ?? el.closest<HTMLElement>('.ep-section')?.dataset.line;
      if (line !== undefined) return Number(line);
    }
    return null;
  }

  /** The element with the greatest source line at or before `line` (the first such, when a walk repeats a section). */
  function lastAtOrBefore(elements: HTMLElement[], line: number): HTMLElement | null {
    let best: HTMLElement | null = null;
    for (const el of elements) {
      const at = Number(el.dataset.line);
      if (at <= line && (!best || at > Number(best.dataset.line))) best = el;
    }
    return best;
  }

  /** Scrolls so the item for the greatest line at or before `line` is at the top; a walk first extends to that line's section. */
  function scrollToLine(line: number): void {
    if (rt.state.mode === 'walk' && rt.hasSections()) {
      const section = lastAtOrBefore($$<HTMLElement>('.ep-section', rt.allView() ?? document), line);
      const index = section ? Number(section.dataset.section) : null;
      if (index !== null && !rt.state.walk.some((step) => step.section === index)) {
        rt.stopPlaying();
        rt.setWalk(rt.pathTo(index));
      }
    }
    const visible = $$<HTMLElement>(`.ep-section, ${ITEMS}`, rt.activeView() ?? document).filter((el) => el.offsetParent !== null);
    const best = lastAtOrBefore(visible, line);
    rt.state.ignoreScrollUntil = performance.now() + rt.echoMs;
    window.scrollTo(0, best ? window.scrollY + best.getBoundingClientRect().top - coveredTop() - 8 : 0);
  }

  /** A fresh render: swapped in place, keeping the walk and the scroll place when it is the same script. */
  function update(uri: string, body: string): void {
    const s = rt.state;
    const sameDocument = uri === s.uri;
    // back on the script the saved state belongs to (the page was rebuilt): its walk and place come back
    const restore = !sameDocument && rt.saved?.uri === uri ? rt.saved : undefined;
    const scrollY = sameDocument ? window.scrollY : (restore?.scrollY ?? 0);
    if (!sameDocument) {
      rt.stopPlaying();
      s.uri = uri;
      s.walk = restore?.walk ?? [];
      s.mode = restore?.mode ?? 'walk';
    }
    const root = $<HTMLElement>('#ep-root');
    if (!root) return;
    root.innerHTML = body;
    rt.bindDocument();
    if (s.playing) rt.showPlayStep();
    s.ignoreScrollUntil = performance.now() + rt.echoMs;
    window.scrollTo(0, scrollY);
  }

  window.addEventListener('message', (event: MessageEvent<HostToWebviewMessage>) => {
    const message = event.data;
    if (message.type === 'scrollToLine') scrollToLine(message.line);
    else if (message.type === 'update') update(message.uri, message.body);
  });

  let queued = false;
  window.addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        rt.persist();
        if (performance.now() < rt.state.ignoreScrollUntil) return;
        const line = topLine();
        if (line !== null) vscode.postMessage({ type: 'scrolled', line });
      });
    },
    { passive: true },
  );
}
