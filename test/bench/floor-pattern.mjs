// The floor's single precompiled regular expression: the trigger phrases of the rule table in one
// case-insensitive alternation. Reading the files and one pass of this is the least any phrase
// linter must do; the engine is measured against it. Shared by the in-process and CLI floors.
export const FLOOR_PATTERN =
  /\b(?:sorry|apologi[sz]e|regret|policy|calm down|relax|not (?:a|that) big (?:of a )?deal|poor thing|feel sorry for you|as I (?:already )?(?:explained|said|told you)|like I (?:said|told you)|(?:it'?s|it is) (?:very )?simple|know (?:exactly )?how you(?:'re| are)? feel(?:ing)?|everything will be (?:fine|ok(?:ay)?)|(?:never|not) happen again|should have|that'?s on you|inconvenience|your fault|our (?:fault|mistake))\b/gi;

/** Matches of the floor pattern in `text` (one pass). */
export function countFloorMatches(text) {
  FLOOR_PATTERN.lastIndex = 0;
  let count = 0;
  while (FLOOR_PATTERN.exec(text) !== null) count++;
  return count;
}
