import * as assert from 'node:assert/strict';
import { costOf, formatUsd, priceOf, PRICE_TABLE } from '../../../../src/core/cost';
import { DEFAULT_MODELS } from '../../../support/fakeGemini/models';
import { validateSettings } from '../../../../src/core/config/settings';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);

describe('costOf', () => {
  it('bills fresh input, cached input, output and thinking at their own prices', () => {
    // 3.8 Flash: $0.75 in, $0.075 cached, $3.75 out (thinking billed as output).
    const cost = costOf('gemini-3.8-flash', { promptTokens: 1_000_000, cachedTokens: 400_000, outputTokens: 100_000, thinkingTokens: 20_000 }, 'interactive')!;
    close(cost.inputUsd, 0.6 * 0.75);
    close(cost.cachedInputUsd, 0.4 * 0.075);
    close(cost.thinkingUsd, 0.02 * 3.75);
    close(cost.outputUsd, 0.12 * 3.75);
    close(cost.usd, 0.45 + 0.03 + 0.45);
  });

  it('batch mode costs half', () => {
    const usage = { promptTokens: 50_000, cachedTokens: 10_000, outputTokens: 8_000, thinkingTokens: 1_000 };
    close(costOf('gemini-3.5-flash', usage, 'batch')!.usd * 2, costOf('gemini-3.5-flash', usage, 'interactive')!.usd);
  });

  it('a Pro prompt over 200k tokens pays the long-context price', () => {
    const short = costOf('gemini-3.1-pro-preview', { promptTokens: 200_000, outputTokens: 0, thinkingTokens: 0 }, 'interactive')!;
    const long = costOf('gemini-3.1-pro-preview', { promptTokens: 200_001, outputTokens: 0, thinkingTokens: 0 }, 'interactive')!;
    close(short.usd, 0.2 * 2);
    close(long.usd, 0.200001 * 4);
  });

  it('accepts the `models/` prefix and the -latest aliases', () => {
    assert.equal(priceOf('models/gemini-3.8-flash')?.input, 0.75);
    assert.equal(priceOf('gemini-flash-lite-latest')?.input, 0.3);
    assert.equal(priceOf('gemini-pro-latest')?.output, 12);
  });

  it('a Flash-Lite id is not priced as Flash', () => {
    assert.equal(priceOf('gemini-3.5-flash-lite-001')?.input, 0.3);
    assert.equal(priceOf('gemini-3.5-flash-001')?.input, 1.5);
  });

  it('every model the test server offers has a price', () => {
    for (const model of DEFAULT_MODELS) assert.ok(priceOf(model), model);
  });

  it('an unknown model has no price until the writer sets one', () => {
    const usage = { promptTokens: 1_000_000, outputTokens: 1_000_000, thinkingTokens: 0 };
    assert.equal(costOf('gemini-9-ultra', usage, 'interactive'), undefined);
    const overrides = { 'gemini-9-*': { input: 10, output: 20 } };
    close(costOf('gemini-9-ultra', usage, 'interactive', overrides)!.usd, 30);
    close(costOf('gemini-9-ultra', usage, 'batch', overrides)!.usd, 15);
  });

  it('a setting replaces a table price; a cached price left out gives no discount', () => {
    const price = priceOf('gemini-3.8-flash', { 'gemini-3.8-flash': { input: 1.5, output: 7.5 } })!;
    assert.equal(price.source, 'setting');
    assert.equal(price.cachedInput, 1.5);
  });

  it('batch prices in the table are half the standard ones', () => {
    for (const row of PRICE_TABLE) {
      close(row.batchInput, row.input / 2);
      close(row.batchOutput, row.output / 2);
    }
  });

  it('formats small amounts with four places', () => {
    assert.equal(formatUsd(0.01234), '$0.0123');
    assert.equal(formatUsd(12.345), '$12.35');
    assert.equal(formatUsd(0), '$0.00');
  });
});

describe('storyWriter.prices and storyWriter.budget.maxUsdPerRun', () => {
  it('a well-formed price map passes; a negative price is refused by name', () => {
    const ok = validateSettings({ prices: { 'my-model': { input: 1, output: 2, cachedInput: 0.1 } } });
    assert.deepEqual(ok.problems, []);
    const bad = validateSettings({ prices: { 'my-model': { input: -1, output: 2 } }, 'budget.maxUsdPerRun': -3 });
    assert.deepEqual(
      bad.problems.map((p) => p.key),
      ['storyWriter.prices', 'storyWriter.budget.maxUsdPerRun'],
    );
  });
});
