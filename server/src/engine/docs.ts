// Docs links are derived here and nowhere else, so diagnostics, SARIF and the README agree.
export const DOCS_BASE = 'https://github.com/empathy-lint/empathy-lint/blob/main/docs/rules/';

const URLS = new Map<string, string>();

/** The rule's page (one string per rule: every finding carries it). */
export function docsUrl(ruleId: string): string {
  let url = URLS.get(ruleId);
  if (url === undefined) {
    url = `${DOCS_BASE}${ruleId}.md`;
    // Bounded all the same: findings carry the known rules' IDs, a few dozen.
    if (URLS.size < 64) URLS.set(ruleId, url);
  }
  return url;
}
