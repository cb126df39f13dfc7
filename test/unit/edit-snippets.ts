// Text an edit may insert, for the property tests that hold an incremental lint to a lint from scratch
// (resume.test.ts, edit-chain.test.ts): every kind of line and the pieces that join or split them.

/** Inserted by both tests: plain characters, line breaks, a continuation, turns that change the findings, a comment. */
export const EDIT_SNIPPETS: readonly string[] = [
  '',
  'x',
  '\n',
  '\n  and more',
  "\nAgent: I'm sorry, but that's our policy.",
  '\nCustomer: My father passed away last week.',
  ' calm down',
  '\nAgent: I understand.',
  '// note\n',
  '\n\n',
];

/** What the parse must also take over or read again: placeholders, label-less lines, directives, stage directions, jumps, misspelt labels. */
export const PARSE_SNIPPETS: readonly string[] = [
  '\nAgent: I understand, {name}.',
  '\nno label here',
  '\n// empathy-lint-disable-next-line rote-empathy -- said on purpose\n',
  '\n[pause]\n',
  '\n[Customer crying]\n',
  '\n-> nowhere\n',
  '\nAgnet: Hello.',
  'Agent: ',
];
