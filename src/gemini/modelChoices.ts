import { bareModelId, DEFAULT_MODEL, traitsOf } from './modelTable';
import type { ModelInfo } from './sdkClient';

/** A model as a picker shows it: what it is called, its limits, how it thinks. */
export interface ModelChoice {
  readonly id: string;
  readonly displayName: string;
  readonly inputTokenLimit?: number;
  readonly outputTokenLimit?: number;
  readonly thinking: 'by level' | 'by budget' | 'none';
  readonly recommended: boolean;
}

/**
 * The models a key can generate with, recommended first, then newest first by id (so
 * gemini-3.8-flash comes before gemini-3.5-flash), aliases last.
 */
export function modelChoices(models: readonly ModelInfo[]): ModelChoice[] {
  return models
    .filter((m) => m.name)
    .map((m): ModelChoice => {
      const id = bareModelId(m.name!);
      const thinking = traitsOf(id).thinking.by;
      return {
        id,
        displayName: m.displayName ?? id,
        ...(m.inputTokenLimit ? { inputTokenLimit: m.inputTokenLimit } : {}),
        ...(m.outputTokenLimit ? { outputTokenLimit: m.outputTokenLimit } : {}),
        thinking: m.thinking === false || thinking === 'none' ? 'none' : thinking === 'level' ? 'by level' : 'by budget',
        recommended: id === DEFAULT_MODEL,
      };
    })
    .sort((a, b) => rank(a) - rank(b) || b.id.localeCompare(a.id, 'en', { numeric: true }));
}

function rank(choice: ModelChoice): number {
  if (choice.recommended) return 0;
  return /-latest$/.test(choice.id) ? 2 : 1;
}

/** "in 1,048,576 · out 65,536 tokens · thinks by level" */
export function describeLimits(choice: ModelChoice): string {
  const parts: string[] = [];
  if (choice.inputTokenLimit) parts.push(`in ${choice.inputTokenLimit.toLocaleString('en-US')}`);
  if (choice.outputTokenLimit) parts.push(`out ${choice.outputTokenLimit.toLocaleString('en-US')} tokens`);
  parts.push(choice.thinking === 'none' ? 'no thinking' : `thinks ${choice.thinking}`);
  return parts.join(' · ');
}
