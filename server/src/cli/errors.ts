// The one error type the CLI reports as a single line with exit code 2 (I/O, config, git), and the
// wording of command-line mistakes in our own words (Node's parseArgs text quotes unevenly and talks
// about positionals, which is not what a user mistyping a flag needs).

/** A problem that stops the run: printed as `empathy-lint: <message>`, exit code 2. */
export class CliError extends Error {}

/** A mistake on the command line: like CliError, with a pointer to --help. */
export class UsageError extends CliError {}

/** Longest piece of user input quoted back in a message, so a usage line stays one readable line. */
const MAX_QUOTED = 60;

/** User input as quoted in a message, cut short when long. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value);
}

/** A parseArgs failure as one line of ours, e.g. `unknown option "--bogus"`; `prefix` names a subcommand ("preview: "). */
export function usageErrorFrom(error: unknown, prefix = ''): UsageError {
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    // "Unknown option '--bogus'. To specify a positional argument…": the option is between the first quote and "'. "
    const option = /^Unknown option '(.*?)'(?:\. |$)/s.exec(text)?.[1];
    return new UsageError(`${prefix}unknown option${option === undefined ? '' : ` ${quoted(option)}`}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const missing = /^Option '(?:-\w, )?(--[\w-]+)(?:[^\w'-][^']*)?' argument missing/.exec(text);
    if (missing) return new UsageError(`${prefix}${missing[1]} needs a value`);
    const extra = /^Option '(?:-\w, )?(--[\w-]+)(?:[^\w'-][^']*)?' does not take an argument/.exec(text);
    if (extra) return new UsageError(`${prefix}${extra[1]} takes no value`);
  }
  return new UsageError(`${prefix}${text.split('\n')[0]}`);
}
