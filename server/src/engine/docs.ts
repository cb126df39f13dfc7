// Docs links are derived here and nowhere else, so diagnostics, SARIF and the README agree.
export const DOCS_BASE = 'https://github.com/empathy-lint/empathy-lint/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
