// What the real API rejects about thinking, and how much a model thinks: thinking tokens count
// against `maxOutputTokens`, so a model that thinks long leaves less room for the text.
// Messages are Gemini's own (test/fixtures/gemini/400-thinking-*.json).
import { errorBody, type ErrorBody } from './errorBodies';
import type { ParsedGenerateBody } from './geminiRequest';
import { thinkingOf } from './models';
import type { Prng } from './prng';
import type { FakeModelInfo, FakeThinkingLevel } from './types';

/** The 400 Gemini answers this request's thinking settings with, if any. */
export function thinkingRejection(model: FakeModelInfo, parsed: ParsedGenerateBody): ErrorBody | undefined {
  const { thinkingBudget: budget, thinkingLevel: level } = parsed;
  if (budget !== undefined && level !== undefined) {
    return errorBody(
      400,
      'Unable to submit request because thinking_budget and thinking_level are not supported together.. Learn more: https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/gemini',
    );
  }
  const thinking = thinkingOf(model);
  if (thinking.by === 'level') {
    if (budget !== undefined) return errorBody(400, 'Thinking budget is not supported for this model.');
    if (level !== undefined && !thinking.levels.includes(level)) {
      const allowed = [...thinking.levels].reverse().join(', ');
      return errorBody(400, `'${level}' is not a supported thinking level for this model. Allowed values are: ${allowed}.`);
    }
    return undefined;
  }
  if (level !== undefined) return errorBody(400, 'Thinking level is not supported for this model.');
  if (thinking.by === 'budget' && budget !== undefined && budget >= 0 && budget < thinking.minBudget) {
    return errorBody(400, `Budget ${budget} is invalid. This model only works in thinking mode.`);
  }
  return undefined;
}

/** Thinking tokens at each level: a range the seeded generator picks from. */
const LEVEL_THOUGHTS: Readonly<Record<FakeThinkingLevel, readonly [number, number]>> = {
  minimal: [0, 40],
  low: [60, 400],
  medium: [400, 1_500],
  high: [1_500, 5_000],
};

/** Thinking tokens this reply spends, or undefined for a reply without thinking. */
export function thoughtsTokens(model: FakeModelInfo, parsed: ParsedGenerateBody, rng: Prng): number | undefined {
  const thinking = thinkingOf(model);
  switch (thinking.by) {
    case 'none':
      return undefined;
    case 'level': {
      const [min, max] = LEVEL_THOUGHTS[parsed.thinkingLevel ?? 'medium'];
      return rng.int(min, max);
    }
    case 'budget': {
      const budget = parsed.thinkingBudget;
      if (budget === 0 || (budget === undefined && thinking.offByDefault)) return undefined;
      const natural = rng.int(20, 400);
      return budget !== undefined && budget > 0 ? Math.min(budget, natural) : natural;
    }
  }
}
