// The rule registry: one import per rule file. A test checks every rule file is listed here,
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
import type { Rule } from './rule.js';
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
