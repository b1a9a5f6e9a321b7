import type { Usage } from './textGenerator';

export const NO_USAGE: Usage = { promptTokens: 0, outputTokens: 0, thinkingTokens: 0, totalTokens: 0 };

/** Two replies' tokens together (an item made in several calls: parts, extensions). */
export function addUsage(a: Usage, b: Usage): Usage {
  const cachedTokens = (a.cachedTokens ?? 0) + (b.cachedTokens ?? 0);
  return {
    promptTokens: a.promptTokens + b.promptTokens,
    ...(cachedTokens > 0 ? { cachedTokens } : {}),
    outputTokens: a.outputTokens + b.outputTokens,
    thinkingTokens: a.thinkingTokens + b.thinkingTokens,
    totalTokens: a.totalTokens + b.totalTokens,
  };
}
