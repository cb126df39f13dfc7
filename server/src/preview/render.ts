// The call view as HTML: header, toolbar, empathy timeline, section map and every section's
// bubbles. All script text passes through the escaping `html` tag; the page shell adds CSS and JS.
import { html, safeHref, type SafeHtml } from './escape.js';
import { CUE_FAMILIES, CUE_LABELS, cueFamily, SITUATION_LABELS, STATUS_LABELS } from './labels.js';
import type { CallView, ChoicesView, FindingView, ItemView, JumpView, Replacement, SectionView, TimelineEntry, TurnView } from './call-view.js';
import { worstSeverity } from './model.js';
import type { TextPiece } from './text-pieces.js';

/** The preview's body markup (everything inside <body>), the same for the standalone page and the webview. */
export function renderCallBody(view: CallView): SafeHtml {
  return html`<div class="ep-app" id="ep-app" data-has-sections="${view.hasSections ? 'true' : 'false'}">
${renderHeader(view)}
${view.turnCount > 0 ? renderToolbar(view) : null}
${renderTimeline(view)}
<div class="ep-body${view.hasSections ? ' ep-with-map' : ''}">
${view.hasSections ? renderSectionMap(view) : null}
<main class="ep-call">
<div class="ep-all" id="ep-all">
${view.turnCount === 0 ? html`<p class="ep-empty">No spoken turns yet. Start a line with <code>Agent:</code> or <code>Customer:</code>.</p>` : null}
${view.sections.map((s) => renderSection(view, s))}
</div>
<div class="ep-walk" id="ep-walk" hidden></div>
</main>
</div>
<footer class="ep-footer">Mock-call preview by empathy-lint<span class="ep-js-only"> · <kbd>Space</kbd> or <kbd>→</kbd> next turn, <kbd>←</kbd> back, <kbd>1</kbd>–<kbd>9</kbd> choose, <kbd>Esc</kbd> stop</span></footer>
</div>`;
}

function renderHeader(view: CallView): SafeHtml {
  const situation = view.situation ? SITUATION_LABELS[view.situation] : undefined;
  const total = view.counts.warn + view.counts.error;
  const sectionCount = view.hasSections ? view.sections.length : 0;
  return html`<header class="ep-header">
<div class="ep-eyebrow">${view.language === 'scenario' ? 'Mock call' : 'Call script'}${view.fileName ? html` · <span class="ep-file">${view.fileName}</span>` : null}</div>
<h1 class="ep-title">${view.title}</h1>
<div class="ep-meta">
${situation ? html`<span class="ep-pill ep-sit-${view.situation!}">${situation.label}</span>` : null}
${view.customer ? html`<span class="ep-meta-item">Customer <strong>${view.customer}</strong></span>` : null}
${view.agent ? html`<span class="ep-meta-item">Agent <strong>${view.agent}</strong></span>` : null}
<span class="ep-meta-item">${plural(view.turnCount, 'turn')}${sectionCount ? html` · ${plural(sectionCount, 'section')}` : null}</span>
${total === 0 ? html`<span class="ep-count ep-count-ok">No empathy issues found</span>` : null}
${view.counts.error ? html`<span class="ep-count ep-count-error">${plural(view.counts.error, 'error')}</span>` : null}
${view.counts.warn ? html`<span class="ep-count ep-count-warn">${plural(view.counts.warn, 'warning')}</span>` : null}
</div>
${situation ? html`<p class="ep-coach">${situation.coach}</p>` : null}
${view.generalFindings.length ? html`<div class="ep-general"><h2 class="ep-small-head">About the script</h2>${renderFindings(view.generalFindings)}</div>` : null}
</header>`;
}

