// The pure preview renderer: hostile scripts render as text, every branch is in the page, placeholders
// are filled or shown as tokens, findings sit on their bubbles, and the page loads nothing remote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCallView, renderIndexPage, renderNoticeBody, renderStandalonePage, renderWebviewDocument, type TurnView } from '../../server/src/preview/index.js';

const FIXTURES = join(__dirname, '..', 'preview', 'fixtures');
const BRANCHING = readFileSync(join(FIXTURES, 'wrong-oven.callscript'), 'utf8');

/** Visible text of a page: scripts and styles dropped, tags removed, entities decoded. */
function visibleText(page: string): string {
  const stripped = page.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, '');
  return stripped
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The markup of one turn: from its opening tag to the next turn (or the end of its section). */
function turnMarkup(page: string, turnId: string): string {
  const start = page.indexOf(`id="${turnId}"`);
  assert.ok(start >= 0, `turn ${turnId} is in the page`);
  const next = page.slice(start + 1).search(/class="ep-turn |<\/section>/);
  return page.slice(start, next < 0 ? undefined : start + 1 + next);
}

/** Every attribute name of every tag (the renderer always double-quotes values, and escaping keeps quotes out of them). */
function attributeNames(page: string): string[] {
  const names: string[] = [];
  for (const tag of page.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '').matchAll(/<[a-z][a-z0-9-]*((?:\s+[^\s=>]+(?:=(?:"[^"]*"|[^\s">]*))?)*)\s*\/?>/gi)) {
    for (const attr of tag[1].matchAll(/\s+([^\s=>]+)(?:=(?:"[^"]*"|[^\s">]*))?/g)) names.push(attr[1]);
  }
  return names;
}

function count(haystack: string, needle: RegExp): number {
  return [...haystack.matchAll(new RegExp(needle.source, needle.flags.includes('g') ? needle.flags : needle.flags + 'g'))].length;
}

const HOSTILE = `---
title: </title><script>alert("title")</script>
customer: <img src=x onerror=alert("name")>
situation: no-fault
---
# <script>alert("section")</script>
Agent: Hello <script>alert(1)</script> and "><img src=x onerror=alert(2)> welcome, {customer_name}.
Customer: </style><style>body{display:none}</style> <a href="javascript:alert(3)">click</a>
[<iframe src="https://evil.example/"></iframe>]
// </script><script>alert("note")</script>
* "><svg onload=alert(4)> -> <b>bold</b>
-> </section><script>alert(5)</script>
`;

