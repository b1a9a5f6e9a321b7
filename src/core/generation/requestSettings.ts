import type { Settings, ThinkingSetting } from '../config/settings';
import type { ModelStage } from '../stages';
import type { StagePrompt } from '../prompts/stagePrompt';
import type { GenerateRequest, ThinkingEffort } from './textGenerator';

/**
 * A stage's prompt as a model-neutral request: which model, how much to think, how long the reply
 * may be. The generator maps each wish to what the model accepts (a level or a budget, the
 * model's output limit) and leaves out what it would reject.
 */

/**
 * `storyWriter.thinking: auto`. Planning stages (JSON) and drafting think little, so the output
 * budget goes to the text (thinking tokens count against it, and drafting is most of a run's
 * requests); revision judges a whole chapter against the bible and the outline, which rewards
 * more thought.
 */
export const AUTO_THINKING: Readonly<Record<ModelStage, ThinkingEffort>> = {
  concept: 'low',
  bible: 'low',
  outline: 'low',
  draft: 'low',
  revision: 'medium',
};

/** Output tokens set aside for thinking at each effort, on top of the reply itself. */
export const THINKING_ROOM: Readonly<Record<ThinkingEffort, number>> = {
  minimal: 1_024,
  low: 4_096,
  medium: 8_192,
  high: 16_384,
};

/** English prose runs ~1.3 tokens a word; the rest is margin for a reply that runs long. */
const TOKENS_PER_REPLY_WORD = 1.75;
/** A prompt that does not say how long its reply is (a test's, a fallback's). */
const DEFAULT_REPLY_WORDS = 2_000;

export type RequestSettings = Pick<Settings, 'temperature' | 'thinking' | 'thinkingBudget' | 'maxOutputTokens'>;

export function requestFor(prompt: StagePrompt, model: string, settings: RequestSettings): GenerateRequest {
  const thinking = thinkingFor(prompt.stage, settings.thinking);
  return {
    model,
    prompt: prompt.prompt,
    systemInstruction: prompt.systemInstruction,
    ...(settings.temperature !== null ? { temperature: settings.temperature } : {}),
    maxOutputTokens: settings.maxOutputTokens > 0 ? settings.maxOutputTokens : outputBudget(prompt.replyWords ?? DEFAULT_REPLY_WORDS, thinking),
    thinking,
    ...(settings.thinkingBudget >= 0 ? { thinkingBudget: settings.thinkingBudget } : {}),
  };
}

export function thinkingFor(stage: ModelStage, setting: ThinkingSetting): ThinkingEffort {
  return setting === 'auto' ? AUTO_THINKING[stage] : setting;
}

/** Tokens for a reply of `replyWords` plus the thinking before it. */
export function outputBudget(replyWords: number, thinking: ThinkingEffort): number {
  return Math.ceil(replyWords * TOKENS_PER_REPLY_WORD) + THINKING_ROOM[thinking];
}
