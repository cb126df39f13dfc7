// Runtime part: reading a freshly rendered body (timeline templates, toggles, mode) and starting up.
// Serialized into the page: uses only `rt` and browser globals.
import type { Runtime } from './context.js';

export function installDocument(rt: Runtime): void {
  const { $ } = rt;

  /** A checkbox toggle bound to a state flag, persisted on change. */
  function bindToggle(action: string, get: () => boolean, set: (on: boolean) => void, available = true): void {
    const box = $<HTMLInputElement>(`input[data-action="${action}"]`);
    if (!box) return;
    box.checked = get() && available;
    box.disabled = !available;
    box.closest('label')?.classList.toggle('ep-unavailable', !available);
    box.addEventListener('change', () => {
      set(box.checked);
      rt.persist();
    });
  }

  rt.bindDocument = () => {
    document.documentElement.classList.add('ep-js');
    rt.readTimeline();
    const s = rt.state;
    bindToggle(
      'speak',
      () => s.speak,
      (on) => {
        s.speak = on;
        if (!on) window.speechSynthesis?.cancel();
      },
      typeof window.speechSynthesis !== 'undefined',
    );
    const showNotes = () => rt.app()?.classList.toggle('ep-show-notes', s.notes);
    showNotes();
    bindToggle(
      'notes',
      () => s.notes,
      (on) => {
        s.notes = on;
        showNotes();
      },
    );
    rt.setMode(s.mode);
  };

  rt.start = () => {
    rt.bindDocument();
    const saved = rt.saved;
    if (saved && saved.uri === rt.state.uri && saved.scrollY) {
      rt.state.ignoreScrollUntil = performance.now() + rt.echoMs;
      window.scrollTo(0, saved.scrollY);
    }
    rt.vscode?.postMessage({ type: 'ready' });
  };
}
