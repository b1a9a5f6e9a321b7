import type { GenerateRequest, ThinkingEffort } from '../core/generation/textGenerator';
import type { ModelProfile } from './modelProfiles';
import { THINKING_LEVELS, type ThinkingLevel } from './modelTable';
import type { GenerationConfig, WireThinkingLevel } from './sdkClient';

/**
 * A request's model-neutral wishes as the generation config its model accepts: thinking as a
 * level (3.5 and later) or a budget (2.5), never both and never one the model rejects;
 * temperature only when asked for and honoured; the output budget within the model's limit.
 */
export function generationConfigFor(request: GenerateRequest, model: ModelProfile, jsonSchema?: Record<string, unknown>): GenerationConfig {
  const thinkingConfig = thinkingConfigFor(request, model);
  return {
    ...(request.temperature !== undefined && model.sampling === 'honoured' ? { temperature: request.temperature } : {}),
    maxOutputTokens: Math.min(request.maxOutputTokens ?? model.outputTokenLimit, model.outputTokenLimit),
    ...(thinkingConfig ? { thinkingConfig } : {}),
    ...(jsonSchema ? { responseMimeType: 'application/json', responseJsonSchema: jsonSchema } : {}),
  };
}

/** Budgets for models that think by budget, per effort (`minimal` is as low as the model goes). */
const BUDGET_OF: Readonly<Record<ThinkingEffort, number>> = { minimal: 0, low: 1_024, medium: 8_192, high: 24_576 };

function thinkingConfigFor(request: GenerateRequest, model: ModelProfile): GenerationConfig['thinkingConfig'] {
  const control = model.thinking;
  switch (control.by) {
    case 'level': {
      if (request.thinking === undefined) return undefined;
      return { thinkingLevel: wireLevel(nearestLevel(request.thinking, control.levels)) };
    }
    case 'budget': {
      const budget = request.thinkingBudget ?? (request.thinking === undefined ? undefined : BUDGET_OF[request.thinking]);
      if (budget === undefined) return undefined;
      return { thinkingBudget: Math.min(control.maxBudget, Math.max(control.minBudget, budget)) };
    }
    case 'none':
      return undefined;
  }
}

/** The wanted level if the model has it, else the nearest above (minimal → low), else the highest. */
export function nearestLevel(wanted: ThinkingLevel, levels: readonly ThinkingLevel[]): ThinkingLevel {
  if (levels.includes(wanted)) return wanted;
  const rank = THINKING_LEVELS.indexOf(wanted);
  const above = THINKING_LEVELS.slice(rank).find((level) => levels.includes(level));
  return above ?? levels[levels.length - 1] ?? wanted;
}

function wireLevel(level: ThinkingLevel): WireThinkingLevel {
  return level.toUpperCase() as WireThinkingLevel;
}

/**
 * The retry after thinking used the whole output budget: a larger budget (doubled, within the
 * model's limit) and the least thinking the model accepts. Undefined when there is nothing left
 * to change.
 */
export function thinkingRecovery(config: GenerationConfig, model: ModelProfile): GenerationConfig | undefined {
  const budget = config.maxOutputTokens ?? model.outputTokenLimit;
  const larger = Math.min(model.outputTokenLimit, budget * 2);
  const least = leastThinking(model);
  const sameThinking = JSON.stringify(config.thinkingConfig) === JSON.stringify(least);
  if (larger <= budget && sameThinking) return undefined;
  return { ...config, maxOutputTokens: Math.max(budget, larger), ...(least ? { thinkingConfig: least } : {}) };
}

function leastThinking(model: ModelProfile): GenerationConfig['thinkingConfig'] {
  const control = model.thinking;
  switch (control.by) {
    case 'level':
      return { thinkingLevel: wireLevel(control.levels[0] ?? 'low') };
    case 'budget':
      return { thinkingBudget: control.minBudget };
    case 'none':
      return undefined;
  }
}
