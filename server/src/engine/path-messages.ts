// Where a finding was found in a branching script: the path as a chain of sections linked to their
// parents (paths share their beginnings instead of being copied per visit), its names, and the
// messages that quote it.
import { ownCopy } from './text-cache.js';

/** A section on a path, linked to the one before it: paths share their beginnings instead of being copied per visit. */
export interface PathNode {
  readonly name: string;
  readonly parent: PathNode | null;
  readonly depth: number;
  /** The names from the start, made when a finding first needs them. */
  names?: string[];
  /** The path as messages show it. */
  described?: string;
}

export const NO_NAMES: string[] = [];

/** The section names from the start to `node`, made once per node. */
export function namesOf(node: PathNode | null): string[] {
  if (!node) return NO_NAMES;
  if (!node.names) {
    const names = new Array<string>(node.depth);
    for (let n: PathNode | null = node, i = node.depth - 1; n; n = n.parent, i--) names[i] = n.name;
    node.names = names;
  }
  return node.names;
}

/**
 * A message with the path it was found on, one string per path as described and message, shared by
 * every node and file that describe their path alike: findings are many, and a report writer that
 * looks messages up then meets the same string objects (whose hashes V8 keeps) instead of equal copies.
 */
export function messageOnPath(node: PathNode, message: string): string {
  const described = (node.described ??= describePath(namesOf(node)));
  let messages = PATH_MESSAGES.get(described);
  if (!messages) {
    if (PATH_MESSAGES.size >= MAX_DESCRIBED_PATHS) PATH_MESSAGES.clear();
    PATH_MESSAGES.set(ownCopy(described), (messages = new Map()));
  }
  let full = messages.get(message);
  if (full === undefined) {
    // Copies: a message may quote the script (a name from its front matter), and the map outlives it.
    full = ownCopy(`${message} (path: ${described})`);
    if (messages.size < MAX_MESSAGES_PER_PATH) messages.set(ownCopy(message), full);
  }
  return full;
}

/** Messages on a path, by the path as described, then by the message. */
const PATH_MESSAGES = new Map<string, Map<string, string>>();
/** Bounds: enough for a big run's repeats, at most ~16,000 messages (a few MB) held by a long-running server. */
const MAX_DESCRIBED_PATHS = 512;
const MAX_MESSAGES_PER_PATH = 32;

/**
 * "opening -> upset -> refund", written as the script writes its choices. ASCII on purpose: one
 * non-ASCII character makes a whole JSON report a two-byte string (measured ~5% of a CLI run).
 */
function describePath(path: readonly string[]): string {
  if (path.length <= 6) return path.join(' -> ');
  return [...path.slice(0, 3), '...', ...path.slice(-2)].join(' -> ');
}
