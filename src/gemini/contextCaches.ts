import type { CacheOutcome, ContextCaches, SharedContext } from '../core/generation/contextCache';
import type { Logger } from '../core/ports';
import type { GeminiService } from './geminiService';

/**
 * Gemini's explicit context caches (`caches.create` / `caches.delete`) behind the core's port.
 * A cache below the model's minimum is not asked for (Gemini would refuse it with a 400); one
 * Gemini refuses anyway, or any failure, is `not-created` and the stage runs uncached.
 */

/**
 * Minimum tokens a context cache holds, per the caching guide's table
 * (https://ai.google.dev/gemini-api/docs/caching, last updated 2026-07-07): 2,048 for the
 * Gemini 2.5 models, 4,096 for 3.x (3.5 to 3.8 Flash, 3.1 Pro); unknown models get the larger.
 */
export function cacheMinimumTokens(model: string): number {
  return /^(models\/)?gemini-2\./.test(model) ? 2_048 : 4_096;
}

/** Gemini's rule of thumb, about four characters a token: only to skip a cache that could not be made. */
const CHARS_PER_TOKEN = 4;

export class GeminiContextCaches implements ContextCaches {
  constructor(
    private readonly service: GeminiService,
    private readonly log: Logger,
  ) {}

  async create(context: SharedContext, signal?: AbortSignal): Promise<CacheOutcome> {
    const estimate = Math.ceil((context.text.length + context.systemInstruction.length) / CHARS_PER_TOKEN);
    const minimum = cacheMinimumTokens(context.model);
    if (estimate < minimum) return { kind: 'not-created', reason: `the shared material is about ${estimate} tokens, under ${context.model}'s minimum of ${minimum} for a cache` };
    try {
      const made = await this.service.withClient(
        'caches.create',
        async ({ client, signal: linked, params }) => {
          const wire = await params({ model: context.model, prompt: '' });
          return client.createCache({ ...context, model: wire.model }, linked);
        },
        signal,
      );
      return { kind: 'created', name: made.name, ...(made.tokens !== undefined ? { tokens: made.tokens } : {}) };
    } catch (error) {
      return { kind: 'not-created', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  async delete(name: string): Promise<void> {
    try {
      await this.service.withClient('caches.delete', ({ client, signal }) => client.deleteCache(name, signal));
    } catch (error) {
      // It expires by itself within its TTL; nothing more to do.
      this.log.warn(`Could not delete the context cache ${name}; it expires by itself`, { error: error instanceof Error ? error.message : String(error) });
    }
  }
}