function renderToolbar(view: CallView): SafeHtml {
  return html`<div class="ep-toolbar ep-js-only" role="toolbar" aria-label="Preview controls">
${
  view.hasSections
    ? html`<div class="ep-seg" role="group" aria-label="View">
<button type="button" class="ep-btn" data-action="mode-walk" aria-pressed="true">Walk the call</button>
<button type="button" class="ep-btn" data-action="mode-all" aria-pressed="false">All branches</button>
</div>
<button type="button" class="ep-btn" data-action="back" title="Undo the last choice">← Back</button>
<button type="button" class="ep-btn" data-action="restart" title="Start the call again">↺ Restart</button>`
    : null
}
<span class="ep-toolbar-gap"></span>
${hasNotes(view) ? html`<label class="ep-notes-toggle" title="Show the script writer's // comments"><input type="checkbox" data-action="notes"> Writer's notes</label>` : null}
<label class="ep-speak" title="Read each turn aloud while playing"><input type="checkbox" data-action="speak"> Read aloud</label>
<button type="button" class="ep-btn ep-primary" data-action="play" aria-pressed="false"><span class="ep-play-label">▶ Play</span></button>
<div class="ep-playbar" hidden>
<button type="button" class="ep-btn" data-action="prev" title="Previous turn (←)">←</button>
<span class="ep-play-status" aria-live="polite"></span>
<button type="button" class="ep-btn ep-primary" data-action="next" title="Next turn (Space or →)">Next →</button>
</div>
</div>`;
}

function renderTimeline(view: CallView): SafeHtml | null {
  if (view.timeline.length === 0) return null;
  return html`<section class="ep-timeline-wrap" aria-label="Empathy timeline">
<div class="ep-timeline-head"><h2 class="ep-small-head">Empathy timeline</h2>${renderLegend()}</div>
<div class="ep-timeline${view.hasSections ? '' : ' ep-tl-flat'}">
<div class="ep-tl-lanes" aria-hidden="true"><span>Customer</span><span>Agent</span></div>
<div class="ep-tl-track" id="ep-tl-track">${groupBySection(view.timeline).map((run) => renderTimelineGroup(view, run))}</div>
</div>
${renderTimelineSummary(view.timeline)}
</section>`;
}

/** The timeline in three numbers; the runtime recounts them for the walked path. */
function renderTimelineSummary(entries: readonly TimelineEntry[]): SafeHtml {
  const cues = entries.filter((e) => e.role === 'customer' && e.cues.length > 0).length;
  const answered = entries.filter((e) => e.status === 'acknowledged').length;
  const mistakes = entries.filter((e) => e.status === 'mistake').length;
  return html`<p class="ep-tl-summary">Emotion cues <strong data-count="cues">${cues}</strong><span class="ep-dot">·</span>answered <strong data-count="answered">${answered}</strong><span class="ep-dot">·</span>agent turns with a mistake <strong data-count="mistakes">${mistakes}</strong></p>`;
}

/** Consecutive entries of the same section (the runtime regroups a walked path the same way). */
function groupBySection(entries: readonly TimelineEntry[]): TimelineEntry[][] {
  const runs: TimelineEntry[][] = [];
  for (const e of entries) {
    const last = runs[runs.length - 1];
    if (last && last[0].sectionIndex === e.sectionIndex) last.push(e);
    else runs.push([e]);
  }
  return runs;
}

function renderTimelineGroup(view: CallView, run: readonly TimelineEntry[]): SafeHtml {
  const section = view.sections[run[0].sectionIndex];
  const name = view.hasSections ? sectionLabel(section) : '';
  return html`<div class="ep-tl-group" data-section="${section.index}"><span class="ep-tl-group-name" title="${name}">${name}</span><div class="ep-tl-cells">${run.map((e) => renderTimelineCell(view, e))}</div></div>`;
}

function renderTimelineCell(view: CallView, entry: TimelineEntry): SafeHtml {
  const section = view.sections[entry.sectionIndex];
  const who = entry.role === 'customer' ? 'Customer' : entry.role === 'agent' ? 'Agent' : 'Other';
  const tone =
    entry.role === 'customer' ? `ep-cue-${cueFamily(entry.cues)}` : entry.status === 'mistake' ? `ep-st-mistake ep-sev-${entry.worstSeverity ?? 'warn'}` : `ep-st-${entry.status ?? 'neutral'}`;
  const what = entry.role === 'customer' ? (entry.cues.length ? entry.cues.map((c) => CUE_LABELS[c]).join(', ') : 'no emotion cue') : entry.status ? STATUS_LABELS[entry.status] : '';
  const title = `Turn ${entry.number} · ${who}: ${what}${view.hasSections ? ` · ${sectionLabel(section)}` : ''}`;
  return html`<a class="ep-tl-cell ep-tl-${entry.role} ${tone}" href="#${entry.turnId}" data-turn="${entry.turnId}" data-section="${entry.sectionIndex}" title="${title}"><span class="ep-tl-mark"></span><span class="ep-tl-num">${entry.number}</span></a>`;
}

function renderLegend(): SafeHtml {
  return html`<ul class="ep-legend">
${CUE_FAMILIES.map((f) => html`<li><span class="ep-swatch ep-cue-${f.family}"></span>${f.label}</li>`)}
<li><span class="ep-swatch ep-st-acknowledged"></span>agent answers it</li>
<li><span class="ep-swatch ep-st-mistake"></span>empathy mistake</li>
</ul>`;
}

function renderSectionMap(view: CallView): SafeHtml {
  return html`<nav class="ep-map" aria-label="Sections">
<h2 class="ep-small-head">Sections</h2>
<ol>
${view.sections.map(
  (s) =>
    html`<li><a href="#ep-s-${s.index}" data-section="${s.index}" class="ep-map-link"><span class="ep-map-name">${sectionLabel(s)}</span>${
      s.findingCount
        ? html`<span class="ep-badge ep-badge-${s.worstSeverity ?? 'warn'}" title="${plural(s.findingCount, 'finding')}">${s.findingCount}</span>`
        : html`<span class="ep-badge ep-badge-ok" title="No findings">✓</span>`
    }</a></li>`,
)}
</ol>
</nav>`;
}

function renderSection(view: CallView, section: SectionView): SafeHtml {
  const leadsOn = section.items.some((i) => i.kind === 'choices' || i.kind === 'jump');
  const head = view.hasSections
    ? html`<header class="ep-section-head"><h2 class="ep-section-name">${sectionLabel(section)}</h2>${section.index === 0 ? html`<span class="ep-section-tag">start</span>` : null}</header>${renderFindings(section.findings)}`
    : null;
  return html`<section class="ep-section" id="ep-s-${section.index}" data-section="${section.index}" data-line="${section.line}">
${head}
${section.items.map((item) => renderItem(item))}
${leadsOn ? null : html`<div class="ep-end"><span>End of call</span></div>`}
</section>`;
}

function renderItem(item: ItemView): SafeHtml {
  switch (item.kind) {
    case 'turn':
      return renderTurn(item);
    case 'stage':
      return html`<div class="ep-stage ep-step" data-line="${item.line}"><span class="ep-stage-text">${item.text}</span>${renderFindings(item.findings)}</div>`;
    case 'note':
      return html`<div class="ep-note" data-line="${item.line}"><span class="ep-note-label">Writer's note</span> ${item.text}</div>`;
    case 'choices':
      return renderChoices(item);
    case 'jump':
      return renderJump(item);
  }
}

