import type { FindingSeverity } from '../findings/finding';

/**
 * The style rules: their ids (what a writer types in `storyWriter.style.disabledRules` and sees as
 * a diagnostic's code), severities and one-line explanations. Every check in `checks/` reports
 * under one of these ids; nothing else names a rule.
 */
export const STYLE_RULE_IDS = [
  'stock-phrase',
  'repeated-phrase',
  'repeated-opening',
  'flat-rhythm',
  'adverb-density',
  'tag-adverb',
  'said-bookism',
  'pov-slip',
  'tense-slip',
] as const;

export type StyleRuleId = (typeof STYLE_RULE_IDS)[number];

export interface StyleRuleFacts {
  readonly severity: FindingSeverity;
  /** Why it matters, in one sentence a writer can act on; appended to every finding's message. */
  readonly explanation: string;
}

export const STYLE_RULES: Readonly<Record<StyleRuleId, StyleRuleFacts>> = {
  'stock-phrase': {
    severity: 'warning',
    explanation: 'A stock phrase readers recognise from machine-written fiction; say the specific thing this scene needs instead.',
  },
  'repeated-phrase': {
    severity: 'information',
    explanation: 'The same wording recurs across chapters; a repeated image reads as a tic unless it is a deliberate motif.',
  },
  'repeated-opening': {
    severity: 'information',
    explanation: 'Many sentences across the story open with the same words; vary how sentences begin.',
  },
  'flat-rhythm': {
    severity: 'information',
    explanation: 'A run of sentences of nearly the same length reads as monotonous; mix short and long sentences.',
  },
  'adverb-density': {
    severity: 'information',
    explanation: 'Dense adverbs and intensifiers weaken prose; a stronger verb or noun usually says it better.',
  },
  'tag-adverb': {
    severity: 'information',
    explanation: 'An adverb on a dialogue tag tells the reader how a line was said; let the line (or an action) show it.',
  },
  'said-bookism': {
    severity: 'information',
    explanation: 'A showy dialogue tag draws the eye from the dialogue; "said" and "asked" are invisible.',
  },
  'pov-slip': {
    severity: 'warning',
    explanation: 'The brief asks for third-person narration, but the narration says "I" outside dialogue and italic thought.',
  },
  'tense-slip': {
    severity: 'warning',
    explanation: 'The chapter is narrated in the past tense, but this narration is in the present.',
  },
};

export function isStyleRuleId(value: string): value is StyleRuleId {
  return (STYLE_RULE_IDS as readonly string[]).includes(value);
}
