import * as assert from 'node:assert/strict';
import { GenerationError } from '../../../src/core/generation/generationError';
import { backoffDelayMs, retryDelayMs, runWithRetries, type RetryPolicy } from '../../../src/gemini/retryPolicy';
import { FakeClock } from './fakeClock';

const policy = (over: Partial<RetryPolicy> = {}): RetryPolicy => ({
  maxRetries: 3,
  strategy: 'exponential',
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  ...over,
});
const top = () => 0.999999; // full jitter at its ceiling
const half = () => 0.5;

describe('retry delays', () => {
  it('exponential doubles from the base', () => {
    assert.deepEqual(
      [1, 2, 3, 4].map((n) => backoffDelayMs(n, policy(), top)),
      [1000, 2000, 4000, 8000],
    );
  });

  it('linear grows by the base, fixed stays at it', () => {
    assert.deepEqual(
      [1, 2, 3].map((n) => backoffDelayMs(n, policy({ strategy: 'linear' }), top)),
      [1000, 2000, 3000],
    );
    assert.deepEqual(
      [1, 2, 3].map((n) => backoffDelayMs(n, policy({ strategy: 'fixed' }), top)),
      [1000, 1000, 1000],
    );
  });

  it('uses full jitter: anywhere from 0 up to the ceiling', () => {
    assert.equal(
      backoffDelayMs(3, policy(), () => 0),
      0,
    );
    assert.equal(backoffDelayMs(3, policy(), half), 2000);
  });

  it('caps at maxDelay', () => {
    assert.equal(backoffDelayMs(10, policy({ maxDelayMs: 5000 }), top), 5000);
    assert.equal(backoffDelayMs(30, policy({ strategy: 'linear', maxDelayMs: 7000 }), top), 7000);
  });

  it('lets the advised delay win, plus at most 10 % (≤ 1 s) jitter, even above the cap', () => {
    const advised = new GenerationError('rate-limited', 'x', { retryAfterMs: 2838 });
    assert.equal(
      retryDelayMs(advised, 1, policy(), () => 0),
      2838,
    );
    assert.equal(retryDelayMs(advised, 1, policy(), top), 3122);
    const long = new GenerationError('rate-limited', 'x', { retryAfterMs: 90_000 });
    assert.equal(retryDelayMs(long, 1, policy({ maxDelayMs: 1000 }), top), 91_000);
  });

  it('falls back to backoff without advice', () => {
    assert.equal(retryDelayMs(new GenerationError('unavailable', 'x'), 2, policy(), top), 2000);
  });
});

describe('runWithRetries (p-retry on the Clock)', () => {
  it('retries retryable failures after the computed delays, then succeeds', async () => {
    const clock = new FakeClock();
    const t0 = clock.now();
    const startedAt: number[] = [];
    const delays: number[] = [];
    const run = runWithRetries(
      async (n) => {
        startedAt.push(clock.now() - t0);
        if (n < 3) throw new GenerationError('unavailable', 'overloaded');
        return 'ok';
      },
      policy(),
      { clock, random: top, onRetry: (_e, _r, d) => delays.push(d) },
    );
    await clock.advance(10_000);
    assert.equal(await run, 'ok');
    assert.deepEqual(delays, [1000, 2000]);
    assert.deepEqual(startedAt, [0, 1000, 3000]);
  });

  it('never retries a non-retryable error', async () => {
    const clock = new FakeClock();
    let calls = 0;
    await assert.rejects(
      runWithRetries(
        async () => {
          calls++;
          throw new GenerationError('auth', 'bad key');
        },
        policy(),
        { clock },
      ),
      (e: GenerationError) => e.kind === 'auth' && e.attempts === 1,
    );
    assert.equal(calls, 1);
  });

  it('gives up after maxRetries and says how many attempts were made', async () => {
    const clock = new FakeClock();
    let calls = 0;
    const run = runWithRetries(
      async () => {
        calls++;
        throw new GenerationError('unavailable', 'Gemini is unavailable.');
      },
      policy({ maxRetries: 2 }),
      { clock, random: () => 0 },
    );
    const outcome = run.then(
      () => assert.fail('should fail'),
      (e: GenerationError) => e,
    );
    await clock.advance(1);
    const error = await outcome;
    assert.equal(calls, 3);
    assert.equal(error.attempts, 3);
    assert.match(error.message, /Gave up after 3 attempts\.$/);
  });

  it('stops waiting when the signal aborts during the delay', async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    let calls = 0;
    const run = runWithRetries(
      async () => {
        calls++;
        throw new GenerationError('unavailable', 'x', { retryAfterMs: 30_000 });
      },
      policy(),
      { clock, signal: controller.signal, random: () => 0 },
    );
    const outcome = run.catch((e: unknown) => e);
    await clock.advance(1000);
    controller.abort(new Error('user cancelled'));
    assert.match(String(await outcome), /user cancelled/);
    assert.equal(calls, 1);
  });
});
