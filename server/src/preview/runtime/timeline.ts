// Runtime part: the empathy timeline follows what is on screen (the walked path or every section)
// and, in play mode, marks the current turn. Serialized into the page: uses only `rt` and browser globals.
import type { Runtime } from './context.js';

export function installTimeline(rt: Runtime): void {
  const { $, $$ } = rt;
  let cells = new Map<string, HTMLElement>();
  let sectionNames = new Map<string, string>();

  /** Keeps the rendered cells and section names as templates for regrouping. */
  rt.readTimeline = () => {
    cells = new Map($$<HTMLElement>('#ep-tl-track .ep-tl-cell').map((c) => [c.dataset.turn ?? '', c]));
    sectionNames = new Map($$<HTMLElement>('#ep-tl-track .ep-tl-group').map((g) => [g.dataset.section ?? '', $('.ep-tl-group-name', g)?.textContent ?? '']));
  };

  /** Shows the cells of the turns on screen, in their order on screen, grouped by section; marks the path on the section map. */
  rt.refreshTimeline = () => {
    const track = $<HTMLElement>('#ep-tl-track');
    const view = rt.activeView();
    if (!track || !view) return;
    const groups: HTMLElement[] = [];
    for (const turn of $$<HTMLElement>('.ep-turn', view)) {
      const cell = cells.get(turn.dataset.turn ?? '');
      if (!cell) continue;
      const section = cell.dataset.section ?? '';
      let group = groups[groups.length - 1];
      if (!group || group.dataset.section !== section) {
        group = document.createElement('div');
        group.className = 'ep-tl-group';
        group.dataset.section = section;
        const name = document.createElement('span');
        name.className = 'ep-tl-group-name';
        name.textContent = name.title = sectionNames.get(section) ?? '';
        const row = document.createElement('div');
        row.className = 'ep-tl-cells';
        group.append(name, row);
        groups.push(group);
      }
      group.lastElementChild!.append(cell.cloneNode(true));
    }
    track.replaceChildren(...groups);
    const counts: Record<string, string> = {
      cues: '.ep-tl-customer:not(.ep-cue-none)',
      answered: '.ep-tl-agent.ep-st-acknowledged',
      mistakes: '.ep-tl-agent.ep-st-mistake',
    };
    for (const el of $$<HTMLElement>('.ep-tl-summary [data-count]')) el.textContent = String($$(counts[el.dataset.count ?? ''] ?? '.none', track).length);
    const onPath = new Set(rt.state.mode === 'walk' ? rt.state.walk.map((step) => String(step.section)) : []);
    for (const link of $$<HTMLElement>('.ep-map-link')) link.classList.toggle('ep-on-path', onPath.has(link.dataset.section ?? ''));
    rt.markCurrentCell();
  };

  /** In play mode: the current turn's cell ringed, cells still to come dimmed. */
  rt.markCurrentCell = () => {
    const { playing, playIndex } = rt.state;
    const steps = playing ? rt.playSteps() : [];
    const shown = new Set(steps.slice(0, playIndex + 1).map((s) => s.dataset.turn));
    const id = steps[playIndex]?.dataset.turn;
    for (const cell of $$<HTMLElement>('#ep-tl-track .ep-tl-cell')) {
      cell.classList.toggle('ep-tl-current', id !== undefined && cell.dataset.turn === id);
      cell.classList.toggle('ep-tl-future', playing && !shown.has(cell.dataset.turn));
    }
    const active = $<HTMLElement>('#ep-tl-track .ep-tl-current');
    const track = $<HTMLElement>('#ep-tl-track');
    if (active && track) track.scrollTo({ left: active.getBoundingClientRect().left - track.getBoundingClientRect().left + track.scrollLeft - track.clientWidth / 2 });
  };
}
