// The --help text and the --print-rules list, kept beside the options they describe (args.ts). Rule
// IDs come from the registry, so neither can miss a rule.
import { DOCS_INDEX, RULE_METAS } from '../engine/index.js';

/** Width the rule-ID list of --help wraps at. */
const HELP_WIDTH = 88;

/** Every rule ID, comma-separated, wrapped under an indent. */
function ruleIdLines(indent: string): string {
  const lines: string[] = [];
  let line = indent;
  for (const [i, id] of RULE_METAS.map((m) => m.id).entries()) {
    const word = i < RULE_METAS.length - 1 ? `${id}, ` : id;
    if (line.length + word.trimEnd().length > HELP_WIDTH && line.trim()) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += word;
  }
  return [...lines, line.trimEnd()].join('\n');
}

/** `--print-rules`: one rule a line, its ID, default severity, whether --fix fixes it, and what it flags. */
export function rulesTable(): string {
  const width = Math.max(...RULE_METAS.map((m) => m.id.length));
  return RULE_METAS.map((m) => `${m.id.padEnd(width)}  ${m.defaultSeverity.padEnd(5)}  ${(m.fixable ? 'fixable' : '').padEnd(7)}  ${m.description}\n`).join('');
}

export const HELP = `Usage: empathy-lint [options] [files|dirs|globs...]
       empathy-lint preview FILE [-o out.html] [--all DIR]

Lints customer-service call scripts (.callscript) and mock-call scenarios (.scenario)
for empathy mistakes. Directories are searched for *.scenario and *.callscript files
(node_modules and .git are skipped); with no targets, the current directory is linted.

Options:
  -f, --format <name>      stylish (default), json (ESLint's shape), sarif (2.1.0), github
      --fix                apply the safe fixes to the files
      --fix-dry-run        compute the fixes without writing (json shows "output")
      --max-warnings <n>   exit 1 when there are more than n warnings
                           (default 0: any finding fails; -1: warnings never fail)
  -c, --config <file>      use this config instead of the nearest .empathylintrc.json
      --rule <id:sev>      set a rule's severity (off, warn, error); repeatable
      --changed-since <ref>
                           report only lines added or changed since a git ref
      --quiet              report errors only
      --suggestions        with --format json: every ranked rewrite per message, not only the safe fix
      --stdin              lint standard input instead of files
      --stdin-filename <f> the file name stdin stands for (config lookup, report)
      --concurrency <n>    threads to lint on: auto (default: idle cores, large runs), off, or a number
  -o, --output-file <file> write the report to a file instead of stdout (missing folders are created)
      --color, --no-color  force colors on or off (default: on a terminal, unless NO_COLOR)
      --print-rules        list every rule with its default severity and what it flags
  -h, --help               show this help
  -v, --version            show the version

Preview: \`empathy-lint preview FILE\` writes FILE.html next to the script (\`-o out.html\`
to choose, \`-o -\` for stdout); \`preview --all DIR\` writes a page per script and
index.html into DIR itself unless -o names another folder. See empathy-lint preview --help.

Exit codes: 0 clean (no errors, warnings within --max-warnings), 1 lint errors or more
warnings than --max-warnings, 2 usage or I/O error (bad option, missing file, bad config).

Config: .empathylintrc.json, the nearest one up the tree from each file, e.g.
  {"rules": {"policy-apology": "off", "rote-empathy": ["error", {}]},
   "speakers": {"agent": ["Rep"], "customer": ["Caller"]},
   "phrases": [{"text": "no problem", "replacement": "certainly"}]}
Rule IDs (for --rule and "rules"; --print-rules says what each flags):
${ruleIdLines('  ')}
Rules: ${DOCS_INDEX}
`;
