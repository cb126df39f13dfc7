// Phrase families as data a trainer can read: one alternative a line instead of one regular
// expression thousands of characters wide. `oneOf` compiles the lines back into the single
// alternation the matcher runs (so the speed work stays: the same regex as before).
//
//   re: new RegExp(String.raw`\b${oneOf(String.raw`
//     calm\s+down
//     relax
//   `)}\b`)
//
// Each non-empty line is one alternative (regular-expression syntax, matched against the
// lower-cased agent text), with leading and trailing spaces ignored. Lines starting with `//` are
// comments.

/** The alternatives written one a line, as one non-capturing group: `(?:a|b|…)`. */
export function oneOf(lines: string): string {
  const alternatives = lines
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'));
  return `(?:${alternatives.join('|')})`;
}
