import type { Settings } from '../config/settings';
import { outputBudget } from '../generation/requestSettings';
import type { GenerateRequest, ThinkingEffort } from '../generation/textGenerator';
import type { ContinuityPrompt } from './prompts';

/** The settings a continuity call is built from. */
export type ContinuitySettings = Pick<Settings, 'model' | 'stageModels' | 'temperature' | 'thinking' | 'thinkingBudget' | 'maxOutputTokens' | 'rateLimit.maxConcurrent'>;

/** Extraction lists what is on the page; a check and a rewrite judge it against the bible, which rewards thought. */
export type ContinuityTask = 'extract' | 'check' | 'rewrite';

const AUTO_THINKING: Readonly<Record<ContinuityTask, ThinkingEffort>> = { extract: 'low', check: 'medium', rewrite: 'low' };

/** Continuity is an editor's job: it uses the revision's model (the writer's choice for judging a chapter). */
export function continuityModel(settings: ContinuitySettings): string {
  return settings.stageModels.revision ?? settings.model;
}

export function continuityRequest(prompt: ContinuityPrompt, task: ContinuityTask, settings: ContinuitySettings): GenerateRequest {
  const thinking = settings.thinking === 'auto' ? AUTO_THINKING[task] : settings.thinking;
  return {
    model: continuityModel(settings),
    prompt: prompt.prompt,
    systemInstruction: prompt.systemInstruction,
    ...(settings.temperature !== null ? { temperature: settings.temperature } : {}),
    maxOutputTokens: settings.maxOutputTokens > 0 ? settings.maxOutputTokens : outputBudget(prompt.replyWords, thinking),
    thinking,
    ...(settings.thinkingBudget >= 0 ? { thinkingBudget: settings.thinkingBudget } : {}),
  };
}
