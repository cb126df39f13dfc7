// The preview's stylesheet. Layout and components use only `--ep-*` tokens; the tokens come from
// a light/dark palette in the standalone page and from VS Code's theme variables in the webview.

/** Light palette, dark palette via prefers-color-scheme: the standalone page. */
const STANDALONE_TOKENS = `
:root {
  color-scheme: light dark;
  --ep-font: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  --ep-mono: ui-monospace, "SFMono-Regular", "Cascadia Mono", Menlo, Consolas, monospace;
  --ep-bg: #f4f5f8;
  --ep-surface: #ffffff;
  --ep-fg: #1d2433;
  --ep-muted: #636b7d;
  --ep-border: #e2e5ec;
  --ep-accent: #2f5bd3;
  --ep-fill: #2f5bd3;
  --ep-fill-fg: #ffffff;
  --ep-accent-soft: #e8eefc;
  --ep-agent-bg: #e7efff;
  --ep-agent-border: #cddbfb;
  --ep-agent-avatar: #2f5bd3;
  --ep-customer-bg: #ffffff;
  --ep-customer-border: #e0e3ea;
  --ep-customer-avatar: #c0572b;
  --ep-other-avatar: #6b7280;
  --ep-warn: #b45309;
  --ep-warn-soft: #fff6e5;
  --ep-warn-mark: #ffe2a8;
  --ep-error: #c62828;
  --ep-error-soft: #fdecec;
  --ep-error-mark: #ffc9c9;
  --ep-ok: #1f7a4d;
  --ep-ok-soft: #e6f5ec;
  --ep-token-bg: #eef0f5;
  --ep-shadow: 0 1px 2px rgba(20, 27, 45, .06), 0 2px 8px rgba(20, 27, 45, .05);
  --ep-cue-loss: #7c4dbd;
  --ep-cue-anger: #d9480f;
  --ep-cue-error: #2f74c0;
  --ep-cue-worry: #c99a06;
  --ep-cue-own-error: #6c7a89;
  --ep-cue-joy: #2b9a66;
  --ep-cue-none: #c9ced8;
  --ep-neutral: #c9ced8;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ep-bg: #14171d;
    --ep-surface: #1c2028;
    --ep-fg: #e6e9ef;
    --ep-muted: #9aa3b2;
    --ep-border: #2c323d;
    --ep-accent: #7aa2ff;
    --ep-fill: #7aa2ff;
    --ep-fill-fg: #0d1424;
    --ep-accent-soft: #1f2a44;
    --ep-agent-bg: #1d2d4d;
    --ep-agent-border: #2b4172;
    --ep-agent-avatar: #5b86f0;
    --ep-customer-bg: #232833;
    --ep-customer-border: #323947;
    --ep-customer-avatar: #d9774a;
    --ep-other-avatar: #8b93a3;
    --ep-warn: #f0b04c;
    --ep-warn-soft: #2e2617;
    --ep-warn-mark: #5c4412;
    --ep-error: #ff7b7b;
    --ep-error-soft: #331c1f;
    --ep-error-mark: #6b2428;
    --ep-ok: #5fcf95;
    --ep-ok-soft: #16291f;
    --ep-token-bg: #2d3340;
    --ep-shadow: 0 1px 2px rgba(0, 0, 0, .3);
    --ep-cue-loss: #a98be0;
    --ep-cue-anger: #ff8a5c;
    --ep-cue-error: #6aa7ec;
    --ep-cue-worry: #e6c04f;
    --ep-cue-own-error: #8e9aa8;
    --ep-cue-joy: #57c793;
    --ep-cue-none: #444c5a;
    --ep-neutral: #444c5a;
  }
}`;

