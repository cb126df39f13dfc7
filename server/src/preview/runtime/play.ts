// Runtime part: play mode steps through the call one turn at a time and can read it aloud.
// Serialized into the page: uses only `rt` and browser globals.
import type { Runtime } from './context.js';

export function installPlay(rt: Runtime): void {
  const { $, $$ } = rt;
  const STEPS = '.ep-turn, .ep-stage, .ep-choices, .ep-end';

  rt.playSteps = () => $$<HTMLElement>(STEPS, rt.activeView() ?? document);
  rt.awaitingChoice = (step) => !!step && step.classList.contains('ep-choices') && !$('.ep-chosen', step);

  rt.startPlaying = () => {
    if (rt.hasSections() && rt.state.mode !== 'walk') rt.setMode('walk');
    rt.state.playing = true;
    rt.state.playIndex = 0;
    (document.activeElement as HTMLElement | null)?.blur();
    rt.showPlayStep();
  };

  rt.stopPlaying = () => {
    rt.state.playing = false;
    window.speechSynthesis?.cancel();
    for (const el of $$('.ep-future, .ep-current')) el.classList.remove('ep-future', 'ep-current');
    rt.app()?.classList.remove('ep-playing');
    showPlaybar(false);
    rt.markCurrentCell();
  };

  /** Hides what is still to come, highlights the current step, and reads it aloud if asked. */
  rt.showPlayStep = () => {
    const steps = rt.playSteps();
    const index = (rt.state.playIndex = Math.max(0, Math.min(rt.state.playIndex, steps.length - 1)));
    rt.app()?.classList.add('ep-playing');
    showPlaybar(true);
    steps.forEach((el, i) => {
      el.classList.toggle('ep-future', i > index);
      el.classList.toggle('ep-current', i === index);
    });
    for (const section of $$<HTMLElement>('.ep-section', rt.activeView() ?? document)) {
      const first = $<HTMLElement>(STEPS, section);
      section.classList.toggle('ep-future', first !== null && first.classList.contains('ep-future'));
    }
    const current = steps[index];
    const status = $<HTMLElement>('.ep-play-status');
    if (status) status.textContent = steps.length ? `${index + 1} / ${steps.length}${rt.awaitingChoice(current) ? ' · choose what happens next' : ''}` : '';
    current?.scrollIntoView({ block: 'center' });
    rt.markCurrentCell();
    if (rt.state.speak && current?.classList.contains('ep-turn')) say(current);
  };

  rt.nextStep = () => {
    const steps = rt.playSteps();
    const current = steps[rt.state.playIndex];
    if (rt.awaitingChoice(current)) {
      // a choice is the trainee's to make: shake it instead of passing it
      current.classList.remove('ep-nudge');
      void current.offsetWidth;
      current.classList.add('ep-nudge');
      return;
    }
    if (rt.state.playIndex < steps.length - 1) rt.state.playIndex++;
    rt.showPlayStep();
  };

  rt.previousStep = () => {
    if (rt.state.playIndex > 0) rt.state.playIndex--;
    rt.showPlayStep();
  };

  /** The play button reads Stop while playing; the step controls show only then. */
  function showPlaybar(on: boolean): void {
    const playbar = $<HTMLElement>('.ep-playbar');
    if (playbar) playbar.hidden = !on;
    const button = $<HTMLElement>('[data-action="play"]');
    button?.setAttribute('aria-pressed', String(on));
    const label = button && $<HTMLElement>('.ep-play-label', button);
    if (label) label.textContent = on ? '■ Stop' : '▶ Play';
  }

  /** Reads a turn with the browser's voices: agent and customer in different voices where there are two. */
  function say(turn: HTMLElement): void {
    const synth = window.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(turn.dataset.speak ?? turn.textContent ?? '');
    const voices = synth.getVoices().filter((v) => v.lang.startsWith((document.documentElement.lang || 'en').slice(0, 2)));
    const isAgent = turn.dataset.role === 'agent';
    if (voices.length > 1) utterance.voice = voices[isAgent ? 0 : 1];
    utterance.pitch = isAgent ? 1 : 1.15;
    synth.speak(utterance);
  }
}
