import * as assert from 'node:assert/strict';
import { percentile, SampleRing, StatisticsCollector, type LiveState } from '../../../src/gemini/statistics';
import { FakeClock } from './fakeClock';

const live: LiveState = {
  cacheEntries: 2,
  cacheBytes: 100,
  diskCacheEntries: 1,
  diskCacheBytes: 50,
  diskCacheCorrupt: 0,
  rateLimitedForMs: 0,
  circuitState: 'closed',
  circuitOpenForMs: 0,
};

describe('statistics', () => {
  it('computes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(percentile(sorted, 0.5), 50);
    assert.equal(percentile(sorted, 0.95), 95);
    assert.equal(percentile([7], 0.95), 7);
  });

  it('keeps only the most recent samples', () => {
    const ring = new SampleRing(3);
    for (const v of [1000, 1000, 1, 2, 3]) ring.add(v);
    assert.deepEqual(ring.summary(), { mean: 2, p50: 2, p95: 3 });
  });

  it('adds up: rates, throughput since the first request', async () => {
    const clock = new FakeClock();
    const stats = new StatisticsCollector(clock);
    for (let i = 0; i < 4; i++) stats.requestStarted();
    stats.cacheHit();
    stats.cacheMiss();
    stats.cacheMiss();
    stats.failed('timeout');
    stats.usage({ promptTokens: 10, outputTokens: 200, thinkingTokens: 5, totalTokens: 215 }, 'gemini-3.8-flash');
    stats.usage({ promptTokens: 5000, cachedTokens: 4200, outputTokens: 100, thinkingTokens: 50, totalTokens: 5150 }, 'gemini-3.8-flash');
    stats.usage({ promptTokens: 7, outputTokens: 3, thinkingTokens: 0, totalTokens: 10 }, 'gemini-3.5-flash');
    stats.replied(100, 20);
    stats.replied(300, 40);
    stats.waitedOnLimiter(250);
    await clock.advance(2000);
    const s = stats.snapshot(live);
    assert.equal(s.requests, 4);
    assert.equal(s.cachedTokens, 4200);
    assert.deepEqual(s.usageByModel, {
      'gemini-3.8-flash': { promptTokens: 5010, cachedTokens: 4200, outputTokens: 300, thinkingTokens: 55 },
      'gemini-3.5-flash': { promptTokens: 7, cachedTokens: 0, outputTokens: 3, thinkingTokens: 0 },
    });
    assert.equal(s.cacheHitRate, 1 / 3);
    assert.equal(s.errors, 1);
    assert.deepEqual(s.errorsByKind, { timeout: 1 });
    assert.equal(s.errorRate, 0.25);
    assert.deepEqual(s.latencyMs, { mean: 200, p50: 100, p95: 300 });
    assert.deepEqual(s.timeToFirstTokenMs, { mean: 30, p50: 20, p95: 40 });
    assert.equal(s.requestsPerSecond, 2);
    assert.equal(s.tokensPerSecond, (200 + 100 + 3) / 2);
    assert.equal(s.limiterWaitMs, 250);
    assert.equal(s.cacheEntries, 2);
  });
});
