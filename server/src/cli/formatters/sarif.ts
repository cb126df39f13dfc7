// SARIF 2.1.0 for code scanning: rule metadata (with help links) from RULE_METAS, one result per finding.
import { pathToFileURL } from 'node:url';
import { RULE_METAS, type RuleMeta, type Severity } from '../../engine/index.js';
import type { FormatContext } from './context.js';
import type { EslintMessage, FileReport } from '../report.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/empathy-lint/empathy-lint';
const SRCROOT = '%SRCROOT%';

type Level = 'none' | 'note' | 'warning' | 'error';
const LEVELS: Record<Severity, Level> = { off: 'none', warn: 'warning', error: 'error' };

/** The whole SARIF log as pretty-printed JSON. */
export function formatSarif(reports: readonly FileReport[], context: FormatContext): string {
  const ruleIndex = new Map(RULE_METAS.map((m, i) => [m.id, i] as const));
  const rootUri = directoryUri(context.cwd);
  const artifacts: { location: ArtifactLocation }[] = [];
  const results: unknown[] = [];
  for (const report of reports) {
    const location = artifactLocation(report.filePath, rootUri);
    const index = artifacts.push({ location }) - 1;
    for (const m of report.messages) results.push(sarifResult(m, { ...location, index }, ruleIndex.get(m.ruleId)));
    // Silenced findings stay in the log, marked as suppressed in the source with the directive's reason:
    // code scanning shows them as dismissed, so a reviewer sees what was waved through and why.
    for (const m of report.suppressedMessages) {
      const suppressions = (m.suppressions ?? []).map((s) => ({ kind: 'inSource', ...(s.justification ? { justification: s.justification } : {}) }));
      results.push({ ...sarifResult(m, { ...location, index }, ruleIndex.get(m.ruleId)), suppressions });
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'empathy-lint', version: context.version, informationUri: INFORMATION_URI, rules: RULE_METAS.map(sarifRule) } },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri } },
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

function sarifRule(meta: RuleMeta) {
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    helpUri: meta.docsUrl,
    help: { text: `${meta.description} See ${meta.docsUrl}` },
    defaultConfiguration: { level: LEVELS[meta.defaultSeverity], enabled: meta.defaultSeverity !== 'off' },
    properties: { tags: meta.tags, fixable: meta.fixable },
  };
}

function sarifResult(m: EslintMessage, location: ArtifactLocation, ruleIndex: number | undefined) {
  const region = { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
  return {
    ruleId: m.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: m.severity === 2 ? 'error' : 'warning',
    message: { text: m.message },
    locations: [{ physicalLocation: { artifactLocation: location, region } }],
    ...(m.fix
      ? {
          fixes: [
            {
              description: { text: 'Apply the suggested rewrite' },
              artifactChanges: [
                {
                  artifactLocation: location,
                  replacements: [{ deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] }, insertedContent: { text: m.fix.text } }],
                },
              ],
            },
          ],
        }
      : {}),
  };
}

/** A file under the working directory is relative to %SRCROOT% (what code scanning expects); others are absolute file URIs. */
function artifactLocation(filePath: string, rootUri: string): ArtifactLocation {
  const uri = pathToFileURL(filePath).href;
  return uri.startsWith(rootUri) ? { uri: uri.slice(rootUri.length), uriBaseId: SRCROOT } : { uri };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
