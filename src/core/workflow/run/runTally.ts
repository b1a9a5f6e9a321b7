import { costOf, type PriceOverrides } from '../../cost';
import { GenerationError } from '../../generation/generationError';
import type { TextResult } from '../../generation/textGenerator';
import type { RunFailure, RunTotals } from '../progress';
import type { ItemId } from '../state/items';

/**
 * What one run did, counted as it happens: calls, retries, words and tokens, and the items it
 * wrote, failed, skipped or left to the writer. Only its methods change it; the summary reads it.
 */
export class RunTally {
  private requests = 0;
  private apiCalls = 0;
  private cacheHits = 0;
  private retries = 0;
  private restarts = 0;
  private words = 0;
  private readonly tokens = { prompt: 0, cached: 0, output: 0, thinking: 0 };
  private costUsd = 0;
  private readonly unpriced = new Set<string>();

  constructor(private readonly prices: PriceOverrides = {}) {}
  private readonly lists = {
    generated: [] as ItemId[],
    failures: [] as RunFailure[],
    skipped: [] as ItemId[],
    keptEdited: [] as ItemId[],
    backups: [] as string[],
  };

  /**
   * A call to the generator, counted whether it is answered, cached or fails. Its API calls are
   * the requests that reached Gemini (retries included), as the generator reports them: a call
   * that failed before sending anything (no key, cancelled while waiting) made none.
   */
  async call<R extends TextResult>(call: () => Promise<R>): Promise<R> {
    this.requests++;
    try {
      const result = await call();
      if (result.fromCache) this.cacheHits++;
      this.apiCalls += result.apiCalls;
      this.tokens.prompt += result.usage.promptTokens;
      this.tokens.output += result.usage.outputTokens;
      this.tokens.thinking += result.usage.thinkingTokens;
      this.tokens.cached += result.usage.cachedTokens ?? 0;
      // Only calls that reached Gemini cost anything (a cache hit, or an identical call's reply shared, sent nothing).
      if (result.apiCalls > 0) this.paid(result);
      return result;
    } catch (e) {
      if (e instanceof GenerationError) this.apiCalls += e.apiCalls ?? 0;
      throw e;
    }
  }

  /** What a reply from Gemini cost; a model without a price is named in the summary instead. */
  private paid(result: TextResult): void {
    const cost = costOf(result.model, result.usage, result.costMode ?? 'interactive', this.prices);
    if (cost) this.costUsd += cost.usd;
    else this.unpriced.add(result.model);
  }

  /** USD spent so far by this run's calls. */
  get spentUsd(): number {
    return this.costUsd;
  }

  retried(): void {
    this.retries++;
  }

  restarted(): void {
    this.restarts++;
  }

  wrote(id: ItemId, words: number): void {
    this.lists.generated.push(id);
    this.words += words;
  }

  failed(failure: RunFailure): void {
    this.lists.failures.push(failure);
  }

  skipped(id: ItemId): void {
    this.lists.skipped.push(id);
  }

  keptEdited(id: ItemId): void {
    this.lists.keptEdited.push(id);
  }

  backedUp(path: string): void {
    this.lists.backups.push(path);
  }

  get generated(): readonly ItemId[] {
    return this.lists.generated;
  }

  get failures(): readonly RunFailure[] {
    return this.lists.failures;
  }

  get skippedItems(): readonly ItemId[] {
    return this.lists.skipped;
  }

  get keptEditedItems(): readonly ItemId[] {
    return this.lists.keptEdited;
  }

  get backups(): readonly string[] {
    return this.lists.backups;
  }

  get totals(): RunTotals {
    return {
      requests: this.requests,
      apiCalls: this.apiCalls,
      cacheHits: this.cacheHits,
      retries: this.retries,
      restarts: this.restarts,
      words: this.words,
      tokens: { ...this.tokens },
      costUsd: this.costUsd,
      unpricedModels: [...this.unpriced],
    };
  }

  /** Tokens of every kind so far, for progress events. */
  get tokensUsed(): number {
    return this.tokens.prompt + this.tokens.output + this.tokens.thinking;
  }
}