/** VS Code's theme variables: follows light, dark and high-contrast themes in the webview. */
const WEBVIEW_TOKENS = `
:root {
  --ep-font: var(--vscode-font-family, system-ui, sans-serif);
  --ep-mono: var(--vscode-editor-font-family, monospace);
  --ep-bg: var(--vscode-editor-background);
  --ep-surface: var(--vscode-editorWidget-background, var(--vscode-editor-background));
  --ep-fg: var(--vscode-editor-foreground);
  --ep-muted: var(--vscode-descriptionForeground);
  --ep-border: var(--vscode-widget-border, var(--vscode-panel-border, rgba(128, 128, 128, .35)));
  --ep-accent: var(--vscode-textLink-foreground);
  --ep-fill: var(--vscode-button-background);
  --ep-fill-fg: var(--vscode-button-foreground);
  --ep-accent-soft: color-mix(in srgb, var(--vscode-textLink-foreground) 16%, var(--vscode-editor-background));
  --ep-agent-bg: color-mix(in srgb, var(--vscode-textLink-foreground) 14%, var(--vscode-editor-background));
  --ep-agent-border: color-mix(in srgb, var(--vscode-textLink-foreground) 35%, var(--vscode-editor-background));
  --ep-agent-avatar: var(--vscode-textLink-foreground);
  --ep-customer-bg: var(--vscode-editorWidget-background, var(--vscode-editor-background));
  --ep-customer-border: var(--vscode-widget-border, var(--vscode-panel-border, rgba(128, 128, 128, .35)));
  --ep-customer-avatar: var(--vscode-charts-orange, #d18616);
  --ep-other-avatar: var(--vscode-descriptionForeground);
  --ep-warn: var(--vscode-editorWarning-foreground);
  --ep-warn-soft: color-mix(in srgb, var(--vscode-editorWarning-foreground) 10%, var(--vscode-editor-background));
  --ep-warn-mark: color-mix(in srgb, var(--vscode-editorWarning-foreground) 30%, transparent);
  --ep-error: var(--vscode-editorError-foreground);
  --ep-error-soft: color-mix(in srgb, var(--vscode-editorError-foreground) 10%, var(--vscode-editor-background));
  --ep-error-mark: color-mix(in srgb, var(--vscode-editorError-foreground) 30%, transparent);
  --ep-ok: var(--vscode-testing-iconPassed, var(--vscode-charts-green, #388a34));
  --ep-ok-soft: color-mix(in srgb, var(--vscode-testing-iconPassed, #388a34) 12%, var(--vscode-editor-background));
  --ep-token-bg: var(--vscode-textCodeBlock-background, rgba(128, 128, 128, .18));
  --ep-shadow: none;
  --ep-cue-loss: var(--vscode-charts-purple, #b180d7);
  --ep-cue-anger: var(--vscode-charts-red, #f14c4c);
  --ep-cue-error: var(--vscode-charts-blue, #3794ff);
  --ep-cue-worry: var(--vscode-charts-yellow, #cca700);
  --ep-cue-own-error: var(--vscode-descriptionForeground);
  --ep-cue-joy: var(--vscode-charts-green, #89d185);
  --ep-cue-none: color-mix(in srgb, var(--vscode-descriptionForeground) 35%, transparent);
  --ep-neutral: color-mix(in srgb, var(--vscode-descriptionForeground) 35%, transparent);
}
body.vscode-high-contrast, body.vscode-high-contrast-light {
  --ep-agent-bg: transparent;
  --ep-customer-bg: transparent;
  --ep-agent-border: var(--vscode-contrastBorder);
  --ep-customer-border: var(--vscode-contrastBorder);
  --ep-border: var(--vscode-contrastBorder);
  --ep-warn-soft: transparent;
  --ep-error-soft: transparent;
  --ep-ok-soft: transparent;
  --ep-warn-mark: transparent;
  --ep-error-mark: transparent;
}
body.vscode-high-contrast .ep-flag, body.vscode-high-contrast-light .ep-flag { text-decoration: underline 2px; }
body.vscode-high-contrast .ep-btn[aria-pressed="true"], body.vscode-high-contrast-light .ep-btn[aria-pressed="true"],
body.vscode-high-contrast .ep-choice.ep-chosen, body.vscode-high-contrast-light .ep-choice.ep-chosen,
body.vscode-high-contrast .ep-primary, body.vscode-high-contrast-light .ep-primary { outline: 1px solid var(--vscode-contrastActiveBorder, var(--vscode-contrastBorder)); outline-offset: -1px; }
body.vscode-high-contrast .ep-bubble, body.vscode-high-contrast-light .ep-bubble { border-width: 2px; }`;

