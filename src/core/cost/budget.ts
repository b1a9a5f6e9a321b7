import { GenerationError } from '../generation/generationError';
import type { RequestBound, Usage } from '../generation/textGenerator';
import { costOf, costWith, formatUsd, priceOf, type PriceOverrides } from './cost';

/**
 * A run's hard budget (`storyWriter.budget.maxUsdPerRun`, `--budget USD`). Every request is
 * admitted before it is sent (the generator asks, through `CallOptions.admit`, for retries and
 * repairs too) at the most it could cost; it is refused when what was spent, plus every request
 * in flight at its most, plus it, would go over. So the run never spends more than the budget,
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

  /** `CallOptions.admit`: reserves the request at its most, or throws `BudgetReachedError`. */
  readonly admit = (request: RequestBound): ((usage: Usage | undefined) => void) => {
    const most = mostItCouldCost(request, this.prices);
    if (most === undefined || this.spent + this.inFlight + most > this.maxUsd) throw new BudgetReachedError(this.maxUsd, this.spent, this.inFlight, most, request.model);
    this.inFlight += most;
    let settled = false;
    return (usage) => {
      if (settled) return;
      settled = true;
      this.inFlight -= most;
      // A reply reports its usage; a request that failed before one reported nothing, as Gemini bills it.
      if (usage) this.spent += costOf(request.model, usage, 'interactive', this.prices)?.usd ?? most;
    };
  };
}

/** The most one request could cost at the model's interactive price; undefined for a model without one. */
export function mostItCouldCost(request: RequestBound, prices: PriceOverrides): number | undefined {
  const price = priceOf(request.model, prices);
  if (!price) return undefined;
  const promptTokens = Math.ceil(request.inputChars / CHARS_PER_TOKEN_AT_MOST);
  return costWith(price, { promptTokens, outputTokens: request.maxOutputTokens, thinkingTokens: 0 }, 'interactive').usd;
}
