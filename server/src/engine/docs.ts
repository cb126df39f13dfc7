// Docs links are derived here and nowhere else, so diagnostics, SARIF, the schema and --help agree.
// They point at the release's tag, as markdownlint's do (`blob/v<version>/doc/`): a user of 0.1.0
// reads the page of the rule they run, not one rewritten for a later release. Releasing therefore
// means tagging `v<version>`.
import { version } from '../../../package.json';

const REPOSITORY = 'https://github.com/empathy-lint/empathy-lint';
/** The git tag of this release. */
export const DOCS_VERSION = `v${version}`;
/** The folder of rule pages at this release's tag. */
export const DOCS_BASE = `${REPOSITORY}/blob/${DOCS_VERSION}/docs/rules/`;
/** The rule pages listed, at this release's tag (for --help). */
export const DOCS_INDEX = `${REPOSITORY}/tree/${DOCS_VERSION}/docs/rules`;

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
