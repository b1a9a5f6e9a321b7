import type { GenerateRequest } from './textGenerator';

/**
 * Counts a prompt's input tokens as the model will bill them (Gemini's `countTokens`), for a
 * cost estimate before a run. A port like `TextGenerator`: the Gemini service implements it.
 */
export interface TokenCounter {
  countTokens(request: Pick<GenerateRequest, 'model' | 'prompt' | 'systemInstruction'>, signal?: AbortSignal): Promise<number>;
}
