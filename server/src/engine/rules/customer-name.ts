// customer-name (off by default): when the front matter names the caller, the agent should use the
// name at least once. The seeds: "use their name"; "let me see what I can do … is one of the most
// endearing things a rep can say, particularly when the statement includes the caller's name".
import type { Rule } from '../rule-kit/rule.js';

/** Placeholders that stand for the caller's name. */
const NAME_PLACEHOLDER = /\{(?:customer_?name|caller_?name|customer_first_name|first_?name|name)\}/i;

/** The name's words worth looking for: "Dana Smith" → Dana, Smith (titles and initials skipped). */
function nameWords(name: string): RegExp | null {
  const words = name
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}'-]/gu, ''))
    .filter((w) => w.length > 1 && !/^(?:mr|mrs|ms|miss|dr|mx|sir)$/i.test(w));
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}])(?:${words.map((w) => w.replace(/[-']/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu');
}

export const customerName: Rule = {
  id: 'customer-name',
  description: "Flags a call whose agent never uses the caller's name when the front matter gives it (off by default).",
  defaultSeverity: 'off',
  fixable: false,
  tags: ['personal', 'context', 'opt-in'],
  checkTurn(ctx) {
    if (ctx.state === 'named') return;
    const name = ctx.document.frontMatter?.customer;
    const words = name ? nameWords(name) : null;
    const text = ctx.agent.turn.text;
    if (NAME_PLACEHOLDER.test(text) || (words && words.test(text))) return 'named';
    return;
  },
  checkPathEnd(ctx, report) {
    const name = ctx.document.frontMatter?.customer;
    if (!name || ctx.state === 'named' || !ctx.lastAgent || !nameWords(name)) return;
    report(ctx.lastAgent.turn.textSpan, () => ({
      message: `The agent never uses the caller's name (${name}). Using it once ("${name.split(/\s+/)[0]}, let me see what I can do") shows the call is about them.`,
      pathSensitive: true,
    }));
  },
};
