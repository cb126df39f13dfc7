// Runtime part: clicks and keys: toolbar buttons, choices, the section map, timeline cells, play keys,
// and (in VS Code) a click on a bubble revealing its line. Serialized into the page: uses only `rt` and browser globals.
import type { Runtime } from './context.js';

export function installInput(rt: Runtime): void {
  const { $, $$ } = rt;

  function runAction(action: string): void {
    if (action === 'mode-walk' || action === 'mode-all') {
      rt.stopPlaying();
      rt.setMode(action === 'mode-walk' ? 'walk' : 'all');
    } else if (action === 'back') rt.back();
    else if (action === 'restart') rt.restart();
    else if (action === 'play') {
      if (rt.state.playing) rt.stopPlaying();
      else rt.startPlaying();
    } else if (action === 'next') rt.nextStep();
    else if (action === 'prev') rt.previousStep();
  }

  /** A choice in the walk: take it, then continue playing or scroll to where it leads. */
  function takeChoice(choice: HTMLElement, step: HTMLElement): void {
    if (choice.dataset.target === '' && choice.dataset.end !== 'true') return;
    const stepIndex = Number(step.dataset.step);
    rt.choose(stepIndex, Number(choice.dataset.choice));
    const walkView = rt.walkView() ?? document;
    if (rt.state.playing) {
      rt.state.playIndex = rt.playSteps().indexOf($<HTMLElement>(`[data-step="${stepIndex}"] .ep-choices`, walkView)!) + 1;
      rt.showPlayStep();
    } else walkView.querySelector(`[data-step="${stepIndex + 1}"]`)?.scrollIntoView({ block: 'start', behavior: rt.motion() });
  }

  function onClick(event: MouseEvent): void {
    const target = event.target as Element | null;
    if (!target) return;
    const action = target.closest<HTMLElement>('button[data-action]');
    if (action) return runAction(action.dataset.action ?? '');
    const walking = rt.state.mode === 'walk';
    const choice = target.closest<HTMLElement>('.ep-choice');
    const step = target.closest<HTMLElement>('[data-step]');
    if (choice && step && walking) {
      event.preventDefault();
      return takeChoice(choice, step);
    }
    const mapLink = target.closest<HTMLElement>('.ep-map-link');
    if (mapLink && walking) {
      event.preventDefault();
      rt.stopPlaying();
      rt.setWalk(rt.pathTo(Number(mapLink.dataset.section)));
      $<HTMLElement>('[data-step]:last-child', rt.walkView() ?? document)?.scrollIntoView({ block: 'start' });
      return;
    }
    const cell = target.closest<HTMLElement>('.ep-tl-cell');
    if (cell) {
      event.preventDefault();
      $<HTMLElement>(`.ep-turn[data-turn="${cell.dataset.turn}"]`, rt.activeView() ?? document)?.scrollIntoView({ block: 'center', behavior: rt.motion() });
      return;
    }
    const link = target.closest<HTMLAnchorElement>('a[href^="#"]');
    if (link) {
      event.preventDefault();
      const id = link.getAttribute('href')!.slice(1);
      if (id) document.getElementById(id)?.scrollIntoView({ block: 'start', behavior: rt.motion() });
      return;
    }
    const item = target.closest<HTMLElement>('.ep-turn, .ep-stage, .ep-note, .ep-choices, .ep-jump, .ep-section-head');
    const line = item?.dataset.line ?? item?.closest<HTMLElement>('[data-line]')?.dataset.line;
    if (rt.vscode && line !== undefined && !target.closest('a, button, input, label')) rt.vscode.postMessage({ type: 'reveal', line: Number(line) });
  }

  function onKey(event: KeyboardEvent): void {
    if (!rt.state.playing || event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as Element | null)?.closest('input, textarea, select')) return;
    const key = event.key;
    if (key === ' ' || key === 'ArrowRight' || key === 'Enter' || key === 'n') rt.nextStep();
    else if (key === 'ArrowLeft' || key === 'Backspace') rt.previousStep();
    else if (key === 'Escape') rt.stopPlaying();
    else if (/^[1-9]$/.test(key)) {
      const current = rt.playSteps()[rt.state.playIndex];
      const option = rt.awaitingChoice(current) ? $$<HTMLElement>('.ep-choice', current)[Number(key) - 1] : undefined;
      if (!option) return;
      option.click();
    } else return;
    event.preventDefault();
  }

  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKey);
  // Space on a focused button would click it on keyup; in play mode Space means "next"
  document.addEventListener('keyup', (e) => {
    if (rt.state.playing && e.key === ' ') e.preventDefault();
  });
}
