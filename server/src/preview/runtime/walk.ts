// Runtime part: walking a branching script: the path of sections, choices, back, restart, modes.
// Serialized into the page: uses only `rt` and browser globals.
import type { WalkStep } from '../../../../shared/preview-protocol.js';
import type { Runtime } from './context.js';

export function installWalk(rt: Runtime): void {
  /** Loops of jumps stop being followed after this many sections in one walk. */
  const MAX_WALK = 200;
  const { $, $$ } = rt;

  /** Follows jumps from the last step until a choice is needed or the call ends. */
  function extendWalk(): void {
    const s = rt.state;
    if (s.walk.length === 0 || !rt.sectionEl(s.walk[0].section)) s.walk = [{ section: 0, choice: null }];
    while (s.walk.length < MAX_WALK) {
      const last = s.walk[s.walk.length - 1];
      const section = rt.sectionEl(last.section);
      if (!section) break;
      const choices = $$<HTMLElement>('.ep-choice', section);
      let next: number | null = null;
      if (choices.length > 0) {
        if (last.choice === null || !choices[last.choice]) break;
        next = rt.numberOr(choices[last.choice].dataset.target, null);
      } else {
        next = rt.numberOr($<HTMLElement>('.ep-jump', section)?.dataset.target, null);
        const sinceChoice = s.walk.slice(s.walk.map((step) => step.choice !== null).lastIndexOf(true) + 1);
        if (next !== null && sinceChoice.some((step) => step.section === next)) break;
      }
      if (next === null || !rt.sectionEl(next)) break;
      s.walk.push({ section: next, choice: null });
    }
  }

  /** Rebuilds the walk view from clones of the sections on the path. */
  function renderWalk(): void {
    const view = rt.walkView();
    if (!view) return;
    view.replaceChildren();
    rt.state.walk.forEach((step, i) => {
      const original = rt.sectionEl(step.section);
      if (!original) return;
      const clone = original.cloneNode(true) as HTMLElement;
      clone.removeAttribute('id');
      clone.dataset.step = String(i);
      for (const el of $$<HTMLElement>('[id]', clone)) el.removeAttribute('id');
      const choices = $$<HTMLElement>('.ep-choice', clone);
      choices.forEach((c, k) => {
        c.classList.toggle('ep-chosen', step.choice === k);
        c.classList.toggle('ep-unchosen', step.choice !== null && step.choice !== k);
      });
      const chosen = step.choice === null ? undefined : choices[step.choice];
      if (chosen?.dataset.end === 'true') {
        const end = document.createElement('div');
        end.className = 'ep-end';
        end.append(Object.assign(document.createElement('span'), { textContent: 'End of call' }));
        clone.append(end);
      }
      view.append(clone);
    });
  }

  /** Walk steps that reach a section from the start by the fewest choices (breadth-first). */
  rt.pathTo = (target) => {
    const previous = new Map<number, { from: number; choice: number | null }>();
    const queue = [0];
    const seen = new Set([0]);
    while (queue.length > 0) {
      const at = queue.shift()!;
      if (at === target) break;
      const section = rt.sectionEl(at);
      if (!section) continue;
      const edges: Array<{ to: number | null; choice: number | null }> = $$<HTMLElement>('.ep-choice', section).map((c, k) => ({ to: rt.numberOr(c.dataset.target, null), choice: k }));
      if (edges.length === 0) edges.push({ to: rt.numberOr($<HTMLElement>('.ep-jump', section)?.dataset.target, null), choice: null });
      for (const edge of edges) {
        if (edge.to === null || seen.has(edge.to)) continue;
        seen.add(edge.to);
        previous.set(edge.to, { from: at, choice: edge.choice });
        queue.push(edge.to);
      }
    }
    if (target !== 0 && !previous.has(target)) return [{ section: target, choice: null }];
    const steps: WalkStep[] = [{ section: target, choice: null }];
    for (let at = target; at !== 0;) {
      const link = previous.get(at)!;
      steps.unshift({ section: link.from, choice: link.choice });
      at = link.from;
    }
    return steps;
  };

  rt.setWalk = (steps) => {
    rt.state.walk = steps;
    extendWalk();
    renderWalk();
    rt.refreshTimeline();
    rt.persist();
  };

  rt.choose = (stepIndex, choice) => {
    const steps = rt.state.walk.slice(0, stepIndex + 1);
    steps[stepIndex] = { section: steps[stepIndex].section, choice };
    rt.setWalk(steps);
  };

  rt.back = () => {
    const walk = rt.state.walk;
    const last = walk.map((s) => s.choice !== null).lastIndexOf(true);
    if (last < 0) return;
    rt.setWalk([...walk.slice(0, last), { section: walk[last].section, choice: null }]);
    const blocks = $$<HTMLElement>('.ep-choices', rt.walkView() ?? document);
    blocks[blocks.length - 1]?.scrollIntoView({ block: 'center' });
  };

  rt.restart = () => {
    rt.stopPlaying();
    rt.setWalk([]);
    window.scrollTo(0, 0);
  };

  rt.setMode = (next) => {
    const mode = rt.hasSections() ? next : 'all';
    rt.state.mode = mode;
    const root = rt.app();
    if (!root) return;
    root.classList.toggle('ep-mode-walk', mode === 'walk');
    root.classList.toggle('ep-mode-all', mode === 'all');
    rt.allView()!.hidden = mode === 'walk';
    rt.walkView()!.hidden = mode !== 'walk';
    for (const b of $$<HTMLButtonElement>('[data-action^="mode-"]')) b.setAttribute('aria-pressed', String(b.dataset.action === `mode-${mode}`));
    for (const b of $$<HTMLButtonElement>('[data-action="back"], [data-action="restart"]')) b.disabled = mode !== 'walk';
    if (mode === 'walk') {
      extendWalk();
      renderWalk();
    }
    rt.refreshTimeline();
    rt.persist();
  };
}
