// A rule's `silentOn` lets the walker skip it on a line; the promise is that checkTurn would then
// neither report nor change its path state there, in any context. Held on every agent turn of the
// examples and the eval sets, walked with nothing skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveRule, resolveSpeakers, type ResolvedRuleSetting } from '../../server/src/engine/config.js';
import { walkConversation } from '../../server/src/engine/walker.js';
import { parse } from '../../server/src/engine/parser.js';
import { ALL_RULES } from '../../server/src/engine/rules/index.js';
import type { Rule } from '../../server/src/engine/rule-kit/rule.js';

const DIRS = ['examples', 'test/eval', 'test/eval-holdout', 'test/eval-blind3', 'test/eval-blind4'];

function scripts(): string[] {
  return DIRS.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(?:scenario|callscript)$/.test(f))
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  );
}

/** The rule asked on every turn, checking its own silence where it claims it. */
function checked(rule: Rule, broken: string[], asked: { silent: number }): Rule {
  const { silentOn, checkTurn } = rule;
  if (!silentOn || !checkTurn) return rule;
  return {
    ...rule,
    silentOn: undefined,
    checkTurn(ctx, report) {
      const silent = silentOn(ctx.agent, ctx.options);
      let reported = false;
      const next = checkTurn(ctx, (span, build) => {
        reported = true;
        report(span, build);
      });
      if (!silent) return next;
      asked.silent++;
      const changed = next !== undefined && next !== ctx.state;
      if (reported || changed) broken.push(`${rule.id} on ${JSON.stringify(ctx.agent.turn.text)}: ${reported ? 'reported' : `state ${JSON.stringify(ctx.state)} -> ${JSON.stringify(next)}`}`);
      return next;
    },
  };
}

test('a rule silent on a line neither reports nor changes its state there', () => {
  const broken: string[] = [];
  const asked = { silent: 0 };
  const rules = ALL_RULES.map((r) => checked(r, broken, asked));
  // Every rule on, customer-name too, so each is held to its promise.
  const settings = new Map<string, ResolvedRuleSetting>(ALL_RULES.map((r) => [r.id, resolveRule({}, r.id, 'warn')]));
  const texts = scripts();
  assert.ok(texts.length >= 40, `expected the examples and eval sets, found ${texts.length} scripts`);
  for (const text of texts) walkConversation(parse(text, resolveSpeakers({})), rules, settings);
  assert.ok(asked.silent > 1000, `only ${asked.silent} silent turns were checked`);
  assert.deepEqual(broken.slice(0, 10), []);
});
