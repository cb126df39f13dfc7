// The one error type the CLI reports as a single line with exit code 2 (I/O, config, git).

/** A problem that stops the run: printed as `empathy-lint: <message>`, exit code 2. */
export class CliError extends Error {}

/** A mistake on the command line: like CliError, with a pointer to --help. */
export class UsageError extends CliError {}
