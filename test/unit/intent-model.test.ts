// The intent model: the shipped file is what the corpus trains (byte for byte), it loads with a
// threshold for every label, and the classes of natural wording it exists for are recognized
// in context while their near-misses stay silent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/src/engine/index.js';
import { INTENT_LABELS } from '../../server/src/engine/intent/model-format.js';
import { thresholdOf } from '../../server/src/engine/intent/classifier.js';
import { buildModel, MODEL_PATH } from '../../scripts/train/index.js';
import { readFileSync } from 'node:fs';
import { featuresOf, tokenize } from '../../server/src/engine/intent/features.js';
import { scoreTokens } from '../../server/src/engine/intent/classifier.js';
import { readCorpus } from '../../scripts/train/corpus.js';
import type { IntentModelFile } from '../../server/src/engine/intent/model-format.js';
import modelJson from '../../server/src/engine/intent/intent-model.json';

const modelFile = modelJson as unknown as IntentModelFile;

test('npm run train rebuilds the shipped model byte for byte from the corpus', () => {
  const { json } = buildModel();
  assert.ok(json === readFileSync(MODEL_PATH, 'utf8'), 'intent-model.json differs from what corpus/ trains: run npm run train');
});

test("scoring spells out only n-grams of known words, and finds exactly the model's features among featuresOf's", () => {
  const modelKeys = new Set(Object.values(modelFile.weights).flatMap((w) => Object.keys(w.features)));
  for (const { agent } of readCorpus().rows.slice(0, 2000)) {
    const tokens = tokenize(agent.toLowerCase());
    const expected = featuresOf(tokens)
      .filter((f) => modelKeys.has(f.key))
      .map((f) => `${f.key}@${f.first}-${f.last}`);
    const found = scoreTokens(tokens).known.map((k) => `${k.feature.key}@${k.feature.first}-${k.feature.last}`);
    assert.deepEqual(found, expected, agent);
  }
});

test('every label has a calibrated threshold of at least 0.8 (or 1.01: the label does not fire)', () => {
  for (const label of INTENT_LABELS) {
    const t = thresholdOf(label);
    assert.ok(t >= 0.8 && t <= 1.01, `${label}: ${t}`);
  }
});

/** The rules reported on the last agent line of a conversation. */
function rulesOnLastAgentLine(lines: string[]): string[] {
  const text = `${lines.join('\n')}\n`;
  const lastAgent = text.lastIndexOf('Agent:');
  return lint(text)
    .findings.filter((f) => f.span.start >= lastAgent)
    .map((f) => f.ruleId);
}

const CUSTOMER_AT_FAULT = ['---', 'situation: customer-at-fault', '---'];

/** [rule expected on the last agent line, or null for silence, conversation]. */
const CASES: [string | null, string[]][] = [
  ['customer-blame', ['Customer: I got a penalty I knew nothing about.', 'Agent: Had you opened the letter, none of this would have happened.']],
  ['customer-blame', ['Customer: I lost the receipt, can I still return it?', 'Agent: In future, always keep your receipt.']],
  ['customer-blame', ['Customer: Nobody told me about the exit fee.', "Agent: It's printed in bold on the contract."]],
  ['customer-blame', ['Customer: The wrong size arrived.', 'Agent: That was on you to check.']],
  ['dismissive-phrasing', ['Customer: Why was I charged forty dollars?', "Agent: It's just a forty-dollar charge."]],
  ['dismissive-phrasing', ["Customer: I'm so stressed about this bill.", "Agent: There's no point stressing over it."]],
  ['dismissive-phrasing', ['Customer: My husband passed away last week.', 'Agent: Everything happens for a reason.']],
  ['dismissive-phrasing', ["Customer: I lost my job and now I can't pay.", 'Agent: At least you have your health.']],
  ['dismissive-phrasing', ['Customer: I was made redundant on Friday.', "Agent: Maybe it's a blessing in disguise."]],
  ['dismissive-phrasing', ['Customer: My bill went up again and nobody told me.', "Agent: That's not my department."]],
  ['false-reassurance', ['Customer: The airline cancelled my flight.', 'Agent: The airline will refund every penny, guaranteed.']],
  ['false-reassurance', ['Customer: I was laid off yesterday.', 'Agent: Someone with your experience will be snapped up.']],
  ['early-personalization', ['Customer: My wife died last month and I need to close her account.', 'Agent: My brother went through exactly this when his wife died.']],
  ['early-personalization', ['Customer: I lost my job, so I need to pause my plan.', 'Agent: My neighbour lost her job last spring too.']],
  ['presumed-feelings', ['Customer: The repair still is not done after three weeks.', "Agent: I bet you're at your wits' end."]],
  ['presumed-feelings', ["Customer: There's a strange charge on my account.", "Agent: I can tell you're terrified."]],
  ['patronizing-tone', ['Customer: What was the reference number again?', 'Agent: I literally just told you.']],
  ['impersonal-apology', ['Customer: My delivery is two weeks late.', 'Agent: Management extends its apologies for the delay.']],
  ['impersonal-apology', ['Customer: The app has been down all day.', 'Agent: The inconvenience is regretted.']],
  ['policy-apology', ["Customer: Why can't I cancel without a fee?", "Agent: Apologies, that's the terms and conditions for you."]],
  ['policy-apology', ['Customer: My bag is two kilos over.', 'Agent: Sorry, sir, my hands are tied. Policy is policy.']],
  ['blame-acceptance', [...CUSTOMER_AT_FAULT, 'Customer: I entered my card number wrong.', "Agent: It'll be our system's glitch, it always is."]],
  // Near-misses: acknowledging by naming impact, value, effort or ownership, kind normalizing, honesty.
  [null, ["Customer: We've had no heating since Monday.", "Agent: Going without heating in January is miserable. I'll book an engineer for tomorrow morning."]],
  [null, ["Customer: I need the tickets for my daughter's graduation.", "Agent: A graduation only happens once, so let's get this sorted."]],
  [null, ['Customer: Nobody has fixed this after five calls!', "Agent: I'm taking personal ownership of this, and I'll call you back by five today."]],
  [null, ["Customer: I've been chasing this refund for a month.", 'Agent: Chasing this for a month sounds draining. Let me look at it now.']],
  [null, [...CUSTOMER_AT_FAULT, "Customer: I didn't know about the roaming setting.", 'Agent: Lots of customers overlook that setting. I can turn it off for you now.']],
  [null, ['Customer: Will my dad be okay? He is in hospital.', "Agent: That sounds really frightening. I won't tell you everything will be fine, because I don't know that yet."]],
  [null, ['Customer: He told me to calm down and hung up!', "Agent: He told you to calm down and then hung up? I'm sorry, that should never have happened."]],
  [null, ['Customer: Where is my parcel?', 'Agent: You should receive it by Friday; the tracking number is in your email.']],
  [null, ['Customer: Do I sign the form?', 'Agent: You only need to sign page two, and I will post it back to you today.']],
  [null, ['Customer: Can I pay later?', 'Agent: The late fee is twenty dollars. What I can do is move your due date to Friday.']],
];

for (const [rule, lines] of CASES) {
  const last = lines[lines.length - 1];
  test(`${rule ?? 'silent'}: ${last}`, () => {
    const found = rulesOnLastAgentLine(lines);
    if (rule === null) assert.deepEqual(found, [], `expected silence, got ${found.join(', ')}`);
    else assert.ok(found.includes(rule), `expected ${rule}, got [${found.join(', ')}]`);
  });
}
