// `front-matter`: front matter the parser could not read (not valid YAML, not closed, an unknown
// situation). An error by default: the situation decides which rules apply.
import type { DocumentRule } from '../rule-kit/rule.js';
import { parseProblems } from '../rule-kit/parse-problems.js';

export const frontMatter: DocumentRule = {
  id: 'front-matter',
  description: 'Flags front matter that is not valid YAML, is not closed, or names an unknown situation.',
  defaultSeverity: 'error',
  fixable: false,
  tags: ['structure'],
  check: (document) => parseProblems(document, 'front-matter'),
};
