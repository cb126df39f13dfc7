// The preview's in-page behaviour: walking branches, play mode, read-aloud, the timeline, and in
// VS Code the messages to and from the extension host. It is serialized with Function#toString
// into the page, so the function body must use nothing but its argument and browser globals.
import type { HostToWebviewMessage, PreviewMode, PreviewState, RuntimeConfig, WalkStep, WebviewToHostMessage } from './protocol.js';

/** Runs in the browser or webview. Self-contained by necessity (see the file comment). */
export function previewRuntime(config: RuntimeConfig): void {
  interface VsCodeApi {
    postMessage(message: WebviewToHostMessage): void;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): void;
  }
  const acquire = (globalThis as { acquireVsCodeApi?: () => VsCodeApi }).acquireVsCodeApi;
  const vscode = config.host === 'webview' && typeof acquire === 'function' ? acquire() : undefined;
  /** Loops of jumps stop being followed after this many sections in one walk. */
  const MAX_WALK = 200;
  /** Scroll events this soon after a programmatic scroll are not reported back to the editor. */
  const ECHO_MS = 250;

  const saved = vscode?.getState();
  let uri = config.uri;
  // walk a branching script from its start; setMode falls back to 'all' for a linear one
  let mode: PreviewMode = saved && saved.uri === uri ? saved.mode : 'walk';
  let walk: WalkStep[] = saved && saved.uri === uri ? saved.walk : [];
  let speak = saved?.speak ?? false;
  // writers see their notes in VS Code; a trainee reading a shared page does not, unless asked
  let notes = saved?.notes ?? config.host === 'webview';
  let playing = false;
  let playIndex = 0;
  let ignoreScrollUntil = 0;
  let timelineCells = new Map<string, HTMLElement>();
  let sectionNames = new Map<string, string>();

  const $ = <T extends Element>(selector: string, root: ParentNode = document): T | null => root.querySelector<T>(selector);
  const $$ = <T extends Element>(selector: string, root: ParentNode = document): T[] => [...root.querySelectorAll<T>(selector)];
  const app = () => $<HTMLElement>('#ep-app');
  const allView = () => $<HTMLElement>('#ep-all');
  const walkView = () => $<HTMLElement>('#ep-walk');
  const hasSections = () => app()?.dataset.hasSections === 'true';
  const activeView = () => (mode === 'walk' && hasSections() ? walkView() : allView());
  const sectionEl = (index: number) => $<HTMLElement>(`#ep-s-${index}`, allView() ?? document);
  const motion = (): ScrollBehavior => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
  const numberOr = (value: string | undefined, fallback: number | null) => (value === undefined || value === '' || Number.isNaN(Number(value)) ? fallback : Number(value));

  function persist(): void {
    vscode?.setState({ uri, mode, walk, speak, notes, scrollY: window.scrollY });
  }

  // ---- walking the branches -------------------------------------------------------------

  /** Follows jumps from the last step until a choice is needed or the call ends. */
  function extendWalk(): void {
    if (walk.length === 0 || !sectionEl(walk[0].section)) walk = [{ section: 0, choice: null }];
    while (walk.length < MAX_WALK) {
      const last = walk[walk.length - 1];
      const section = sectionEl(last.section);
      if (!section) break;
      const choices = $$<HTMLElement>('.ep-choice', section);
      let next: number | null = null;
      if (choices.length > 0) {
        if (last.choice === null || !choices[last.choice]) break;
        next = numberOr(choices[last.choice].dataset.target, null);
      } else {
        const jump = $<HTMLElement>('.ep-jump', section);
        next = numberOr(jump?.dataset.target, null);
        const sinceChoice = walk.slice(walk.map((s) => s.choice !== null).lastIndexOf(true) + 1);
        if (next !== null && sinceChoice.some((s) => s.section === next)) break;
      }
      if (next === null || !sectionEl(next)) break;
      walk.push({ section: next, choice: null });
    }
  }

  /** Rebuilds the walk view from clones of the sections on the path. */
  function renderWalk(): void {
    const view = walkView();
    if (!view) return;
    view.replaceChildren();
    walk.forEach((step, i) => {
      const original = sectionEl(step.section);
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
  function pathTo(target: number): WalkStep[] {
    const previous = new Map<number, { from: number; choice: number | null }>();
    const queue = [0];
    const seen = new Set([0]);
    while (queue.length > 0) {
      const at = queue.shift()!;
      if (at === target) break;
      const section = sectionEl(at);
      if (!section) continue;
      const edges: Array<{ to: number | null; choice: number | null }> = $$<HTMLElement>('.ep-choice', section).map((c, k) => ({ to: numberOr(c.dataset.target, null), choice: k }));
      if (edges.length === 0) edges.push({ to: numberOr($<HTMLElement>('.ep-jump', section)?.dataset.target, null), choice: null });
      for (const edge of edges) {
        if (edge.to === null || seen.has(edge.to)) continue;
        seen.add(edge.to);
        previous.set(edge.to, { from: at, choice: edge.choice });
        queue.push(edge.to);
      }
    }
    if (target !== 0 && !previous.has(target)) return [{ section: target, choice: null }];
    const steps: WalkStep[] = [{ section: target, choice: null }];
    for (let at = target; at !== 0; ) {
      const link = previous.get(at)!;
      steps.unshift({ section: link.from, choice: link.choice });
      at = link.from;
    }
    return steps;
  }

  function setWalk(steps: WalkStep[]): void {
    walk = steps;
    extendWalk();
    renderWalk();
    refreshTimeline();
    persist();
  }

  function choose(stepIndex: number, choice: number): void {
    const steps = walk.slice(0, stepIndex + 1);
    steps[stepIndex] = { section: steps[stepIndex].section, choice };
    setWalk(steps);
  }

  function back(): void {
    const last = walk.map((s) => s.choice !== null).lastIndexOf(true);
    if (last < 0) return;
    setWalk([...walk.slice(0, last), { section: walk[last].section, choice: null }]);
    const blocks = $$<HTMLElement>('.ep-choices', walkView() ?? document);
    blocks[blocks.length - 1]?.scrollIntoView({ block: 'center' });
  }

  function restart(): void {
    stopPlaying();
    setWalk([]);
    window.scrollTo(0, 0);
  }

  function setMode(next: PreviewMode): void {
    mode = hasSections() ? next : 'all';
    const root = app();
    if (!root) return;
    root.classList.toggle('ep-mode-walk', mode === 'walk');
    root.classList.toggle('ep-mode-all', mode === 'all');
    allView()!.hidden = mode === 'walk';
    walkView()!.hidden = mode !== 'walk';
    for (const b of $$<HTMLButtonElement>('[data-action^="mode-"]')) b.setAttribute('aria-pressed', String(b.dataset.action === `mode-${mode}`));
    for (const b of $$<HTMLButtonElement>('[data-action="back"], [data-action="restart"]')) b.disabled = mode !== 'walk';
    if (mode === 'walk') {
      extendWalk();
      renderWalk();
    }
    refreshTimeline();
    persist();
  }

  // ---- the empathy timeline ---------------------------------------------------------------

  /** Shows the timeline cells of the turns on screen, in their order on screen, grouped by section. */
  function refreshTimeline(): void {
    const track = $<HTMLElement>('#ep-tl-track');
    const view = activeView();
    if (!track || !view) return;
    const groups: HTMLElement[] = [];
    for (const turn of $$<HTMLElement>('.ep-turn', view)) {
      const cell = timelineCells.get(turn.dataset.turn ?? '');
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
        const cells = document.createElement('div');
        cells.className = 'ep-tl-cells';
        group.append(name, cells);
        groups.push(group);
      }
      group.lastElementChild!.append(cell.cloneNode(true));
    }
    track.replaceChildren(...groups);
    const onPath = new Set(mode === 'walk' ? walk.map((step) => String(step.section)) : []);
    for (const link of $$<HTMLElement>('.ep-map-link')) link.classList.toggle('ep-on-path', onPath.has(link.dataset.section ?? ''));
    markCurrentCell();
  }

  /** In play mode: the current turn's cell ringed, cells still to come dimmed. */
  function markCurrentCell(): void {
    const steps = playing ? playSteps() : [];
    const shown = new Set(steps.slice(0, playIndex + 1).map((s) => s.dataset.turn));
    const id = steps[playIndex]?.dataset.turn;
    for (const cell of $$<HTMLElement>('#ep-tl-track .ep-tl-cell')) {
      cell.classList.toggle('ep-tl-current', id !== undefined && cell.dataset.turn === id);
      cell.classList.toggle('ep-tl-future', playing && !shown.has(cell.dataset.turn));
    }
    const active = $<HTMLElement>('#ep-tl-track .ep-tl-current');
    active?.parentElement?.scrollTo({ left: active.offsetLeft - active.parentElement.clientWidth / 2 });
  }

  // ---- play mode ----------------------------------------------------------------------------

  const playSteps = () => $$<HTMLElement>('.ep-turn, .ep-stage, .ep-choices, .ep-end', activeView() ?? document);

  function startPlaying(): void {
    if (hasSections() && mode !== 'walk') setMode('walk');
    playing = true;
    playIndex = 0;
    (document.activeElement as HTMLElement | null)?.blur();
    showPlayStep();
  }

  function stopPlaying(): void {
    playing = false;
    window.speechSynthesis?.cancel();
    for (const el of $$('.ep-future, .ep-current')) el.classList.remove('ep-future', 'ep-current');
    app()?.classList.remove('ep-playing');
    const playbar = $<HTMLElement>('.ep-playbar');
    if (playbar) playbar.hidden = true;
    setPlayLabel(false);
    markCurrentCell();
  }

  /** Hides what is still to come, highlights the current step, and reads it aloud if asked. */
  function showPlayStep(): void {
    const steps = playSteps();
    playIndex = Math.max(0, Math.min(playIndex, steps.length - 1));
    app()?.classList.add('ep-playing');
    const playbar = $<HTMLElement>('.ep-playbar');
    if (playbar) playbar.hidden = false;
    setPlayLabel(true);
    steps.forEach((el, i) => {
      el.classList.toggle('ep-future', i > playIndex);
      el.classList.toggle('ep-current', i === playIndex);
    });
    for (const section of $$<HTMLElement>('.ep-section', activeView() ?? document)) {
      const first = $<HTMLElement>('.ep-turn, .ep-stage, .ep-choices, .ep-end', section);
      section.classList.toggle('ep-future', first !== null && first.classList.contains('ep-future'));
    }
    const current = steps[playIndex];
    const status = $<HTMLElement>('.ep-play-status');
    if (status) status.textContent = steps.length ? `${playIndex + 1} / ${steps.length}${awaitingChoice(current) ? ' · choose what happens next' : ''}` : '';
    current?.scrollIntoView({ block: 'center' });
    markCurrentCell();
    if (speak && current?.classList.contains('ep-turn')) say(current);
  }

  function setPlayLabel(on: boolean): void {
    const button = $<HTMLElement>('[data-action="play"]');
    button?.setAttribute('aria-pressed', String(on));
    const label = button && $<HTMLElement>('.ep-play-label', button);
    if (label) label.textContent = on ? '■ Stop' : '▶ Play';
  }

  const awaitingChoice = (step: HTMLElement | undefined) => !!step && step.classList.contains('ep-choices') && !$('.ep-chosen', step);

  function nextStep(): void {
    const steps = playSteps();
    const current = steps[playIndex];
    if (awaitingChoice(current)) {
      current.classList.remove('ep-nudge');
      void current.offsetWidth;
      current.classList.add('ep-nudge');
      return;
    }
    if (playIndex < steps.length - 1) playIndex++;
    showPlayStep();
  }

  function previousStep(): void {
    if (playIndex > 0) playIndex--;
    showPlayStep();
  }

  function say(turn: HTMLElement): void {
    const synth = window.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(turn.dataset.speak ?? turn.textContent ?? '');
    const voices = synth.getVoices().filter((v) => v.lang.startsWith((document.documentElement.lang || 'en').slice(0, 2)));
    const isAgent = turn.dataset.role === 'agent';
    if (voices.length > 1) utterance.voice = voices[isAgent ? 0 : 1];
    utterance.pitch = isAgent ? 1 : 1.15;
    utterance.rate = 1;
    synth.speak(utterance);
  }

  // ---- input --------------------------------------------------------------------------------

  function onClick(event: MouseEvent): void {
    const target = event.target as Element | null;
    if (!target) return;
    const action = target.closest<HTMLElement>('[data-action]');
    if (action && action.tagName === 'BUTTON') return runAction(action.dataset.action ?? '');
    const choice = target.closest<HTMLElement>('.ep-choice');
    const step = target.closest<HTMLElement>('[data-step]');
    if (choice && step && mode === 'walk') {
      event.preventDefault();
      if (choice.dataset.target === '' && choice.dataset.end !== 'true') return;
      const stepIndex = Number(step.dataset.step);
      choose(stepIndex, Number(choice.dataset.choice));
      if (playing) {
        playIndex = playSteps().indexOf($<HTMLElement>(`[data-step="${stepIndex}"] .ep-choices`, walkView() ?? document)!) + 1;
        showPlayStep();
      } else walkView()?.querySelector(`[data-step="${stepIndex + 1}"]`)?.scrollIntoView({ block: 'start', behavior: motion() });
      return;
    }
    const mapLink = target.closest<HTMLElement>('.ep-map-link');
    if (mapLink && mode === 'walk') {
      event.preventDefault();
      const section = Number(mapLink.dataset.section);
      stopPlaying();
      setWalk(pathTo(section));
      $<HTMLElement>(`[data-step]:last-child`, walkView() ?? document)?.scrollIntoView({ block: 'start' });
      return;
    }
    const cell = target.closest<HTMLElement>('.ep-tl-cell');
    if (cell) {
      event.preventDefault();
      $<HTMLElement>(`.ep-turn[data-turn="${cell.dataset.turn}"]`, activeView() ?? document)?.scrollIntoView({ block: 'center', behavior: motion() });
      return;
    }
    const link = target.closest<HTMLAnchorElement>('a[href^="#"]');
    if (link) {
      event.preventDefault();
      const id = link.getAttribute('href')!.slice(1);
      if (id) document.getElementById(id)?.scrollIntoView({ block: 'start', behavior: motion() });
      return;
    }
    const line = target.closest<HTMLElement>('.ep-turn, .ep-stage, .ep-note, .ep-choices, .ep-jump, .ep-section-head');
    const lineOf = line?.dataset.line ?? line?.closest<HTMLElement>('[data-line]')?.dataset.line;
    if (vscode && lineOf !== undefined && !target.closest('a, button, input, label')) vscode.postMessage({ type: 'reveal', line: Number(lineOf) });
  }

  function runAction(action: string): void {
    if (action === 'mode-walk' || action === 'mode-all') {
      stopPlaying();
      setMode(action === 'mode-walk' ? 'walk' : 'all');
    } else if (action === 'back') back();
    else if (action === 'restart') restart();
    else if (action === 'play') playing ? stopPlaying() : startPlaying();
    else if (action === 'next') nextStep();
    else if (action === 'prev') previousStep();
  }

  function onKey(event: KeyboardEvent): void {
    if (!playing || event.altKey || event.ctrlKey || event.metaKey) return;
    const onInput = (event.target as Element | null)?.closest('input, textarea, select');
    if (onInput) return;
    const key = event.key;
    if (key === ' ' || key === 'ArrowRight' || key === 'Enter' || key === 'n') nextStep();
    else if (key === 'ArrowLeft' || key === 'Backspace') previousStep();
    else if (key === 'Escape') stopPlaying();
    else if (/^[1-9]$/.test(key)) {
      const current = playSteps()[playIndex];
      const option = current && awaitingChoice(current) ? $$<HTMLElement>('.ep-choice', current)[Number(key) - 1] : undefined;
      if (!option) return;
      option.click();
    } else return;
    event.preventDefault();
  }

  // ---- VS Code: updates and scroll sync --------------------------------------------------

  /** The 0-based source line of the first element at the top of the viewport. */
  function topLine(): number | null {
    const toolbar = $<HTMLElement>('.ep-toolbar');
    const top = toolbar ? toolbar.getBoundingClientRect().bottom : 0;
    for (const el of $$<HTMLElement>('.ep-section-head, .ep-turn, .ep-stage, .ep-note, .ep-choices, .ep-jump', activeView() ?? document)) {
      if (el.offsetParent === null || el.getBoundingClientRect().bottom <= top) continue;
      const line = el.dataset.line ?? el.closest<HTMLElement>('.ep-section')?.dataset.line;
      if (line !== undefined) return Number(line);
    }
    return null;
  }

  /** Scrolls so the element for the greatest line at or before `line` is at the top; a walk first extends to that line's section. */
  function scrollToLine(line: number): void {
    if (mode === 'walk' && hasSections()) {
      const section = lastAtOrBefore($$<HTMLElement>('.ep-section', allView() ?? document), line);
      const index = section ? Number(section.dataset.section) : null;
      if (index !== null && !walk.some((step) => step.section === index)) {
        stopPlaying();
        setWalk(pathTo(index));
      }
    }
    const visible = $$<HTMLElement>('.ep-section, .ep-turn, .ep-stage, .ep-choices, .ep-jump, .ep-note', activeView() ?? document).filter((el) => el.offsetParent !== null);
    const best = lastAtOrBefore(visible, line);
    ignoreScrollUntil = performance.now() + ECHO_MS;
    if (!best) window.scrollTo(0, 0);
    else {
      const toolbar = $<HTMLElement>('.ep-toolbar');
      window.scrollTo(0, window.scrollY + best.getBoundingClientRect().top - (toolbar?.offsetHeight ?? 0) - 8);
    }
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

  function onHostMessage(event: MessageEvent<HostToWebviewMessage>): void {
    const message = event.data;
    if (message.type === 'scrollToLine') scrollToLine(message.line);
    else if (message.type === 'update') {
      const sameDocument = message.uri === uri;
      // back on the script the saved state belongs to (the page was rebuilt): its walk and place come back
      const restore = !sameDocument && saved?.uri === message.uri ? saved : undefined;
      const scrollY = sameDocument ? window.scrollY : (restore?.scrollY ?? 0);
      if (!sameDocument) {
        uri = message.uri;
        walk = restore?.walk ?? [];
        mode = restore?.mode ?? 'walk';
        stopPlaying();
      }
      const wasPlaying = playing;
      const root = $<HTMLElement>('#ep-root');
      if (!root) return;
      root.innerHTML = message.body;
      bindDocument();
      if (wasPlaying) showPlayStep();
      ignoreScrollUntil = performance.now() + ECHO_MS;
      window.scrollTo(0, scrollY);
    }
  }

  let scrollQueued = false;
  function onScroll(): void {
    if (!vscode || scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      persist();
      if (performance.now() < ignoreScrollUntil) return;
      const line = topLine();
      if (line !== null) vscode.postMessage({ type: 'scrolled', line });
    });
  }

  /** Reads the freshly rendered body: timeline cells, mode, walk, the speak and notes toggles. */
  function bindDocument(): void {
    document.documentElement.classList.add('ep-js');
    timelineCells = new Map($$<HTMLElement>('#ep-tl-track .ep-tl-cell').map((c) => [c.dataset.turn ?? '', c]));
    sectionNames = new Map($$<HTMLElement>('#ep-tl-track .ep-tl-group').map((g) => [g.dataset.section ?? '', $('.ep-tl-group-name', g)?.textContent ?? '']));
    const speakBox = $<HTMLInputElement>('[data-action="speak"]');
    const canSpeak = typeof window.speechSynthesis !== 'undefined';
    if (speakBox) {
      speakBox.checked = speak && canSpeak;
      speakBox.disabled = !canSpeak;
      speakBox.closest('label')?.classList.toggle('ep-unavailable', !canSpeak);
      speakBox.addEventListener('change', () => {
        speak = speakBox.checked;
        if (!speak) window.speechSynthesis?.cancel();
        persist();
      });
    }
    const notesBox = $<HTMLInputElement>('[data-action="notes"]');
    app()?.classList.toggle('ep-show-notes', notes);
    if (notesBox) {
      notesBox.checked = notes;
      notesBox.addEventListener('change', () => {
        notes = notesBox.checked;
        app()?.classList.toggle('ep-show-notes', notes);
        persist();
      });
    }
    setMode(mode);
  }

  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKey);
  document.addEventListener('keyup', (e) => {
    if (playing && e.key === ' ') e.preventDefault();
  });
  window.addEventListener('scroll', onScroll, { passive: true });
  if (vscode) window.addEventListener('message', onHostMessage);
  bindDocument();
  if (saved && saved.uri === uri && saved.scrollY) {
    ignoreScrollUntil = performance.now() + ECHO_MS;
    window.scrollTo(0, saved.scrollY);
  }
  vscode?.postMessage({ type: 'ready' });
}
