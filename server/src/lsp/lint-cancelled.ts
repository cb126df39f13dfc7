// The main thread's word for a lint that an edit, a close or a config change made stale: its promise
// rejects with this, and nothing of it is published. (The engine's own LintCancelled, thrown inside
// the worker's walk, stays there: this thread does not load the engine.)
export class LintCancelled extends Error {
  constructor() {
    super('lint cancelled');
    this.name = 'LintCancelled';
  }
}
