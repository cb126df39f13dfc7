// How an editor starts the language server: `node <SERVER_NODE_OPTIONS> dist/server.js --stdio`.
// Declared once: the VS Code client passes these as the server process's execArgv, the benchmark
// starts the server with them, and the README gives them to other editors (a test holds it to that).
// Imports nothing, so any side may read it.

/**
 * Node options for the server's process, for its memory. V8 sizes a heap's young generation when the
 * heap is made, from the command line only (set at run time, the flag changes nothing for the main
 * thread): without a bound, the burst of messages from opening 100 scripts grows the main thread's
 * to 32 MB, which V8 then keeps. One-MB semi-spaces keep it at 2 MB; the flag also overrides the
 * lint worker's own bound (resourceLimits), which edits showed no slower with (docs/bench.md).
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=1'];