/** Layout and components, written against the tokens only. */
const BASE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--ep-bg); color: var(--ep-fg); font: 15px/1.55 var(--ep-font); }
a { color: var(--ep-accent); }
kbd { font: 11px var(--ep-mono); padding: 1px 5px; border: 1px solid var(--ep-border); border-bottom-width: 2px; border-radius: 4px; background: var(--ep-surface); }
.ep-app { max-width: 1040px; margin: 0 auto; padding: 28px 24px 40px; }
/* controls that need the script stay out of a page read without it */
html:not(.ep-js) .ep-js-only { display: none; }
.ep-small-head { margin: 0; font-size: 11px; font-weight: 650; letter-spacing: .08em; text-transform: uppercase; color: var(--ep-muted); }

/* header */
.ep-header { margin-bottom: 18px; }
.ep-eyebrow { font-size: 12px; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; color: var(--ep-accent); }
.ep-file { font-family: var(--ep-mono); text-transform: none; letter-spacing: 0; color: var(--ep-muted); font-weight: 500; }
.ep-title { margin: 4px 0 10px; font-size: 30px; line-height: 1.2; font-weight: 700; letter-spacing: -.01em; }
.ep-meta { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 14px; color: var(--ep-muted); font-size: 14px; }
.ep-meta strong { color: var(--ep-fg); font-weight: 600; }
.ep-pill, .ep-count { display: inline-flex; align-items: center; gap: 6px; padding: 2px 10px; border-radius: 999px; font-size: 13px; font-weight: 600; border: 1px solid transparent; }
.ep-pill { background: var(--ep-accent-soft); color: var(--ep-accent); }
.ep-sit-company-at-fault { background: var(--ep-error-soft); color: var(--ep-error); }
.ep-sit-customer-at-fault { background: var(--ep-warn-soft); color: var(--ep-warn); }
.ep-count-ok { background: var(--ep-ok-soft); color: var(--ep-ok); }
.ep-count-warn { background: var(--ep-warn-soft); color: var(--ep-warn); }
.ep-count-error { background: var(--ep-error-soft); color: var(--ep-error); }
.ep-count::before { content: ""; width: 7px; height: 7px; border-radius: 50%; background: currentColor; }
.ep-coach { margin: 14px 0 0; padding: 10px 14px; border-left: 3px solid var(--ep-accent); background: var(--ep-surface); border-radius: 0 8px 8px 0; box-shadow: var(--ep-shadow); font-size: 14px; }
.ep-general { margin-top: 14px; }

/* toolbar */
.ep-toolbar { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 0 -24px 16px; padding: 10px 24px; background: color-mix(in srgb, var(--ep-bg) 96%, transparent); backdrop-filter: blur(8px); border-bottom: 1px solid var(--ep-border); }
.ep-toolbar-gap { flex: 1; }
.ep-btn { font: inherit; font-size: 13px; font-weight: 600; padding: 6px 12px; border-radius: 8px; border: 1px solid var(--ep-border); background: var(--ep-surface); color: var(--ep-fg); cursor: pointer; }
.ep-btn:hover:not(:disabled) { border-color: var(--ep-accent); }
.ep-btn:disabled { opacity: .45; cursor: default; }
.ep-btn:focus-visible, .ep-choice:focus-visible, .ep-tl-cell:focus-visible, .ep-map-link:focus-visible { outline: 2px solid var(--ep-accent); outline-offset: 2px; }
.ep-primary { background: var(--ep-fill); border-color: var(--ep-fill); color: var(--ep-fill-fg); }
.ep-seg { display: inline-flex; border: 1px solid var(--ep-border); border-radius: 9px; padding: 2px; background: var(--ep-surface); }
.ep-seg .ep-btn { border: 0; background: transparent; padding: 5px 12px; border-radius: 7px; }
.ep-seg .ep-btn[aria-pressed="true"] { background: var(--ep-accent-soft); color: var(--ep-accent); }
.ep-speak, .ep-notes-toggle { display: inline-flex; align-items: center; gap: 6px; font-size: 13px; color: var(--ep-muted); cursor: pointer; }
.ep-speak.ep-unavailable { display: none; }
.ep-playbar { display: inline-flex; align-items: center; gap: 8px; }
.ep-play-status { font-size: 13px; color: var(--ep-muted); font-variant-numeric: tabular-nums; min-width: 4em; text-align: center; }