function renderTurn(turn: TurnView): SafeHtml {
  const worst = worstSeverity(turn.findings);
  const side = turn.role === 'agent' ? 'ep-agent' : turn.role === 'customer' ? 'ep-customer' : 'ep-other';
  const cues = turn.cues.map((c) => html`<span class="ep-cue-chip ep-cue-${cueFamily([c])}">${CUE_LABELS[c]}</span>`);
  return html`<div class="ep-turn ${side} ep-step" id="${turn.id}" data-turn="${turn.id}" data-line="${turn.line}" data-role="${turn.role}" data-speak="${turn.spoken}">
<div class="ep-avatar" aria-hidden="true">${initials(turn.displayName)}</div>
<div class="ep-turn-body">
<div class="ep-speaker"><span class="ep-name">${turn.displayName}</span>${turn.displayName !== turn.speaker ? html`<span class="ep-role">${turn.speaker}</span>` : null}${cues}<span class="ep-line">line ${turn.line + 1}</span></div>
<div class="ep-bubble${worst ? ` ep-flagged ep-sev-${worst}` : ''}"><p class="ep-text">${renderPieces(turn.pieces)}</p></div>
${renderFindings(turn.findings)}
${turn.betterLine ? html`<div class="ep-better"><span class="ep-better-label">Try saying</span><p class="ep-better-text">${renderPieces(turn.betterLine)}</p></div>` : null}
</div>
</div>`;
}