test('hostile script text renders as text, never as markup', () => {
  const page = renderStandalonePage(HOSTILE, { fileName: '<x>.callscript' });
  assert.equal(count(page, /<script\b/i), 1, 'only the page’s own script element');
  assert.equal(count(page, /<style\b/i), 1, 'only the page’s own style element');
  for (const tag of [/<img\b/i, /<iframe\b/i, /<svg\b/i, /<a href="javascript:/i, /<b>/i]) assert.equal(count(page, tag), 0, `no ${tag}`);
  assert.deepEqual(
    attributeNames(page).filter((name) => /^on/i.test(name)),
    [],
    'no event handler attribute',
  );
  const text = visibleText(page);
  for (const shown of [
    'Hello <script>alert(1)</script> and "><img src=x onerror=alert(2)>',
    '</style><style>body{display:none}</style>',
    '<a href="javascript:alert(3)">click</a>',
    '"><svg onload=alert(4)>',
  ]) {
    assert.ok(text.includes(shown), `shown as text: ${shown}`);
  }
  assert.ok(text.includes('<img src=x onerror=alert("name")>'), 'the hostile customer name is shown, escaped, where {customer_name} stood');
});

test('the runtime config cannot close its script element', () => {
  const page = renderWebviewDocument('Agent: hi', { cspSource: 'vscode-webview:', uri: 'file:///a</script><script>alert(1)</script>.callscript' });
  assert.equal(count(page, /<script\b/i), 1);
  assert.equal(count(page, /<\/script>/i), 1);
});

test('the standalone page has a nonce CSP, inline CSS and JS, and loads nothing remote', () => {
  const page = renderStandalonePage(BRANCHING, { fileName: 'wrong-oven.callscript', nonce: 'n0nce' });
  assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-n0nce&#39;; script-src &#39;nonce-n0nce&#39;/);
  assert.match(page, /<style nonce="n0nce">/);
  assert.match(page, /<script nonce="n0nce">/);
  assert.doesNotMatch(page, /\bsrc\s*=\s*["']?(https?:)?\/\//i);
  assert.doesNotMatch(page, /<link\b/i);
  assert.doesNotMatch(page, /@import|url\(/i);
});

test('every section and turn of every branch is in the page, with choices as buttons to their sections', () => {
  const page = renderStandalonePage(BRANCHING, { fileName: 'wrong-oven.callscript' });
  const text = visibleText(page);
  for (const line of BRANCHING.split('\n').filter((l) => /^(?:Agent|Customer):/.test(l))) {
    const spoken = line
      .replace(/^\w+:\s*/, '')
      .replace(/\{customer_name\}/g, 'Dana Smith')
      .replace(/\{agent_name\}/g, 'Sam');
    assert.ok(text.includes(spoken), `turn in page: ${spoken}`);
  }
  assert.match(page, /<section class="ep-section" id="ep-s-1" data-section="1"[^>]*>/);
  assert.match(page, /<a class="ep-choice" role="button" href="#ep-s-1" data-choice="1" data-target="1"[^>]*>.*Customer gets angry.*→ deescalate/);
  assert.match(page, /<a class="ep-choice" role="button" href="#ep-s-2" data-choice="0" data-target="2"/);
  assert.match(page, /<div class="ep-jump"[^>]*data-target="2"><a href="#ep-s-2">continues at <strong>resolution<\/strong>/);
  const view = buildCallView(BRANCHING);
  assert.deepEqual(
    view.sections.map((s) => s.name),
    ['opening', 'deescalate', 'resolution'],
  );
  assert.equal(count(page, /class="ep-tl-cell /), view.turnCount, 'one timeline cell per turn');
  assert.equal(count(page, /class="ep-map-link"/), 3, 'a map entry per section');
});

test('{customer_name} is filled from the front matter; other placeholders are tokens', () => {
  const withName = renderStandalonePage('---\ncustomer: Dana Smith\n---\nAgent: Hi {customer_name}, I am {agent_name}. {customer_first_name}?\n');
  assert.match(withName, /<span class="ep-filled" title="\{customer_name\}">Dana Smith<\/span>/);
  assert.match(withName, /<span class="ep-filled" title="\{customer_first_name\}">Dana<\/span>/);
  assert.match(withName, /<span class="ep-token"[^>]*>agent_name<\/span>/);
  const without = renderStandalonePage('Agent: Hi {customer_name}.\n');
  assert.match(without, /<span class="ep-token"[^>]*>customer_name<\/span>/);
  const view = buildCallView('---\ncustomer: Dana Smith\n---\nCustomer: Hello.\nAgent: Hi {customer_name}, I am {agent_name}.\n');
  const [customer, agent] = view.sections[0].items as TurnView[];
  assert.equal(customer.displayName, 'Dana Smith');
  assert.equal(agent.displayName, 'Agent');
  assert.equal(agent.spoken, 'Hi Dana Smith, I am agent name.');
  const named = buildCallView('---\ncustomer: Dana Smith\nagent: Sam Lee\n---\nAgent: Hi {customer_first_name}, I am {agent_first_name}.\n');
  const sam = named.sections[0].items[0] as TurnView;
  assert.equal(sam.displayName, 'Sam Lee', 'an optional agent: key names the agent');
  assert.equal(sam.spoken, 'Hi Dana, I am Sam.');
});

test('a finding is shown on its bubble: marked words, rule ID, message and the top rewrite', () => {
  const config = { phrases: [{ text: 'no problem', message: 'Say what you will do instead.', replacement: 'certainly' }] };
  const script = 'Customer: Can you check my order?\nAgent: Sure, no problem, one moment.\n';
  const page = renderStandalonePage(script, { config });
  const agent = turnMarkup(page, 't2');
  assert.match(agent, /<div class="ep-bubble ep-flagged ep-sev-warn">/);
  assert.match(agent, /<mark class="ep-flag ep-sev-warn" data-findings="f\d+">no problem<\/mark>/);
  assert.match(agent, /class="ep-rule"[^>]*>custom-phrase<\/a>/);
  assert.match(agent, /<p class="ep-finding-msg">Say what you will do instead\.<\/p>/);
  assert.match(agent, /<span class="ep-quote ep-del">no problem<\/span> <span class="ep-arrow" aria-hidden="true">→<\/span> <span class="ep-quote ep-ins">certainly<\/span>/);
  assert.match(agent, /<span class="ep-better-label">Try saying<\/span><p class="ep-better-text">Sure, certainly, one moment\.<\/p>/);
  assert.doesNotMatch(turnMarkup(page, 't1'), /ep-finding/, 'the customer bubble has no finding');
});

test('an engine rule finding is marked with its rule ID on the flagged line', () => {
  const page = renderStandalonePage(BRANCHING, { fileName: 'wrong-oven.callscript' });
  const view = buildCallView(BRANCHING);
  const flagged = view.sections[0].items.find((i): i is TurnView => i.kind === 'turn' && i.spoken.startsWith("I'm sorry, but our policy"));
  assert.ok(flagged, 'the policy line is a turn');
  const ids = flagged.findings.map((f) => f.ruleId);
  assert.ok(ids.includes('policy-apology'), `policy-apology on the policy line (saw ${ids.join(', ') || 'nothing'})`);
  assert.match(turnMarkup(page, flagged.id), /policy-apology/);
});

test('"Try saying" applies every finding’s rewrite on the line, skipping overlaps', () => {
  const config = {
    phrases: [
      { text: 'no problem', replacement: 'certainly' },
      { text: 'problem, hold', replacement: 'OVERLAP' },
      { text: 'hold on', replacement: 'one moment, {customer_name}' },
    ],
  };
  const view = buildCallView('---\ncustomer: Dana\n---\nAgent: Sure, no problem, hold on please.\n', { config });
  const turn = view.sections[0].items[0] as TurnView;
  assert.equal(turn.findings.length, 3);
  const better = turn.betterLine?.map((p) => (p.kind === 'text' ? p.text : `[${p.filled ?? p.name}]`)).join('');
  assert.equal(better, 'Sure, certainly, one moment, [Dana] please.');
});

test('structure findings land on the item they concern; front-matter ones in the header', () => {
  const view = buildCallView('---\nsituation: sideways\n---\n# start\nAgent: Hello.\n-> nowhere\n');
  assert.deepEqual(
    view.generalFindings.map((f) => f.ruleId),
    ['front-matter'],
  );
  const jump = view.sections[0].items.find((i) => i.kind === 'jump');
  assert.ok(jump && jump.kind === 'jump');
  assert.equal(jump.targetIndex, null);
  assert.deepEqual(
    jump.findings.map((f) => f.ruleId),
    ['script-structure'],
  );
  assert.equal(view.counts.error + view.counts.warn, 2);
});

test('the timeline reads customer cues and how the agent answers them', () => {
  const config = { phrases: [{ text: 'whatever', message: 'Dismissive.' }] };
  const view = buildCallView(
    'Customer: I am so frustrated, this is the third time I am calling!\nAgent: I hear you, and I want to fix this today.\nCustomer: Can you check the tracking?\nAgent: Sure.\nAgent: whatever\n',
    { config },
  );
  const [c1, a1, c2, a2, a3] = view.timeline;
  assert.ok(c1.cues.includes('frustration'));
  assert.equal(a1.status, 'acknowledged');
  assert.deepEqual(c2.cues, []);
  assert.equal(a2.status, 'neutral');
  assert.equal(a3.status, 'mistake');
  assert.equal(a3.worstSeverity, 'warn');
  const page = renderStandalonePage('Customer: I am so frustrated, this is the third time I am calling!\nAgent: I hear you, and I want to fix this today.\nAgent: whatever\n', { config });
  assert.match(page, /Emotion cues <strong data-count="cues">1<\/strong>.*answered <strong data-count="answered">1<\/strong>.*with a mistake <strong data-count="mistakes">1<\/strong>/);
});

test('a notice body (too large to preview live) escapes its words and keeps the runtime’s anchors', () => {
  const body = renderNoticeBody('<x>.callscript', 'Run "empathy-lint preview <x>.callscript"');
  assert.match(body, /<h1 class="ep-title">&lt;x&gt;\.callscript<\/h1>/);
  assert.match(body, /<p class="ep-empty">Run &quot;empathy-lint preview &lt;x&gt;\.callscript&quot;<\/p>/);
  for (const id of ['ep-app', 'ep-all', 'ep-walk']) assert.match(body, new RegExp(`id="${id}"`));
});

test('an empty script says how to start, with no controls to play nothing', () => {
  const page = renderStandalonePage('');
  assert.match(page, /<p class="ep-empty">No spoken turns yet\./);
  assert.doesNotMatch(page, /<div class="ep-toolbar/);
  assert.doesNotMatch(page, /class="ep-timeline-wrap"/);
});

test('stage directions are italic asides and writer notes are kept apart from the call', () => {
  const page = renderStandalonePage('Agent: Hello.\n[Customer sighs]\n// try a warmer opening\n// empathy-lint-disable-next-line\nAgent: Bye.\n');
  assert.match(page, /<div class="ep-stage ep-step" data-line="1"><span class="ep-stage-text">Customer sighs<\/span><\/div>/);
  assert.match(page, /<div class="ep-note" data-line="2"><span class="ep-note-label">Writer's note<\/span> try a warmer opening<\/div>/);
  assert.doesNotMatch(page, /empathy-lint-disable-next-line/, 'directives are not shown');
  assert.match(page, /<input type="checkbox" data-action="notes"> Writer's notes/, 'a toggle for the notes');
  assert.doesNotMatch(renderStandalonePage('Agent: Hello.\n'), /<input type="checkbox" data-action="notes">/, 'no toggle without notes');
});

test('a linear scenario has no section map or walk controls, and ends with "End of call"', () => {
  const page = renderStandalonePage('Customer: Hi.\nAgent: Hello, how can I help?\n', { fileName: 'hello.scenario' });
  assert.doesNotMatch(page, /class="ep-map"/);
  assert.doesNotMatch(page, /data-action="mode-walk"/);
  assert.match(page, /data-action="play"/);
  assert.match(page, /<div class="ep-end"><span>End of call<\/span><\/div>/);
  assert.match(page, /<h1 class="ep-title">Hello<\/h1>/, 'title from the file name when there is no front matter');
});

test('the index page links every script with its counts, escaped', () => {
  const view = buildCallView(BRANCHING);
  const page = renderIndexPage([
    { href: 'a%20b.callscript.html', path: 'a b.callscript', view },
    { href: 'x.html', path: '<x>.scenario', view: buildCallView('Agent: Hi.') },
  ]);
  assert.match(page, /<a href="a%20b\.callscript\.html">/);
  assert.ok(page.includes('&lt;x&gt;.scenario'));
  assert.match(page, new RegExp(`${view.counts.warn} warnings`));
  assert.equal(count(page, /<script\b/i), 0);
});
