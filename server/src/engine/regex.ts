// Compiling the engine's patterns, which are many and large, cheaply:
// - Text is matched lower-cased (ASCII letters only, so offsets and every other character stay) by
//   patterns lower-cased the same way, without the `i` flag: the same matches, and V8 compiles a
//   case-insensitive pattern about three times slower (12 ms against 3.6 ms for the resolution pattern).
// - V8 runs a new pattern in its bytecode interpreter first and compiles it to machine code once it is
//   used again; making that bytecode is slow for large alternations (~150 ms of every CLI run before
//   this). It skips the interpreter when the first subject is long (1,000 characters or more), so each
//   pattern is first run on a long line of dots, which no pattern matches and none backtracks on.
const PRIMER = '.'.repeat(1024);

const PRIMED = new WeakSet<RegExp>();

/** The pattern, compiled to machine code on its first use (no interpreter step); returns it. */
function warmed(re: RegExp): RegExp {
  if (PRIMED.has(re)) return re;
  PRIMED.add(re);
  re.test(PRIMER);
  re.lastIndex = 0;
  return re;
}

/** One compiled (and warmed) form per source object, made on first use: patterns are data, compiled once. */
export function compiledOnce<K extends object>(cache: WeakMap<K, RegExp>, key: K, compile: () => RegExp): RegExp {
  let re = cache.get(key);
  if (!re) {
    re = warmed(compile());
    cache.set(key, re);
  }
  return re;
}

/** ASCII letters lower-cased, nothing else touched: the same length, the same offsets. */
export function asciiLower(text: string): string {
  if (!/[A-Z]/.test(text)) return text;
  // All ASCII: the native lower-casing is the same and much faster than a replacement per run of capitals.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A pattern source with its ASCII letters lower-cased, except where a backslash gives a letter its
 * meaning (`\b`, `\S`, `\p{Lu}`, `\x4A`, `\cM`, `\k<Name>`). Run without `i` on `asciiLower` text it
 * matches what the original matches case-insensitively on the original text (a test checks every
 * engine pattern on real lines); group names are lower-cased with their references left alone, so
 * patterns with named groups are not for this.
 */
export function lowerSource(source: string): string {
  // One native pass (a loop per character took ~5 ms of every run over the engine's 80 KB of patterns).
  return source.replace(ESCAPE_OR_CAPITALS, (piece) => (piece.charCodeAt(0) === BACKSLASH ? piece : piece.toLowerCase()));
}

const BACKSLASH = 0x5c;

/**
 * An escape, taken whole (`\p{…}`, `\P{…}`, `\u{…}`, `\k<…>` to their closing bracket or the end;
 * `\xHH`, `\uHHHH`, `\cX`; any other backslash and the character after it), or a run of capitals.
 */
const ESCAPE_OR_CAPITALS = /\\(?:[pPuk](?:\{[^}]*\}?|<[^>]*>?)|x[\s\S]{0,2}|u[\s\S]{0,4}|c[\s\S]?|[\s\S]?)|[A-Z]+/g;

/** Every pattern converted so far, so a test can hold each conversion to the original. */
const CONVERTED = new Set<RegExp>();

/** `re` for `asciiLower` text: lower-cased, without `i`, global when asked. */
export function forLowerText(re: RegExp, global = false): RegExp {
  CONVERTED.add(re);
  const flags = re.flags.replace(/[ig]/g, '') + (global ? 'g' : '');
  return new RegExp(lowerSource(re.source), flags);
}

/** The original of every pattern converted for lower-cased text so far (for tests). */
export function convertedPatterns(): RegExp[] {
  return [...CONVERTED];
}

const ON_LOWER = new WeakMap<RegExp, RegExp>();
const GLOBAL_ON_LOWER = new WeakMap<RegExp, RegExp>();

/** `re` (compiled once, warmed) for testing `asciiLower` text. */
export const onLowerText = (re: RegExp): RegExp => compiledOnce(ON_LOWER, re, () => forLowerText(re));

/** The global twin of `re` (compiled once, warmed) for scanning every match in `asciiLower` text. */
export const globalOnLowerText = (re: RegExp): RegExp => compiledOnce(GLOBAL_ON_LOWER, re, () => forLowerText(re, true));
