import { GenerationError } from '../generation/generationError';
import type { RequestBound, Usage } from '../generation/textGenerator';
import { costOf, costWith, formatUsd, priceOf, type PriceOverrides } from './cost';

/**
 * A run's hard budget (`storyWriter.budget.maxUsdPerRun`, `--budget USD`). Every request is
 * admitted before it is sent (the generator asks, through `CallOptions.admit`, for retries and
 * repairs too) at the most it could cost: only when what was spent, plus every request in flight
 * at its most, plus it, stays within the budget. One that would fit once those in flight end
 * waits for them; one that cannot fit is refused. So the run never spends more than the budget,
 * however the replies come out.
 */

/**
 * Input tokens are bounded at one per two characters: Gemini's tokenizer averages about four
 * characters a token on prose, so half that is a wide margin.
 */
const CHARS_PER_TOKEN_AT_MOST = 2;

/** A refused request: the budget could not cover it. A `GenerationError` of kind `budget`. */
export class BudgetReachedError extends GenerationError {
  constructor(
    readonly budgetUsd: number,
    readonly spentUsd: number,
    /** In flight when the request was refused, at their most. */
    readonly inFlightUsd: number,
    /** The most the refused request could have cost; undefined when its model has no price. */
    readonly requestUsd: number | undefined,
    readonly model: string,
  ) {
    super(
      'budget',
      requestUsd === undefined
        ? `the budget of ${formatUsd(budgetUsd)} cannot be kept: ${model} has no price (add it to storyWriter.prices)`
        : `budget of ${formatUsd(budgetUsd)} reached: ${formatUsd(spentUsd)} spent${inFlightUsd > 0 ? `, up to ${formatUsd(inFlightUsd)} in flight` : ''}, and the next request could cost up to ${formatUsd(requestUsd)}`,
    );
  }
}

export class RunBudget {
  private inFlight = 0;
  private spent = 0;
  /** Requests waiting for one in flight to end, to see whether they then fit. */
  private waiting: Array<() => void> = [];

  /** @param maxUsd 0: no budget. */
  constructor(
    readonly maxUsd: number,
    private readonly prices: PriceOverrides,
  ) {}

  get limited(): boolean {
    return this.maxUsd > 0;
  }

  /** What the admitted requests' replies cost, USD. */
  get spentUsd(): number {
    return this.spent;
  }

  /**
   * `CallOptions.admit`: reserves the request at its most. A request that would fit once the
   * requests in flight have ended waits for them (their real cost is usually far below their
   * most); one that cannot fit whatever they cost is refused with `BudgetReachedError`.
   */
  readonly admit = async (request: RequestBound, signal?: AbortSignal): Promise<(usage: Usage | undefined) => void> => {
    const most = mostItCouldCost(request, this.prices);
    for (;;) {
      if (most !== undefined && this.spent + this.inFlight + most <= this.maxUsd) return this.reserve(request.model, most);
      if (most === undefined || this.spent + most > this.maxUsd || this.inFlight === 0) throw new BudgetReachedError(this.maxUsd, this.spent, this.inFlight, most, request.model);
      await this.nextSettle(signal);
    }
  };

  private reserve(model: string, most: number): (usage: Usage | undefined) => void {
    this.inFlight += most;
    let settled = false;
    return (usage) => {
      if (settled) return;
      settled = true;
      this.inFlight -= most;
      // A reply reports its usage; a request that failed before one reported nothing, as Gemini bills it.
      if (usage) this.spent += costOf(model, usage, 'interactive', this.prices)?.usd ?? most;
      const woken = this.waiting;
      this.waiting = [];
      for (const wake of woken) wake();
    };
  }

  /** Resolves when a request in flight ends; rejects as cancelled when `signal` aborts first. */
  private nextSettle(signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new GenerationError('cancelled', 'cancelled while waiting for the budget'));
      const onAbort = () => {
        this.waiting = this.waiting.filter((w) => w !== wake);
        reject(new GenerationError('cancelled', 'cancelled while waiting for the budget'));
      };
      const wake = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(wake);
    });
  }
}

/** The most one request could cost at the model's interactive price; undefined for a model without one. */
export function mostItCouldCost(request: RequestBound, prices: PriceOverrides): number | undefined {
  const price = priceOf(request.model, prices);
  if (!price) return undefined;
  const promptTokens = Math.ceil(request.inputChars / CHARS_PER_TOKEN_AT_MOST);
  return costWith(price, { promptTokens, outputTokens: request.maxOutputTokens, thinkingTokens: 0 }, 'interactive').usd;
}
