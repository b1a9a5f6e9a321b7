import { PRICE_TABLE, type PriceRow } from './priceTable';

/**
 * What a request costs, from the price table or the writer's own prices (`storyWriter.prices`).
 * Token counts follow Gemini's `usageMetadata`: `promptTokens` includes the cached tokens
 * (`cachedContentTokenCount` is the part of the prompt served from a cache), and thinking tokens
 * are billed at the output price.
 */

/** Interactive calls pay the standard price; Batch API jobs pay half. */
export const COST_MODES = ['interactive', 'batch'] as const;
export type CostMode = (typeof COST_MODES)[number];

export interface TokenUsage {
  readonly promptTokens: number;
  /** Part of `promptTokens` served from an implicit or explicit cache; absent means none. */
  readonly cachedTokens?: number;
  readonly outputTokens: number;
  readonly thinkingTokens: number;
}

/** USD per 1M tokens, as the writer may set it for one model; batch prices default to half. */
export interface PriceOverride {
  readonly input: number;
  readonly output: number;
  readonly cachedInput?: number;
  readonly batchInput?: number;
  readonly batchOutput?: number;
  readonly batchCachedInput?: number;
}

/** Model id → prices; keys may end in `*` to cover a family. Set by `storyWriter.prices`. */
export type PriceOverrides = Readonly<Record<string, PriceOverride>>;

/** The prices that apply to one model, for both modes: a table row, or the writer's own. */
export interface ModelPrice extends Omit<PriceRow, 'models' | 'note'> {
  readonly model: string;
  readonly source: 'table' | 'setting';
}

export interface Cost {
  /** Total, USD. */
  readonly usd: number;
  readonly inputUsd: number;
  readonly cachedInputUsd: number;
  /** Output and thinking together, as billed. */
  readonly outputUsd: number;
  readonly thinkingUsd: number;
}

export const ZERO_COST: Cost = { usd: 0, inputUsd: 0, cachedInputUsd: 0, outputUsd: 0, thinkingUsd: 0 };

const PER_TOKEN = 1 / 1_000_000;
const DEFAULT_CACHE_MIN = 4_096;

/** The prices of `model`, or undefined when neither the table nor the overrides know it. */
export function priceOf(model: string, overrides: PriceOverrides = {}): ModelPrice | undefined {
  const id = model.replace(/^models\//, '');
  const override = findByPattern(Object.keys(overrides), id);
  if (override !== undefined) return fromOverride(id, overrides[override]!, tableRow(id));
  const row = tableRow(id);
  return row ? fromRow(id, row) : undefined;
}

/** The cost of one request (or a sum of requests) in `mode`; undefined for a model without a price. */
export function costOf(model: string, usage: TokenUsage, mode: CostMode, overrides: PriceOverrides = {}): Cost | undefined {
  const price = priceOf(model, overrides);
  return price ? costWith(price, usage, mode) : undefined;
}

export function costWith(price: ModelPrice, usage: TokenUsage, mode: CostMode): Cost {
  const long = price.longContext && usage.promptTokens > price.longContext.aboveTokens ? price.longContext : undefined;
  const rates =
    mode === 'batch'
      ? { input: price.batchInput, cached: price.batchCachedInput, output: price.batchOutput }
      : { input: long?.input ?? price.input, cached: long?.cachedInput ?? price.cachedInput, output: long?.output ?? price.output };
  const cached = Math.min(usage.cachedTokens ?? 0, usage.promptTokens);
  const inputUsd = (usage.promptTokens - cached) * rates.input * PER_TOKEN;
  const cachedInputUsd = cached * rates.cached * PER_TOKEN;
  const thinkingUsd = usage.thinkingTokens * rates.output * PER_TOKEN;
  const outputUsd = usage.outputTokens * rates.output * PER_TOKEN + thinkingUsd;
  return { usd: inputUsd + cachedInputUsd + outputUsd, inputUsd, cachedInputUsd, outputUsd, thinkingUsd };
}

export function addCosts(a: Cost, b: Cost): Cost {
  return {
    usd: a.usd + b.usd,
    inputUsd: a.inputUsd + b.inputUsd,
    cachedInputUsd: a.cachedInputUsd + b.cachedInputUsd,
    outputUsd: a.outputUsd + b.outputUsd,
    thinkingUsd: a.thinkingUsd + b.thinkingUsd,
  };
}

/** `$0.0123` under a dollar (four places, so a chapter's cost is never `$0.00`), `$12.35` above, `$0.50` for whole cents. */
export function formatUsd(usd: number): string {
  const wholeCents = Math.abs(usd * 100 - Math.round(usd * 100)) < 1e-9;
  return usd >= 1 || wholeCents ? `$${usd.toFixed(2)}` : `$${usd.toFixed(4)}`;
}

function tableRow(id: string): PriceRow | undefined {
  return PRICE_TABLE.find((row) => findByPattern(row.models, id) !== undefined);
}

/** An exact key first, then the longest `prefix*` that matches. */
function findByPattern(patterns: readonly string[], id: string): string | undefined {
  if (patterns.includes(id)) return id;
  return patterns.filter((p) => p.endsWith('*') && id.startsWith(p.slice(0, -1))).sort((a, b) => b.length - a.length)[0];
}

function fromRow(model: string, row: PriceRow): ModelPrice {
  return {
    model,
    input: row.input,
    output: row.output,
    cachedInput: row.cachedInput,
    batchInput: row.batchInput,
    batchOutput: row.batchOutput,
    batchCachedInput: row.batchCachedInput,
    ...(row.longContext ? { longContext: row.longContext } : {}),
    implicitCacheMinTokens: row.implicitCacheMinTokens,
    source: 'table',
  };
}

/** The writer's prices replace the table's; a cached price left out is the input price (no discount assumed). */
function fromOverride(model: string, o: PriceOverride, row: PriceRow | undefined): ModelPrice {
  const cachedInput = o.cachedInput ?? o.input;
  return {
    model,
    input: o.input,
    output: o.output,
    cachedInput,
    batchInput: o.batchInput ?? o.input / 2,
    batchOutput: o.batchOutput ?? o.output / 2,
    batchCachedInput: o.batchCachedInput ?? cachedInput / 2,
    implicitCacheMinTokens: row?.implicitCacheMinTokens ?? DEFAULT_CACHE_MIN,
    source: 'setting',
  };
}
