// The rule registry: one import per rule file (rules read the conversation along its paths;
// document rules read the document once). A test checks every rule file is listed here,
// documented in docs/rules/ and in the README table.
import { blameAcceptance } from './blame-acceptance.js';
import { condescendingSympathy } from './condescending-sympathy.js';
import { customerBlame } from './customer-blame.js';
import { customerName } from './customer-name.js';
import { dismissivePhrasing } from './dismissive-phrasing.js';
import { earlyPersonalization } from './early-personalization.js';
import { falseReassurance } from './false-reassurance.js';
import { impersonalApology } from './impersonal-apology.js';
import { missingOwnership } from './missing-ownership.js';
import { patronizingTone } from './patronizing-tone.js';
import { policyApology } from './policy-apology.js';
import { presumedFeelings } from './presumed-feelings.js';
import type { DocumentRule, Rule } from '../rule-kit/rule.js';
import { customPhrase } from './custom-phrase.js';
import { frontMatter } from './front-matter.js';
import { scriptStructure } from './script-structure.js';
import { roteEmpathy } from './rote-empathy.js';
import { unacknowledgedEmotion } from './unacknowledged-emotion.js';

export const ALL_RULES: readonly Rule[] = [
  policyApology,
  earlyPersonalization,
  condescendingSympathy,
  patronizingTone,
  dismissivePhrasing,
  presumedFeelings,
  falseReassurance,
  customerBlame,
  impersonalApology,
  unacknowledgedEmotion,
  roteEmpathy,
  blameAcceptance,
  missingOwnership,
  customerName,
];

/** Rules that read the whole document once, reported after the conversation rules. */
export const DOCUMENT_RULES: readonly DocumentRule[] = [customPhrase, scriptStructure, frontMatter];
