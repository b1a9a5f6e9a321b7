import * as assert from 'node:assert/strict';
import { CallPriority } from '../../../src/core/generation/callPriority';
import { RateLimiter, type Permit, type RateLimits } from '../../../src/gemini/rateLimiter';
import { FakeClock } from './fakeClock';

const roomy: RateLimits = { requestsPerMinute: 1000, tokensPerMinute: 0, minDelayMs: 0, maxConcurrent: 100 };

let grants = 0;

/** Starts an acquire and records when (in fake time, and in order) it was granted. */
function track(limiter: RateLimiter, clock: FakeClock, tokens = 0, signal?: AbortSignal, priority?: CallPriority) {
  const state: { permit?: Permit; grantedAt?: number; grant?: number; error?: unknown } = {};
  const promise = limiter.acquire(tokens, signal, priority).then(
    (permit) => {
      state.permit = permit;
      state.grantedAt = clock.now();
      state.grant = ++grants;
    },
    (error: unknown) => {
      state.error = error;
    },
  );
  return Object.assign(state, { promise });
}

describe('RateLimiter', () => {
  let clock: FakeClock;
  let t0: number;

  beforeEach(() => {
    clock = new FakeClock();
    t0 = clock.now();
  });

  it('admits at most requestsPerMinute starts in any sliding 60 s window', async () => {
    const limiter = new RateLimiter({ ...roomy, requestsPerMinute: 3 }, clock);
    const calls = Array.from({ length: 5 }, () => track(limiter, clock));
    await clock.tick();
    assert.deepEqual(
      calls.map((c) => c.grantedAt !== undefined),
      [true, true, true, false, false],
    );
    for (const c of calls.slice(0, 3)) c.permit!.release();

    await clock.advance(59_999);
    assert.equal(calls[3]!.grantedAt, undefined, 'still inside the window');
    await clock.advance(1);
    assert.equal(calls[3]!.grantedAt, t0 + 60_000);
    assert.equal(calls[4]!.grantedAt, t0 + 60_000);
    assert.equal(calls[3]!.permit!.waitedMs, 60_000);
  });

  it('slides: a start leaves the window exactly 60 s after it happened', async () => {
    const limiter = new RateLimiter({ ...roomy, requestsPerMinute: 2 }, clock);
    const a = track(limiter, clock);
    await clock.advance(10_000);
    const b = track(limiter, clock);
    const c = track(limiter, clock);
    await clock.tick();
    assert.ok(a.grantedAt !== undefined && b.grantedAt !== undefined);
    await clock.advance(49_999);
    assert.equal(c.grantedAt, undefined);
    await clock.advance(1);
    assert.equal(c.grantedAt, t0 + 60_000, 'a left the window, b has not');
  });

  it('keeps tokens per minute, and corrects the estimate from real usage', async () => {
    const limiter = new RateLimiter({ ...roomy, tokensPerMinute: 1000 }, clock);
    const a = track(limiter, clock, 800);
    const b = track(limiter, clock, 300);
    await clock.tick();
    assert.ok(a.grantedAt !== undefined);
    assert.equal(b.grantedAt, undefined, '800 + 300 > 1000');
    a.permit!.release(200); // the call used far less than estimated
    await clock.tick();
    assert.equal(b.grantedAt, t0, 'corrected usage frees the budget at once');
  });

  it('waits for token records to leave the window when the budget is spent', async () => {
    const limiter = new RateLimiter({ ...roomy, tokensPerMinute: 1000 }, clock);
    const a = track(limiter, clock, 900);
    await clock.tick();
    a.permit!.release(900);
    await clock.advance(5_000);
    const b = track(limiter, clock, 500);
    await clock.advance(54_999);
    assert.equal(b.grantedAt, undefined);
    await clock.advance(1);
    assert.equal(b.grantedAt, t0 + 60_000);
  });

  it('lets a request larger than the whole token budget through alone', async () => {
    const limiter = new RateLimiter({ ...roomy, tokensPerMinute: 100 }, clock);
    const big = track(limiter, clock, 5000);
    await clock.tick();
    assert.equal(big.grantedAt, t0);
  });

  it('spaces request starts by minDelayMs', async () => {
    const limiter = new RateLimiter({ ...roomy, minDelayMs: 250 }, clock);
    const calls = Array.from({ length: 3 }, () => track(limiter, clock));
    await clock.advance(1000);
    assert.deepEqual(
      calls.map((c) => c.grantedAt! - t0),
      [0, 250, 500],
    );
  });

  it('holds at most maxConcurrent permits', async () => {
    const limiter = new RateLimiter({ ...roomy, maxConcurrent: 2 }, clock);
    const calls = Array.from({ length: 4 }, () => track(limiter, clock));
    await clock.tick();
    assert.equal(limiter.activeCount, 2);
    assert.equal(limiter.queueLength, 2);
    calls[1]!.permit!.release();
    await clock.tick();
    assert.ok(calls[2]!.grantedAt !== undefined);
    assert.equal(calls[3]!.grantedAt, undefined);
    calls[1]!.permit!.release(); // idempotent: does not free a second slot
    await clock.tick();
    assert.equal(calls[3]!.grantedAt, undefined);
  });

  it('is strictly FIFO: a small request never overtakes a blocked head', async () => {
    const limiter = new RateLimiter({ ...roomy, tokensPerMinute: 1000 }, clock);
    const order: string[] = [];
    const first = track(limiter, clock, 900);
    await clock.tick();
    first.permit!.release(900);
    const big = limiter.acquire(500).then((p) => (order.push('big'), p));
    const small = limiter.acquire(10).then((p) => (order.push('small'), p));
    await clock.tick();
    assert.deepEqual(order, [], 'small fits the budget but must wait behind big');
    await clock.advance(60_000);
    await Promise.all([big, small]);
    assert.deepEqual(order, ['big', 'small']);
  });

  it('lets a cancelled waiter leave the queue at once, and the next one move up', async () => {
    const limiter = new RateLimiter({ ...roomy, maxConcurrent: 1 }, clock);
    const holder = track(limiter, clock);
    const controller = new AbortController();
    const cancelled = track(limiter, clock, 0, controller.signal);
    const next = track(limiter, clock);
    await clock.tick();
    assert.equal(limiter.queueLength, 2);
    controller.abort(new Error('stop'));
    await cancelled.promise;
    assert.equal((cancelled.error as Error).message, 'stop');
    assert.equal(limiter.queueLength, 1);
    holder.permit!.release();
    await clock.tick();
    assert.equal(next.grantedAt, t0);
  });

  it('rejects an already-aborted signal without queueing', async () => {
    const limiter = new RateLimiter(roomy, clock);
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await assert.rejects(limiter.acquire(0, controller.signal), /gone/);
    assert.equal(limiter.queueLength, 0);
  });

  it('pauses everyone after a 429 and reports the countdown', async () => {
    let changes = 0;
    const limiter = new RateLimiter(roomy, clock, () => changes++);
    limiter.pauseFor(12_000);
    assert.equal(limiter.rateLimitedForMs, 12_000);
    const calls = Array.from({ length: 3 }, () => track(limiter, clock));
    await clock.advance(5_000);
    assert.equal(limiter.rateLimitedForMs, 7_000);
    assert.ok(calls.every((c) => c.grantedAt === undefined));
    limiter.pauseFor(1_000); // a shorter advice never shortens the pause
    assert.equal(limiter.rateLimitedForMs, 7_000);
    await clock.advance(7_000);
    assert.ok(calls.every((c) => c.grantedAt === t0 + 12_000));
    assert.equal(limiter.rateLimitedForMs, 0);
    assert.ok(changes >= 2, 'pause start and end are announced');
  });

  it('applies new limits to waiters already queued', async () => {
    const limiter = new RateLimiter({ ...roomy, maxConcurrent: 1 }, clock);
    track(limiter, clock);
    const second = track(limiter, clock);
    await clock.tick();
    assert.equal(second.grantedAt, undefined);
    limiter.update({ ...roomy, maxConcurrent: 2 });
    await clock.tick();
    assert.equal(second.grantedAt, t0);
  });

  it('rejects queued waiters on dispose', async () => {
    const limiter = new RateLimiter({ ...roomy, maxConcurrent: 1 }, clock);
    track(limiter, clock);
    const waiting = track(limiter, clock);
    await clock.tick();
    limiter.dispose();
    await waiting.promise;
    assert.match(String(waiting.error), /disposed/);
  });

  describe('speculative calls yield to the writer', () => {
    it("lets the writer's call, queued later, start before a speculative one", async () => {
      const limiter = new RateLimiter({ ...roomy, maxConcurrent: 1 }, clock);
      const busy = track(limiter, clock);
      const speculative = track(limiter, clock, 0, undefined, CallPriority.speculative());
      const writer = track(limiter, clock);
      await clock.tick();
      assert.ok(busy.permit);
      assert.equal(speculative.grantedAt, undefined);

      busy.permit.release();
      await clock.tick();
      assert.ok(writer.permit, 'the writer goes first');
      assert.equal(speculative.grantedAt, undefined, 'the speculation still waits');
      writer.permit.release();
      await clock.tick();
      assert.ok(speculative.permit, 'then the speculation');
    });

    it("never takes the request window's last start: that one is the writer's", async () => {
      const limiter = new RateLimiter({ ...roomy, requestsPerMinute: 2 }, clock);
      const first = track(limiter, clock);
      await clock.tick();
      assert.ok(first.permit);
      const speculative = track(limiter, clock, 0, undefined, CallPriority.speculative());
      await clock.advance(30_000);
      assert.equal(speculative.grantedAt, undefined, 'one start left in the window: kept for the writer');
      const writer = track(limiter, clock);
      await clock.tick();
      assert.equal(writer.grantedAt, t0 + 30_000, 'the writer starts at once');
      // The first start leaves the window at 60 s; the writer's still fills it until 90 s.
      await clock.advance(30_000);
      assert.equal(speculative.grantedAt, undefined);
      await clock.advance(30_000);
      assert.equal(speculative.grantedAt, t0 + 90_000, 'once the window has room to spare');
    });

    it('starts a queued speculation as soon as the writer asks for it (its priority raised)', async () => {
      const limiter = new RateLimiter({ ...roomy, requestsPerMinute: 2, maxConcurrent: 1 }, clock);
      const first = track(limiter, clock);
      await clock.tick();
      first.permit!.release();
      const priority = CallPriority.speculative();
      const speculative = track(limiter, clock, 0, undefined, priority);
      await clock.advance(1_000);
      assert.equal(speculative.grantedAt, undefined);
      priority.raise();
      await clock.tick();
      assert.equal(speculative.grantedAt, t0 + 1_000, 'it takes the last start, as the writer may');
    });

    it('does not start a speculation during a 429 pause, nor before the writer after it', async () => {
      const limiter = new RateLimiter(roomy, clock);
      limiter.pauseFor(5_000);
      const speculative = track(limiter, clock, 0, undefined, CallPriority.speculative());
      await clock.advance(2_000);
      const writer = track(limiter, clock);
      await clock.advance(2_999);
      assert.equal(speculative.grantedAt, undefined);
      assert.equal(writer.grantedAt, undefined);
      await clock.advance(1);
      assert.equal(writer.grantedAt, t0 + 5_000);
      assert.equal(speculative.grantedAt, t0 + 5_000, 'then it may start too');
      assert.ok(writer.grant! < speculative.grant!, 'the writer first');
    });

    it('a cancelled speculation leaves the queue', async () => {
      const limiter = new RateLimiter({ ...roomy, maxConcurrent: 1 }, clock);
      const busy = track(limiter, clock);
      const abort = new AbortController();
      const speculative = track(limiter, clock, 0, abort.signal, CallPriority.speculative());
      await clock.tick();
      abort.abort(new Error('discarded'));
      await speculative.promise;
      assert.ok(speculative.error instanceof Error);
      assert.equal(limiter.queueLength, 0);
      busy.permit!.release();
    });
  });
});
