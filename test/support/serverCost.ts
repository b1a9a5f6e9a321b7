import { costOf } from '../../src/core/cost';
import type { RequestLogEntry } from './fakeGemini';

/**
 * What the test server billed, priced with the product's price table: every reply it delivered
 * in full, by its own token accounting (not the product's), so a test or benchmark can hold the
 * product's figures against it.
 */
export function serverCostUsd(requests: readonly RequestLogEntry[]): number {
  let usd = 0;
  for (const entry of requests) {
    if (!entry.usage || !entry.model) continue;
    const { promptTokens, cachedTokens, candidatesTokens, thoughtsTokens } = entry.usage;
    usd += costOf(entry.model, { promptTokens, cachedTokens, outputTokens: candidatesTokens, thinkingTokens: thoughtsTokens }, 'interactive')?.usd ?? 0;
  }
  return usd;
}

/** Tokens the server billed, summed. */
export function serverTokens(requests: readonly RequestLogEntry[]): { prompt: number; cached: number; output: number; thinking: number } {
  const sum = { prompt: 0, cached: 0, output: 0, thinking: 0 };
  for (const { usage } of requests) {
    if (!usage) continue;
    sum.prompt += usage.promptTokens;
    sum.cached += usage.cachedTokens;
    sum.output += usage.candidatesTokens;
    sum.thinking += usage.thoughtsTokens;
  }
  return sum;
}
