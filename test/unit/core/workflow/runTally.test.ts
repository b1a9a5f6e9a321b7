import * as assert from 'node:assert/strict';
import { GenerationError } from '../../../../src/core/generation/generationError';
import type { TextResult } from '../../../../src/core/generation/textGenerator';
import { RunTally } from '../../../../src/core/workflow/run/runTally';

const usage = { promptTokens: 10, outputTokens: 20, thinkingTokens: 0, totalTokens: 30 };
const reply = (over: Partial<TextResult>): TextResult => ({
  text: 'x',
  finishReason: 'STOP',
  truncated: false,
  usage,
  fromCache: false,
  apiCalls: 1,
  model: 'm',
  durationMs: 1,
  ...over,
});

describe('RunTally', () => {
  it('counts as API calls the requests that reached Gemini: retries included, none for the cache or a call that failed before sending', async () => {
    const tally = new RunTally();
    await tally.call(async () => reply({ apiCalls: 3 }));
    await tally.call(async () => reply({ fromCache: true, apiCalls: 0 }));
    await assert.rejects(tally.call(() => Promise.reject(new GenerationError('auth', 'No API key is set.', { apiCalls: 0 }))));
    await assert.rejects(tally.call(() => Promise.reject(new GenerationError('cancelled', 'Cancelled while waiting.'))));
    await assert.rejects(tally.call(() => Promise.reject(new GenerationError('unavailable', 'Gave up after 2 attempts.', { apiCalls: 2 }))));
    const totals = tally.totals;
    assert.equal(totals.requests, 5);
    assert.equal(totals.cacheHits, 1);
    assert.equal(totals.apiCalls, 5, '3 + 0 + 0 + 0 + 2');
  });
});
