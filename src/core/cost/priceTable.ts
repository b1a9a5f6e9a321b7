/**
 * Gemini Developer API prices, USD per 1M tokens, Paid tier, text input, prompts up to 200k
 * tokens unless a `longContext` tier says otherwise. Output prices include thinking tokens (the
 * pricing page bills them as output). Batch is the Batch API's 50 % reduction ("Batch API (50%
 * cost reduction)" on the pricing page), applied to input, output and cached input alike.
 *
 * This file is data only: change it when Google changes a price, and change `RETRIEVED` with it.
 * Models or prices it does not know come from the `storyWriter.prices` setting.
 */

export const PRICE_TABLE_RETRIEVED = '2026-11-27';

export const PRICE_TABLE_SOURCES: readonly string[] = [
  // The official page, as transcribed verbatim on 2026-09-20 and 2026-10-07 (api-evangelist/gemini
  // plans/gemini-plans-pricing.yml, api-evangelist/deepmind plans/deepmind-plans-pricing.yml).
  'https://ai.google.dev/gemini-api/docs/pricing',
  // Cached-input (cache read) prices and the 3.6/3.7 Flash rows, citing the same page
  // (anomalyco/models.dev providers/google/models/*.toml).
  'https://models.dev',
  // Implicit-caching minimum prefix per model.
  'https://ai.google.dev/gemini-api/docs/caching',
];

export interface PriceRow {
  /** Model ids (without `models/`) this row prices; a trailing `*` matches any suffix. */
  readonly models: readonly string[];
  readonly input: number;
  readonly output: number;
  readonly cachedInput: number;
  readonly batchInput: number;
  readonly batchOutput: number;
  readonly batchCachedInput: number;
  /** Prices when the prompt is longer than `aboveTokens` (Pro models). */
  readonly longContext?: { readonly aboveTokens: number; readonly input: number; readonly output: number; readonly cachedInput: number };
  /** Smallest shared prefix Gemini's implicit cache bills at the cached rate. */
  readonly implicitCacheMinTokens: number;
  /** Where a figure is introductory, derived, or was not found. */
  readonly note?: string;
}

const half = (n: number) => Math.round(n * 50_000) / 100_000;

interface Standard {
  readonly input: number;
  readonly output: number;
  readonly cachedInput: number;
  readonly longContext?: PriceRow['longContext'];
  readonly implicitCacheMinTokens?: number;
  readonly note?: string;
}

/** A row whose batch prices are half its standard ones; implicit caching from 4,096 tokens unless said. */
function row(models: readonly string[], p: Standard): PriceRow {
  return {
    models,
    input: p.input,
    output: p.output,
    cachedInput: p.cachedInput,
    batchInput: half(p.input),
    batchOutput: half(p.output),
    batchCachedInput: half(p.cachedInput),
    implicitCacheMinTokens: p.implicitCacheMinTokens ?? 4_096,
    ...(p.longContext ? { longContext: p.longContext } : {}),
    ...(p.note ? { note: p.note } : {}),
  };
}

export const PRICE_TABLE: readonly PriceRow[] = [
  row(['gemini-3.8-flash*', 'gemini-flash-latest'], {
    input: 0.75,
    output: 3.75,
    cachedInput: 0.075,
    note: 'Introductory through 2026-12-31; from 2027-01-01 $1.50 input, $7.50 output, $0.15 cached.',
  }),
  row(['gemini-3.7-flash*'], {
    input: 0.75,
    output: 3.75,
    cachedInput: 0.075,
    note: 'Introductory launch price (LiteLLM launch notes; Venice resells it at the 3.8 Flash rate); models.dev lists the standard $1.50 / $7.50 / $0.15.',
  }),
  row(['gemini-3.6-flash*'], {
    input: 0.75,
    output: 3.75,
    cachedInput: 0.075,
    note: 'Introductory through 2026-12-31; from 2027 $1.50 input, $7.50 output, $0.15 cached.',
  }),
  row(['gemini-3.5-flash-lite*', 'gemini-flash-lite-latest'], {
    input: 0.3,
    output: 2.5,
    cachedInput: 0.03,
    note: 'Cached-input price not found: assumed 10 % of input, as for every other Gemini 3.x row. Implicit-cache minimum not listed: assumed 4,096 like 3.5 Flash.',
  }),
  row(['gemini-3.5-flash*'], { input: 1.5, output: 9, cachedInput: 0.15 }),
  row(['gemini-3.1-pro-preview*', 'gemini-pro-latest'], {
    input: 2,
    output: 12,
    cachedInput: 0.2,
    longContext: { aboveTokens: 200_000, input: 4, output: 18, cachedInput: 0.4 },
  }),
  // Retired for new keys, still priced for stories written with them. gemini-2.0-flash: no price found.
  row(['gemini-2.5-pro*'], {
    input: 1.25,
    output: 10,
    cachedInput: 0.125,
    longContext: { aboveTokens: 200_000, input: 2.5, output: 15, cachedInput: 0.25 },
    implicitCacheMinTokens: 2_048,
    note: 'Retired for new keys.',
  }),
  row(['gemini-2.5-flash-lite*'], { input: 0.1, output: 0.4, cachedInput: 0.01, implicitCacheMinTokens: 2_048, note: 'Retired for new keys.' }),
  row(['gemini-2.5-flash*'], { input: 0.3, output: 2.5, cachedInput: 0.03, implicitCacheMinTokens: 2_048, note: 'Retired for new keys.' }),
];
