import type { GenerationError } from '../core/generation/generationError';
import type { ModelProfile } from './modelProfiles';
import { THINKING_LEVELS, type ThinkingLevel } from './modelTable';

/**
 * The built-in table is our reading of the docs, not the API's word: when Gemini rejects a
 * request's thinking settings (messages as in test/fixtures/gemini/400-thinking-*.json), the
 * rejection says what the model takes instead. The corrected profile is kept for the session and
 * the request sent again once; anything else stays a bad request.
 */
export function correctedThinking(profile: ModelProfile, failure: GenerationError): ModelProfile | undefined {
  if (failure.kind !== 'bad-request') return undefined;
  const message = failure.message;
  if (/Thinking budget is not supported/i.test(message)) {
    return withThinking(profile, { by: 'level', levels: ['low', 'medium', 'high'], defaultLevel: 'medium' });
  }
  if (/Thinking level is not supported/i.test(message)) {
    return withThinking(profile, { by: 'budget', minBudget: 0, maxBudget: 24_576 });
  }
  const allowed = /is not a supported thinking level[^.]*\.\s*Allowed values are:\s*([a-z,\s]+)/i.exec(message)?.[1];
  if (allowed && profile.thinking.by === 'level') {
    const levels = THINKING_LEVELS.filter((level) =>
      allowed
        .toLowerCase()
        .split(/[\s,]+/)
        .includes(level),
    );
    if (levels.length > 0 && levels.join() !== profile.thinking.levels.join()) return withThinking(profile, { ...profile.thinking, levels: levels as ThinkingLevel[] });
  }
  if (/Budget 0 is invalid.*only works in thinking mode/i.test(message) && profile.thinking.by === 'budget' && profile.thinking.minBudget < 128) {
    return withThinking(profile, { ...profile.thinking, minBudget: 128 });
  }
  return undefined;
}

function withThinking(profile: ModelProfile, thinking: ModelProfile['thinking']): ModelProfile | undefined {
  return JSON.stringify(thinking) === JSON.stringify(profile.thinking) ? undefined : { ...profile, thinking };
}
