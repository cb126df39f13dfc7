// Why a target is not met, and what was tried: written by people, kept here so that every full run of
// `npm run bench` prints it under the targets it failed (docs/bench.md is generated and would lose a note
// written into the page). A note is shown only while its target is not met; update it when you try something.

/** Keyed by target id (see judgeTargets in report.ts). Figures quoted here name the run they come from. */
export const UNMET_TARGET_NOTES: Readonly<Record<string, string>> = {
  'cli-vs-write-good': [
    'Was 5.09× at `2708002`, 9.14× at `805230a`. Done: a literal prefilter (each pattern’s required words read from its own source,',
    'one Aho-Corasick pass per line, a pattern’s regex run only where its words are: ~5% of pattern/line pairs), the cue families on it,',
    'n-gram lookups by number, fewer per-line allocations, the prefilter built only after 256 distinct lines. Left, from the profile',
    'below: scoring each distinct sentence with the model (~20% of a lint), rote-empathy’s path state rewritten as a string every turn',
    '(~9%), per-line text facts (~14%), and ~0.3 s of fixed cost per process. Tried without gain: a 16-bit automaton table, indexing',
    'candidates by literal.',
  ].join(' '),
  'edit-p95': [
    'Was 42–52 ms at `2708002`, 20.7–23.8 ms at `805230a`. Done: the worker sends counts, not findings, and diagnostics only as a change',
    'to what the main thread holds (cloning ~560 findings each way cost ~4.7 ms an edit); no forced collection after each lint (it stalled',
    '15 of 200 edits by 28–43 ms). Left: the lint itself (the engine’s walk from the edited turn to the end of the script) is p50 ~5 ms,',
    'p95 ~15 ms in a traced run; the rest of the tail is V8’s collections and the shared machine. Since (branch `edit-latency`): the',
    'work of an edit follows the edit. A resumed walk stops at the first checkpoint after the change that it reaches in the same path',
    'state as the previous walk and takes the previous walk’s findings from there over, moved by the edit’s length; the parse takes over',
    'the items on the unchanged lines before the change; the worker keeps the diagnostics that did not change (a test runs random chains',
    'of edits and compares every version with a lint from scratch). The lint’s own CPU per bench edit: p50 1.4–2.0 ms against 4.3–5.0,',
    'allocation 0.83 MB against 1.66 MB (interleaved with `c416146`). Left: every edit still posts the whole text to the worker (~197 KB)',
    'and parses the lines after the change again (offsets are absolute); both live until the next edit, so the worker’s heap reaches its',
    '10% growth bound about every 26 edits, and those mark-compact pauses (2–19 ms) set the p95 (~40% of the worker’s busy time during',
    'edits was garbage collection in a profiled session).',
  ].join(' '),
  'server-rss': [
    'Was 225 MB at `2708002`, 185 MB (128 MB after 30 s idle) at `805230a`. Where it goes is in the Language server section. Tried',
    'without gain: worker young generations of 16 and 32 MB, setting the main thread’s semi-space growth at run time (it is a start-up',
    'flag only), no heap limit (286 MB). Since: the server starts with `--max-semi-space-size=1` (`SERVER_NODE_OPTIONS` in',
    'shared/server-launch.ts: VS Code passes it as execArgv, the README gives it to other editors, the bench starts the server with it),',
    '~25 MB; the worker keeps 1,024 lines a generation in its line caches, not 2,048, ~10 MB (quick runs interleaved with `c416146`,',
    '3 each: 146 MB at the last diagnostics against 184, 118 MB after 30 s idle against 130). Left, at the burst’s end: ~43 MB of',
    'Node’s own code, ~20 MB of malloc (V8’s compiler and collector threads), the main heap ~22 MB, the worker’s ~55 MB (~26 MB the',
    'engine and the intent model; ~10 MB garbage not yet collected). Tried and dropped: `--optimize-for-size` (edits’ p50 ~13 → ~20 ms),',
    '`--lite-mode` (123 MB, but opening 100 scripts took twice as long), `--v8-pool-size=2` (3–8 MB less, edits’ p95 worse in 4 of 5',
    'runs), `MALLOC_ARENA_MAX=2` (~7 MB less, but an environment variable every editor would have to set).',
  ].join(' '),
  'engine-vs-floor': 'A stretch figure kept for scale: 13 rules with context will not run at the speed of one regex.',
};
