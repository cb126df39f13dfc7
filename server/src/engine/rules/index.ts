// The rule registry: one import per rule file. A test checks every file in this folder is listed here.
import type { Rule } from './rule.js';

export const ALL_RULES: readonly Rule[] = [];
