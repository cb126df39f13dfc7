// Compiling the engine's patterns. V8 runs a new regular expression in its bytecode interpreter first
// and compiles it to machine code once it is used again; making that bytecode is slow for large
// alternations (about four times the cost of the machine code for the phrase families: ~150 ms of
// every CLI run). V8 skips the interpreter when the first subject is long (1,000 characters or more),
// so each large pattern is first run once on a long line of dots, which no pattern matches quickly
// and none can backtrack on.
const PRIMER = '.'.repeat(1024);

const PRIMED = new WeakSet<RegExp>();

/** The pattern, compiled to machine code on its first use (no interpreter step); returns it. */
export function warmed(re: RegExp): RegExp {
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
