/**
 * What the Gemini API does not report about a model: whether it thinks by level or by budget,
 * which levels it takes, and whether it honours sampling parameters. `models.get` reports the
 * rest (output limit, whether it thinks). Sources, 2026-11: the Gemini API thinking guide
 * (3.5 and later take `thinkingConfig.thinkingLevel` and reject `thinkingBudget`; sending both is
 * a 400; 3.7/3.8 Flash take LOW, MEDIUM (default), HIGH; 3.5 Flash-Lite and 3.6 Flash also
 * MINIMAL; 2.5 Pro rejects a budget of 0), and the Gemini 3 prompting guide (leave temperature
 * at 1.0; sampling parameters deprecated from 3.6).
 */

import { THINKING_EFFORTS, type ThinkingEffort } from '../core/generation/textGenerator';

/** The levels, lowest first: the core's model-neutral efforts are the API's level names. */
export const THINKING_LEVELS = THINKING_EFFORTS;
export type ThinkingLevel = ThinkingEffort;

/** How a model is told how much to think. */
export type ThinkingControl =
  | { readonly by: 'level'; readonly levels: readonly ThinkingLevel[]; readonly defaultLevel: ThinkingLevel }
  /** `minBudget` > 0: the model cannot turn thinking off (2.5 Pro). */
  | { readonly by: 'budget'; readonly minBudget: number; readonly maxBudget: number }
  | { readonly by: 'none' };

/** Whether a request may carry `temperature`. */
export type SamplingSupport = 'honoured' | 'deprecated';

export interface ModelTraits {
  readonly family: string;
  readonly thinking: ThinkingControl;
  readonly sampling: SamplingSupport;
  /** Used when `models.get` does not say. */
  readonly outputTokenLimit: number;
}

/** The recommended model for new users (the SDK 3.3.0 README's example model). */
export const DEFAULT_MODEL = 'gemini-3.8-flash';

const LEVELS_WITH_MINIMAL: readonly ThinkingLevel[] = ['minimal', 'low', 'medium', 'high'];
const LEVELS_WITHOUT_MINIMAL: readonly ThinkingLevel[] = ['low', 'medium', 'high'];

interface TraitRule {
  readonly test: RegExp;
  readonly traits: ModelTraits;
}

/** First match wins; ids are matched without the `models/` prefix. */
const RULES: readonly TraitRule[] = [
  rule(/^gemini-3\.5-flash-lite|^gemini-flash-lite-latest$/, '3.5-flash-lite', level(LEVELS_WITH_MINIMAL), 'deprecated', 65_536),
  rule(/^gemini-3\.6-flash/, '3.6-flash', level(LEVELS_WITH_MINIMAL), 'deprecated', 65_536),
  rule(/^gemini-3\.[78]-flash|^gemini-flash-latest$/, '3.8-flash', level(LEVELS_WITHOUT_MINIMAL), 'deprecated', 65_536),
  rule(/^gemini-3\.5-flash/, '3.5-flash', level(LEVELS_WITHOUT_MINIMAL), 'honoured', 65_536),
  rule(/^gemini-3\.\d+-pro|^gemini-pro-latest$/, '3-pro', level(LEVELS_WITHOUT_MINIMAL), 'honoured', 65_536),
  rule(/^gemini-[4-9]/, '4', level(LEVELS_WITHOUT_MINIMAL), 'deprecated', 65_536),
  rule(/^gemini-3/, '3', level(LEVELS_WITHOUT_MINIMAL), 'honoured', 65_536),
  rule(/^gemini-2\.5-pro/, '2.5-pro', { by: 'budget', minBudget: 128, maxBudget: 32_768 }, 'honoured', 65_536),
  rule(/^gemini-2\.5-flash-lite/, '2.5-flash-lite', { by: 'budget', minBudget: 0, maxBudget: 24_576 }, 'honoured', 65_536),
  rule(/^gemini-2\.5/, '2.5-flash', { by: 'budget', minBudget: 0, maxBudget: 24_576 }, 'honoured', 65_536),
];

/** Models nobody has described yet: no thinking parameter, sampling as the writer sets it. */
const UNKNOWN: ModelTraits = { family: 'unknown', thinking: { by: 'none' }, sampling: 'honoured', outputTokenLimit: 8_192 };

export function traitsOf(model: string): ModelTraits {
  const id = bareModelId(model);
  return RULES.find((r) => r.test.test(id))?.traits ?? UNKNOWN;
}

/**
 * A current model to use instead of a retired or unavailable one, in the same tier of the
 * family (Pro for Pro, Flash-Lite for Flash-Lite, else Flash).
 */
export function replacementFor(model: string): string {
  const id = bareModelId(model);
  if (/pro/.test(id)) return 'gemini-3.1-pro-preview';
  if (/lite/.test(id)) return 'gemini-3.5-flash-lite';
  return DEFAULT_MODEL;
}

export function bareModelId(model: string): string {
  return model.replace(/^models\//, '');
}

function rule(test: RegExp, family: string, thinking: ThinkingControl, sampling: SamplingSupport, outputTokenLimit: number): TraitRule {
  return { test, traits: { family, thinking, sampling, outputTokenLimit } };
}

function level(levels: readonly ThinkingLevel[]): ThinkingControl {
  return { by: 'level', levels, defaultLevel: 'medium' };
}