/* empathy timeline */
.ep-timeline-wrap { background: var(--ep-surface); border: 1px solid var(--ep-border); border-radius: 12px; padding: 12px 16px 10px; margin-bottom: 20px; box-shadow: var(--ep-shadow); }
.ep-timeline-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 6px 16px; margin-bottom: 8px; }
.ep-legend { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 0; padding: 0; list-style: none; font-size: 12px; color: var(--ep-muted); }
.ep-legend li { display: inline-flex; align-items: center; gap: 5px; }
.ep-swatch { width: 10px; height: 10px; border-radius: 3px; background: var(--ep-tone, var(--ep-neutral)); }
.ep-timeline { display: flex; gap: 10px; align-items: stretch; }
.ep-tl-lanes { display: grid; grid-template-rows: 24px 24px; align-items: center; font-size: 11px; color: var(--ep-muted); text-align: right; padding-top: 18px; }
.ep-tl-track { display: flex; gap: 8px; overflow-x: auto; overscroll-behavior-x: contain; scrollbar-width: thin; padding-bottom: 2px; scroll-behavior: smooth; min-width: 0; flex: 1; }
/* the timeline never widens the page: its track scrolls instead of being clipped */
.ep-timeline-wrap, .ep-timeline { min-width: 0; max-width: 100%; }
.ep-tl-group { display: flex; flex-direction: column; flex: none; }
.ep-tl-group + .ep-tl-group { border-left: 1px dashed var(--ep-border); padding-left: 8px; }
.ep-tl-group-name { width: 0; min-width: 100%; height: 18px; font-size: 10.5px; font-weight: 600; color: var(--ep-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.ep-tl-cells { display: flex; gap: 3px; }
.ep-tl-flat .ep-tl-group-name { display: none; }
.ep-tl-summary { margin: 8px 0 0; font-size: 12.5px; color: var(--ep-muted); }
.ep-tl-summary strong { color: var(--ep-fg); font-variant-numeric: tabular-nums; }
.ep-dot { margin: 0 8px; opacity: .6; }
.ep-empty { padding: 28px; text-align: center; color: var(--ep-muted); border: 1px dashed var(--ep-border); border-radius: 12px; }
.ep-empty code { font-family: var(--ep-mono); }
.ep-tl-flat .ep-tl-lanes { padding-top: 0; }
.ep-tl-cell { display: grid; grid-template-rows: 24px 24px 16px; flex: 0 0 24px; text-decoration: none; color: var(--ep-muted); border-radius: 6px; }
.ep-tl-cell:hover { background: var(--ep-accent-soft); }
.ep-tl-mark { width: 18px; height: 18px; margin: 3px auto; border-radius: 5px; background: var(--ep-tone, var(--ep-neutral)); }
.ep-tl-customer .ep-tl-mark { grid-row: 1; }
.ep-tl-agent .ep-tl-mark, .ep-tl-other .ep-tl-mark { grid-row: 2; }
.ep-tl-num { grid-row: 3; font-size: 10px; text-align: center; font-variant-numeric: tabular-nums; }
.ep-tl-current .ep-tl-mark { outline: 2px solid var(--ep-fg); outline-offset: 1px; }
.ep-tl-current .ep-tl-num { color: var(--ep-fg); font-weight: 700; }
.ep-tl-future { opacity: .3; }
.ep-cue-loss { --ep-tone: var(--ep-cue-loss); }
.ep-cue-anger { --ep-tone: var(--ep-cue-anger); }
.ep-cue-error { --ep-tone: var(--ep-cue-error); }
.ep-cue-worry { --ep-tone: var(--ep-cue-worry); }
.ep-cue-own-error { --ep-tone: var(--ep-cue-own-error); }
.ep-cue-joy { --ep-tone: var(--ep-cue-joy); }
.ep-cue-none { --ep-tone: var(--ep-cue-none); }
.ep-st-acknowledged { --ep-tone: var(--ep-ok); }
.ep-st-neutral { --ep-tone: var(--ep-neutral); }
.ep-st-mistake, .ep-st-mistake.ep-sev-warn { --ep-tone: var(--ep-warn); }
.ep-st-mistake.ep-sev-error { --ep-tone: var(--ep-error); }
.ep-tl-agent.ep-st-acknowledged .ep-tl-mark::after { content: "✓"; display: block; color: var(--ep-surface); font-size: 11px; font-weight: 800; line-height: 18px; text-align: center; }
.ep-tl-agent.ep-st-mistake .ep-tl-mark::after { content: "!"; display: block; color: var(--ep-surface); font-size: 11px; font-weight: 800; line-height: 18px; text-align: center; }

/* body: section map + conversation */
.ep-body.ep-with-map { display: grid; grid-template-columns: 200px minmax(0, 1fr); gap: 28px; align-items: start; }
.ep-map { position: sticky; top: 70px; }
.ep-map ol { list-style: none; margin: 8px 0 0; padding: 0; counter-reset: sec; }
.ep-map-link { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 6px 10px; border-radius: 8px; color: var(--ep-fg); text-decoration: none; font-size: 14px; border-left: 3px solid transparent; }
.ep-map-link:hover { background: var(--ep-surface); }
.ep-map-link.ep-on-path { border-left-color: var(--ep-accent); font-weight: 600; }
.ep-map-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.ep-badge { flex: none; min-width: 20px; padding: 0 6px; border-radius: 999px; font-size: 11px; font-weight: 700; text-align: center; line-height: 18px; }
.ep-badge-warn { background: var(--ep-warn-soft); color: var(--ep-warn); }
.ep-badge-error { background: var(--ep-error-soft); color: var(--ep-error); }
.ep-badge-ok { color: var(--ep-ok); }
@media (max-width: 760px) {
  .ep-app { padding: 18px 14px 32px; }
  .ep-toolbar { margin: 0 -14px 14px; padding: 8px 14px; position: static; }
  /* a wrapped toolbar would cover a phone screen; it stays in reach only while playing */
  .ep-playing .ep-toolbar { position: sticky; }
  .ep-body.ep-with-map { display: block; }
  .ep-map { position: static; margin-bottom: 14px; }
  .ep-map ol { display: flex; flex-wrap: wrap; gap: 6px; }
  .ep-map-link { border: 1px solid var(--ep-border); border-radius: 999px; padding: 3px 10px; }
}

/*
 * A side pane (VS Code's preview beside the editor is ~420 px): a compact header, the toolbar on one
 * scrolling row, the timeline as one line of marks and the section map as one row, so the first turn
 * of the call shows without scrolling.
 */
@media (max-width: 600px) {
  .ep-app { padding: 10px 12px 24px; }
  .ep-header { margin-bottom: 8px; }
  .ep-eyebrow { font-size: 10.5px; }
  .ep-title { margin: 2px 0 4px; font-size: 17px; line-height: 1.25; }
  .ep-meta { gap: 2px 8px; font-size: 12px; }
  .ep-pill, .ep-count { padding: 0 7px; font-size: 11.5px; gap: 4px; }
  .ep-coach { margin-top: 6px; padding: 4px 8px; font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .ep-coach:hover, .ep-coach:focus { white-space: normal; }
  .ep-general { margin-top: 6px; }
  .ep-toolbar { flex-wrap: nowrap; overflow-x: auto; scrollbar-width: thin; gap: 6px; margin: 0 -12px 8px; padding: 4px 12px; }
  .ep-toolbar > * { flex: none; }
  .ep-toolbar-gap { flex: 1 0 0; }
  .ep-btn { font-size: 12px; padding: 3px 8px; }
  .ep-seg .ep-btn { padding: 2px 8px; }
  .ep-speak, .ep-notes-toggle { font-size: 12px; }
  .ep-timeline-wrap { padding: 4px 8px; margin-bottom: 8px; border-radius: 8px; }
  .ep-timeline-head, .ep-tl-lanes, .ep-tl-group-name, .ep-tl-num, .ep-tl-summary { display: none; }
  .ep-tl-track { gap: 4px; padding-bottom: 0; }
  .ep-tl-group + .ep-tl-group { padding-left: 4px; }
  .ep-tl-cells { gap: 1px; }
  .ep-tl-cell { grid-template-rows: 14px; flex: 0 0 12px; }
  .ep-tl-customer .ep-tl-mark, .ep-tl-agent .ep-tl-mark, .ep-tl-other .ep-tl-mark { grid-row: 1; width: 10px; height: 10px; margin: 2px auto; border-radius: 3px; }
  .ep-tl-customer .ep-tl-mark { border-radius: 50%; }
  .ep-tl-agent.ep-st-acknowledged .ep-tl-mark::after, .ep-tl-agent.ep-st-mistake .ep-tl-mark::after { font-size: 8px; line-height: 10px; }
  .ep-map { margin-bottom: 8px; }
  .ep-map .ep-small-head { display: none; }
  .ep-map ol { flex-wrap: nowrap; overflow-x: auto; scrollbar-width: thin; margin: 0; gap: 4px; }
  .ep-map li { flex: none; }
  .ep-map-link { padding: 1px 8px; font-size: 12px; }
  .ep-section + .ep-section { margin-top: 18px; }
  .ep-section-head { margin-bottom: 8px; }
}

/* sections */
.ep-section + .ep-section { margin-top: 30px; }
.ep-section-head { display: flex; align-items: center; gap: 10px; margin: 0 0 14px; }
.ep-section-head::after { content: ""; flex: 1; height: 1px; background: var(--ep-border); }
.ep-section-name { margin: 0; font-size: 13px; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--ep-muted); }
.ep-section-tag { font-size: 11px; font-weight: 700; padding: 1px 8px; border-radius: 999px; background: var(--ep-accent-soft); color: var(--ep-accent); }

/* turns */
.ep-turn { display: flex; gap: 10px; align-items: flex-start; margin: 0 0 14px; max-width: 82%; }
@media (max-width: 760px) { .ep-turn { max-width: 94%; } .ep-stage, .ep-note { max-width: 90%; } }
.ep-agent { margin-left: auto; flex-direction: row-reverse; }
.ep-avatar { flex: none; width: 36px; height: 36px; border-radius: 50%; display: grid; place-items: center; font-size: 13px; font-weight: 700; color: #fff; background: var(--ep-customer-avatar); margin-top: 22px; letter-spacing: .02em; }
.ep-agent .ep-avatar { background: var(--ep-agent-avatar); }
.ep-other .ep-avatar { background: var(--ep-other-avatar); }
.ep-turn-body { min-width: 0; display: flex; flex-direction: column; align-items: flex-start; }
.ep-agent .ep-turn-body { align-items: flex-end; }
.ep-speaker { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; margin: 0 4px 4px; font-size: 12px; color: var(--ep-muted); }
.ep-agent .ep-speaker { flex-direction: row-reverse; }
.ep-name { font-weight: 700; color: var(--ep-fg); font-size: 13px; }
.ep-role { font-size: 11px; }
.ep-line { font-variant-numeric: tabular-nums; opacity: .8; }
.ep-cue-chip { font-size: 11px; font-weight: 600; padding: 0 7px; border-radius: 999px; color: var(--ep-tone); border: 1px solid currentColor; line-height: 16px; }
.ep-bubble { padding: 10px 14px; border-radius: 16px; border: 1px solid var(--ep-customer-border); background: var(--ep-customer-bg); border-top-left-radius: 5px; box-shadow: var(--ep-shadow); }
.ep-agent .ep-bubble { background: var(--ep-agent-bg); border-color: var(--ep-agent-border); border-top-left-radius: 16px; border-top-right-radius: 5px; }
.ep-bubble.ep-flagged.ep-sev-warn { border-color: var(--ep-warn); }
.ep-bubble.ep-flagged.ep-sev-error { border-color: var(--ep-error); }
.ep-text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.ep-flag { color: inherit; border-radius: 3px; padding: 0 1px; text-decoration: underline wavy; text-underline-offset: 3px; text-decoration-thickness: 1px; }
.ep-flag.ep-sev-warn { background: var(--ep-warn-mark); text-decoration-color: var(--ep-warn); }
.ep-flag.ep-sev-error { background: var(--ep-error-mark); text-decoration-color: var(--ep-error); }
.ep-filled { font-weight: 600; border-bottom: 1px dotted var(--ep-muted); }
.ep-token { font: 12px var(--ep-mono); padding: 1px 6px; border-radius: 5px; background: var(--ep-token-bg); color: var(--ep-muted); white-space: nowrap; }
.ep-token::before { content: "{"; opacity: .6; }
.ep-token::after { content: "}"; opacity: .6; }
.ep-webview .ep-turn, .ep-webview .ep-stage, .ep-webview .ep-note, .ep-webview .ep-choices { cursor: pointer; }

/* findings */
.ep-findings { display: flex; flex-direction: column; gap: 6px; margin-top: 8px; width: 100%; max-width: 560px; }
.ep-finding { padding: 8px 12px; border-radius: 10px; background: var(--ep-warn-soft); border-left: 3px solid var(--ep-warn); font-size: 13.5px; text-align: left; }
.ep-finding.ep-sev-error { background: var(--ep-error-soft); border-left-color: var(--ep-error); }
.ep-finding-head { display: flex; align-items: center; gap: 7px; }
.ep-sev-icon { display: inline-grid; place-items: center; width: 16px; height: 16px; border-radius: 50%; background: var(--ep-warn); color: var(--ep-surface); font-size: 10px; font-weight: 800; }
.ep-sev-error .ep-sev-icon { background: var(--ep-error); }
.ep-rule { font: 600 12px var(--ep-mono); color: var(--ep-warn); text-decoration: none; }
.ep-sev-error .ep-rule { color: var(--ep-error); }
.ep-rule:hover { text-decoration: underline; }
.ep-finding-msg { margin: 3px 0 0; }
.ep-replace { margin: 5px 0 0; font-size: 13px; }
.ep-replace-label { color: var(--ep-muted); }
.ep-quote::before { content: "“"; }
.ep-quote::after { content: "”"; }
.ep-del { text-decoration: line-through; text-decoration-color: var(--ep-muted); color: var(--ep-muted); }
.ep-ins { font-weight: 600; color: var(--ep-ok); }
.ep-arrow { color: var(--ep-muted); margin: 0 2px; }
.ep-drop { font-style: italic; color: var(--ep-ok); }
.ep-better { margin-top: 8px; width: 100%; max-width: 560px; padding: 8px 12px; border-radius: 12px; background: var(--ep-ok-soft); border: 1px dashed color-mix(in srgb, var(--ep-ok) 45%, transparent); }
.ep-better-label { display: block; font-size: 11px; font-weight: 800; letter-spacing: .06em; text-transform: uppercase; color: var(--ep-ok); margin-bottom: 2px; }
.ep-better-text { margin: 0; }
.ep-better-text::before { content: "“"; }
.ep-better-text::after { content: "”"; }

/* stage directions, notes, jumps, endings */
.ep-stage { display: flex; flex-direction: column; align-items: center; margin: 4px auto 16px; max-width: 70%; text-align: center; }
.ep-stage-text { font-style: italic; color: var(--ep-muted); font-size: 14px; }
.ep-stage-text::before, .ep-stage-text::after { content: "—"; margin: 0 8px; opacity: .5; font-style: normal; }
.ep-note { margin: 0 auto 14px; max-width: 70%; font-size: 12.5px; color: var(--ep-muted); text-align: center; }
.ep-note-label { font-weight: 700; text-transform: uppercase; letter-spacing: .06em; font-size: 10.5px; }
.ep-js .ep-app:not(.ep-show-notes) .ep-note, .ep-playing .ep-note { display: none; }
.ep-jump { text-align: center; margin: 6px 0 14px; font-size: 13px; }
.ep-jump a { color: var(--ep-muted); text-decoration: none; padding: 3px 12px; border: 1px dashed var(--ep-border); border-radius: 999px; }
.ep-mode-walk .ep-jump { display: none; }
.ep-end { display: flex; align-items: center; gap: 12px; margin: 18px 0 6px; color: var(--ep-muted); font-size: 12px; font-weight: 700; letter-spacing: .08em; text-transform: uppercase; }
.ep-end::before, .ep-end::after { content: ""; flex: 1; height: 1px; background: var(--ep-border); }

/* choices */
.ep-choices { margin: 18px 0 8px; padding: 14px 16px; border-radius: 14px; background: var(--ep-surface); border: 1px solid var(--ep-border); box-shadow: var(--ep-shadow); }
.ep-choices-prompt { font-size: 11px; font-weight: 700; letter-spacing: .08em; text-transform: uppercase; color: var(--ep-muted); margin-bottom: 10px; }
.ep-choice-list { display: flex; flex-wrap: wrap; gap: 8px; }
.ep-choice { display: inline-flex; align-items: center; gap: 10px; padding: 8px 14px 8px 8px; border-radius: 10px; border: 1px solid var(--ep-border); background: var(--ep-bg); color: var(--ep-fg); text-decoration: none; font-weight: 600; font-size: 14px; }
.ep-choice:hover { border-color: var(--ep-accent); }
.ep-choice-key { display: inline-grid; place-items: center; width: 22px; height: 22px; border-radius: 6px; background: var(--ep-accent-soft); color: var(--ep-accent); font-size: 12px; font-weight: 800; }
.ep-choice-target { font-weight: 500; font-size: 12.5px; color: var(--ep-muted); }
.ep-choice.ep-chosen { background: var(--ep-fill); border-color: var(--ep-fill); color: var(--ep-fill-fg); }
.ep-choice.ep-chosen .ep-choice-target { color: inherit; opacity: .8; }
.ep-choice.ep-chosen .ep-choice-key { background: rgba(255, 255, 255, .22); color: inherit; }
.ep-choice.ep-unchosen { opacity: .5; }
.ep-choice-broken { border-style: dashed; opacity: .7; }
.ep-nudge { animation: ep-nudge .4s ease; }
@keyframes ep-nudge { 0%, 100% { transform: none; } 25% { transform: translateX(-5px); } 75% { transform: translateX(5px); } }

/* play mode */
.ep-playing .ep-future { display: none; }
.ep-playing .ep-turn:not(.ep-current), .ep-playing .ep-stage:not(.ep-current) { opacity: .55; transition: opacity .2s; }
.ep-current .ep-bubble { box-shadow: 0 0 0 3px var(--ep-accent-soft), var(--ep-shadow); border-color: var(--ep-accent); }
.ep-playing .ep-current { animation: ep-in .25s ease; }
@keyframes ep-in { from { opacity: 0; transform: translateY(6px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .ep-playing .ep-current, .ep-nudge { animation: none; } .ep-tl-track { scroll-behavior: auto; } }

.ep-footer { margin-top: 36px; padding-top: 14px; border-top: 1px solid var(--ep-border); font-size: 12px; color: var(--ep-muted); text-align: center; }
@media print {
  .ep-toolbar, .ep-walk { display: none !important; }
  .ep-all { display: block !important; }
  .ep-turn, .ep-choices { break-inside: avoid; }
}`;

/** The full stylesheet for a host. */
export function previewStyles(host: 'standalone' | 'webview'): string {
  return (host === 'webview' ? WEBVIEW_TOKENS : STANDALONE_TOKENS) + BASE_CSS;
}