function renderPieces(pieces: readonly TextPiece[]): SafeHtml[] {
  return pieces.map((p) => {
    const inner =
      p.kind === 'text'
        ? html`${p.text}`
        : p.filled !== undefined
          ? html`<span class="ep-filled" title="{${p.name}}">${p.filled}</span>`
          : html`<span class="ep-token" title="A value filled in on the call">${p.name}</span>`;
    return p.flags.length ? html`<mark class="ep-flag ep-sev-${p.severity ?? 'warn'}" data-findings="${p.flags.join(' ')}">${inner}</mark>` : inner;
  });
}

function renderFindings(findings: readonly FindingView[]): SafeHtml | null {
  if (findings.length === 0) return null;
  return html`<div class="ep-findings">${findings.map(
    (f) => html`<div class="ep-finding ep-sev-${f.severity}" id="${f.id}" data-line="${f.line}">
<div class="ep-finding-head"><span class="ep-sev-icon" aria-label="${f.severity === 'error' ? 'error' : 'warning'}">${f.severity === 'error' ? '✕' : '!'}</span><a class="ep-rule" href="${safeHref(f.docsUrl)}" target="_blank" rel="noopener noreferrer">${f.ruleId}</a></div>
<p class="ep-finding-msg">${f.message}</p>
${f.replacement ? renderReplacement(f.replacement) : null}
</div>`,
  )}</div>`;
}

/** "“Calm down” → “I hear you”": the flagged words and the catalogue's better words. */
function renderReplacement(r: Replacement): SafeHtml {
  const instead = r.pieces.length ? html`<span class="ep-quote ep-ins">${renderPieces(r.pieces)}</span>` : html`<span class="ep-drop">leave it out</span>`;
  if (!r.original) return html`<p class="ep-replace"><span class="ep-replace-label">Add</span> ${instead}</p>`;
  return html`<p class="ep-replace"><span class="ep-replace-label">Instead of</span> <span class="ep-quote ep-del">${r.original}</span> <span class="ep-arrow" aria-hidden="true">→</span> ${instead}</p>`;
}

function renderChoices(item: ChoicesView): SafeHtml {
  const findings = item.choices.flatMap((c) => c.findings);
  return html`<div class="ep-choices ep-step" data-line="${item.line}">
<div class="ep-choices-prompt">What happens next?</div>
<div class="ep-choice-list">
${item.choices.map((c, i) => {
  const target = c.endsCall ? 'end of call' : c.target || 'no target';
  const href = c.targetIndex !== null ? `#ep-s-${c.targetIndex}` : '#';
  return html`<a class="ep-choice${c.targetIndex === null && !c.endsCall ? ' ep-choice-broken' : ''}" role="button" href="${href}" data-choice="${i}" data-target="${c.targetIndex ?? ''}" data-end="${c.endsCall ? 'true' : 'false'}" data-line="${c.line}"><span class="ep-choice-key">${i + 1}</span><span class="ep-choice-label">${c.label}</span><span class="ep-choice-target">→ ${target}</span></a>`;
})}
</div>
${renderFindings(findings)}
</div>`;
}

function renderJump(item: JumpView): SafeHtml {
  if (item.endsCall) return html`<div class="ep-end" data-line="${item.line}"><span>End of call</span></div>`;
  const href = item.targetIndex !== null ? `#ep-s-${item.targetIndex}` : '#';
  return html`<div class="ep-jump" data-line="${item.line}" data-target="${item.targetIndex ?? ''}"><a href="${href}">continues at <strong>${item.target || '(no target)'}</strong> →</a>${renderFindings(item.findings)}</div>`;
}

function hasNotes(view: CallView): boolean {
  return view.sections.some((s) => s.items.some((i) => i.kind === 'note'));
}

function sectionLabel(section: SectionView): string {
  return section.name || (section.index === 0 ? 'opening' : 'untitled');
}

function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return (
    letters
      .map((w) => [...w.replace(/^\P{L}+/u, '')][0] ?? '')
      .join('')
      .toUpperCase() || '?'
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
