import * as assert from 'node:assert/strict';
import { GenerationError } from '../../../src/core/generation/generationError';
import type { GeminiService } from '../../../src/gemini/geminiService';
import { startFakeGemini, type FakeGemini, type Fault } from '../../support/fakeGemini';
import { FakeClock } from './fakeClock';
import { generateRequests, perMinute429, seededRandom, serviceFor, stillPendingAfter, whenService, within } from './serviceHarness';
import { exitCodeOf } from '../../../src/cli/exitCodes';
import { actionFor } from '../../../src/vscode/errorActions';

const MODEL = 'gemini-3.8-flash';

/** Lets the service run (real HTTP included) until `condition` holds, without moving the fake time. */
async function until(clock: FakeClock, what: string, condition: () => boolean): Promise<void> {
  let waiting = true;
  try {
    await within(
      (async () => {
        while (waiting && !condition()) await clock.tick();
      })(),
      5_000,
      what,
    );
  } finally {
    waiting = false;
  }
}

describe('GeminiService resilience over HTTP', function () {
  this.timeout(20_000);
  let server: FakeGemini;
  const services: GeminiService[] = [];

  const make = (setup: Parameters<typeof serviceFor>[0] = {}) => {
    const made = serviceFor({ server, ...setup });
    services.push(made.service);
    return made;
  };

  before(async () => {
    server = await startFakeGemini();
  });

  afterEach(async () => {
    await Promise.all(services.splice(0).map((s) => s.dispose()));
    server.reset();
    server.setOptions({ ttftMs: 0, tokensPerSecond: 0, requestsPerMinute: 0, wordsPerChunk: 12 });
  });

  after(async () => {
    await server.stop();
  });

  describe('retries', () => {
    it('retries a 503 and then succeeds', async () => {
      const { service } = make();
      server.script({ kind: 'fixture', name: '503-overloaded' }, { kind: 'fixture', name: '500-internal' });
      const result = await service.generateText({ model: MODEL, prompt: 'Write 10 words.' });
      assert.equal(result.text.split(/\s+/).length, 10);
      assert.equal(generateRequests(server).length, 3);
      const stats = service.getStatistics();
      assert.equal(stats.apiCalls, 3);
      assert.equal(stats.retries, 2);
      assert.equal(stats.errors, 0);
    });

    it('gives up after retry.maxRetries with an unavailable error that says so', async () => {
      const { service } = make({ settings: { 'retry.maxRetries': 2 } });
      server.script(...Array.from({ length: 3 }, (): Fault => ({ kind: 'fixture', name: '503-overloaded' })));
      await assert.rejects(service.generateText({ model: MODEL, prompt: 'x' }), (e: GenerationError) => {
        assert.equal(e.kind, 'unavailable');
        assert.equal(exitCodeOf(e.kind), 6);
        assert.equal(e.attempts, 3);
        assert.match(e.message, /Gave up after 3 attempts/);
        return true;
      });
      assert.equal(generateRequests(server).length, 3);
    });

    it('waits the advised delay of a per-minute 429, pausing the limiter meanwhile (fake clock)', async () => {
      const clock = new FakeClock();
      const { service } = make({ clock, settings: { 'retry.baseDelayMs': 0 } });
      let longestPause = 0;
      service.onDidChange(() => (longestPause = Math.max(longestPause, service.getStatistics().rateLimitedForMs)));
      server.script(perMinute429('0.25s'));
      const call = service.generateText({ model: MODEL, prompt: 'Write 10 words.' });
      await until(clock, 'the 429 and the pause it starts', () => generateRequests(server)[0]?.endedAt !== undefined && service.getStatistics().rateLimitedForMs > 0);
      await clock.advance(240);
      await clock.tick();
      assert.equal(generateRequests(server).length, 1, 'not retried before the advised 250 ms');
      await clock.advance(1_260);
      await within(call, 5_000, 'the retried call');
      const [rejected, retried] = generateRequests(server);
      assert.equal(rejected!.status, 429);
      assert.equal(retried!.status, 200, 'retried within 1.5 s of fake time');
      assert.ok(longestPause > 150 && longestPause <= 250, `countdown seen: ${longestPause} ms`);
      assert.equal(service.getStatistics().rateLimitedForMs, 0);
    });

    it('honours the fractional advised delay of the real per-minute fixture', async function () {
      this.timeout(10_000);
      const { service } = make();
      server.script({ kind: 'fixture', name: '429-per-minute-retryinfo' });
      await service.generateText({ model: MODEL, prompt: 'Write 5 words.' });
      const [rejected, retried] = generateRequests(server);
      assert.ok(retried!.startedAt - rejected!.endedAt! >= 2800, 'RetryInfo said 2.837906927s');
    });

    it('a per-minute 429 holds back parallel callers too', async () => {
      const { service } = make({ settings: { 'retry.baseDelayMs': 0 } });
      server.script(perMinute429('0.3s'));
      const first = service.generateText({ model: MODEL, prompt: 'Write 5 words. A' });
      await whenService(service, () => service.getStatistics().rateLimitedForMs > 0, 5000, 'the 429 pause');
      const second = service.generateText({ model: MODEL, prompt: 'Write 5 words. B' });
      await Promise.all([first, second]);
      const rejectedAt = generateRequests(server).find((r) => r.status === 429)!.endedAt!;
      const b = generateRequests(server).find((r) => r.promptText.endsWith('B'))!;
      assert.ok(b.startedAt - rejectedAt >= 280, `the other caller waited too (${(b.startedAt - rejectedAt).toFixed(0)} ms)`);
      assert.ok(service.getStatistics().limiterWaitMs >= 250);
    });

    it('never retries a per-day quota', async () => {
      const { service } = make();
      server.script({ kind: 'fixture', name: '429-per-day' });
      await assert.rejects(service.generateText({ model: MODEL, prompt: 'x' }), (e: GenerationError) => {
        assert.equal(e.kind, 'quota-daily');
        assert.equal(exitCodeOf(e.kind), 4);
        assert.match(e.message, /midnight Pacific time/);
        return true;
      });
      assert.equal(generateRequests(server).length, 1);
      assert.equal(service.getStatistics().rateLimitedForMs, 0, 'a daily quota does not pause the limiter');
    });

    it('never retries an invalid key, and never repeats the key', async () => {
      const wrongKey = 'AIzaWRONG-KEY-0987654321';
      const { service, logger } = make({ apiKey: wrongKey });
      await assert.rejects(service.generateText({ model: MODEL, prompt: 'x' }), (e: GenerationError) => {
        assert.equal(e.kind, 'auth');
        assert.equal(exitCodeOf(e.kind), 3);
        assert.equal(actionFor(e.kind), 'setApiKey');
        assert.match(e.message, /Story: Set API Key/);
        assert.ok(!e.message.includes(wrongKey));
        return true;
      });
      // The model lookup (models.get) meets the bad key first: one request in all, never retried.
      assert.equal(server.requests.length, 1);
      assert.ok(!logger.text().includes(wrongKey));
    });

    it('fails at once without calling when no key is set', async () => {
      const { service } = make({ apiKey: undefined });
      await assert.rejects(service.generateText({ model: MODEL, prompt: 'x' }), (e: GenerationError) => {
        assert.equal(e.kind, 'auth');
        assert.match(e.message, /^No Gemini API key is set/);
        return true;
      });
      assert.equal(server.requests.length, 0);
    });

    it('never retries an unknown model, and names it and the setting', async () => {
      const { service } = make();
      await assert.rejects(service.generateText({ model: 'gemini-9.9-flash', prompt: 'x' }), (e: GenerationError) => {
        assert.equal(e.kind, 'model-not-found');
        assert.match(e.message, /"gemini-9\.9-flash".*storyWriter\.model/);
        return true;
      });
      assert.equal(server.requests.length, 1, 'the model lookup, never retried');
    });
  });

  describe('the model lookup', () => {
    it("one caller's cancel during the shared models.get does not fail another caller", async () => {
      server.setOptions({ modelLookupDelayMs: 300 });
      try {
        const { service } = make();
        const leaving = new AbortController();
        const first = service.generateText({ model: MODEL, prompt: 'Write 5 words.' }, { signal: leaving.signal });
        const second = service.generateText({ model: MODEL, prompt: 'Write 6 words.' });
        await server.waitForRequest((r) => r.action === 'getModel');
        leaving.abort();
        await assert.rejects(first, (e: GenerationError) => e.kind === 'cancelled');
        assert.equal((await within(second, 5_000, 'the second call')).text.split(/\s+/).length, 6);
        assert.equal(server.requests.filter((r) => r.action === 'getModel').length, 1, 'one lookup, shared');
      } finally {
        server.setOptions({ modelLookupDelayMs: 0 });
      }
    });

    it('a lookup stuck past the request timeout falls back to the built-in table', async () => {
      server.setOptions({ modelLookupDelayMs: 3_000 });
      try {
        const { service } = make({ settings: { requestTimeoutSeconds: 0.3 } });
        const result = await within(service.generateText({ model: MODEL, prompt: 'Write 7 words.', thinking: 'minimal' }), 2_500, 'the call');
        assert.equal(result.text.split(/\s+/).length, 7);
        const [sent] = generateRequests(server);
        assert.deepEqual(sent!.generationConfig?.thinkingConfig, { thinkingLevel: 'LOW' }, 'the table knows 3.8 Flash thinks by level, without MINIMAL');
      } finally {
        server.setOptions({ modelLookupDelayMs: 0 });
      }
    });
  });

  describe('free tier', () => {
    it("a FreeTier 429 holds the session to that tier's rate and says so once", async () => {
      const notices: string[] = [];
      const { service } = make({ onNotice: (m) => notices.push(m) });
      server.script(perMinute429('0.05s', 'free-tier'), perMinute429('0.05s', 'free-tier'));
      await service.generateText({ model: MODEL, prompt: 'Write 4 words.' });
      assert.deepEqual(service.freeTierLimits, { requestsPerMinute: 10, requestsPerDay: 20 });
      for (let i = 0; i < 7; i++) await service.generateText({ model: MODEL, prompt: `Write ${5 + i} words.` });
      // Ten requests started in this minute (three 429'd or answered attempts + seven): the next waits.
      const eleventh = service.generateText({ model: MODEL, prompt: 'Write 20 words.' });
      assert.ok(await stillPendingAfter(eleventh, 300), 'held back by the free tier rate');
      assert.equal(notices.length, 1);
      assert.match(notices[0]!, /free tier.*10 a minute.*about 20 requests a day/);
      await service.dispose();
      await eleventh.catch(() => undefined);
    });

    it('a paid-tier 429 leaves the configured rate alone', async () => {
      const { service } = make();
      server.script(perMinute429('0.05s'));
      await service.generateText({ model: MODEL, prompt: 'Write 4 words.' });
      assert.equal(service.freeTierLimits, undefined);
    });
  });

  describe('broken streams', () => {
    /** What a UI would show: appended deltas, cleared on restart. */
    function display() {
      let shown = '';
      let restarts = 0;
      return {
        options: { onText: (delta: string) => (shown += delta), onRestart: () => ((shown = ''), restarts++) },
        get shown() {
          return shown;
        },
        get restarts() {
          return restarts;
        },
      };
    }

    async function uncut(prompt: string): Promise<string> {
      const { service } = make({ settings: { 'cache.enabled': false } });
      return (await service.generateText({ model: MODEL, prompt })).text;
    }

    for (const fault of [
      { kind: 'cut', afterWords: 40 },
      { kind: 'stream-error', afterWords: 25, status: 503 },
      { kind: 'malformed', afterWords: 30 },
    ] as const) {
      it(`${fault.kind} after some words: restarts clean, final text exact`, async () => {
        const prompt = `Write 150 words about the sea (${fault.kind}).`;
        const expected = await uncut(prompt);
        server.reset();
        const { service } = make({ settings: { 'cache.enabled': false } });
        const ui = display();
        server.script(fault);
        const result = await service.generateText({ model: MODEL, prompt }, ui.options);
        assert.equal(result.text, expected);
        assert.equal(ui.shown, expected, 'no duplicated or lost words on screen');
        assert.equal(ui.restarts, 1);
        assert.equal(generateRequests(server).length, 2);
        assert.equal(service.getStatistics().retries, 1);
      });
    }

    it('abandons a silent request after requestTimeoutSeconds and retries it', async () => {
      const { service } = make({ settings: { requestTimeoutSeconds: 0.3 } });
      server.script({ kind: 'hang' });
      const result = await within(service.generateText({ model: MODEL, prompt: 'Write 8 words.' }), 5000, 'the retried call');
      assert.equal(result.text.split(/\s+/).length, 8);
      const [hung] = generateRequests(server);
      assert.equal(hung!.endReason, 'client-closed');
      assert.equal(service.getStatistics().retries, 1);
    });

    it('reports timeout when every attempt stays silent', async () => {
      const { service } = make({ settings: { requestTimeoutSeconds: 0.2, 'retry.maxRetries': 1 } });
      server.script({ kind: 'hang' }, { kind: 'hang' });
      await assert.rejects(service.generateText({ model: MODEL, prompt: 'x' }), (e: GenerationError) => {
        assert.equal(e.kind, 'timeout');
        assert.equal(exitCodeOf(e.kind), 6);
        assert.match(e.message, /storyWriter\.requestTimeoutSeconds/);
        return true;
      });
    });
  });

  describe('cancellation', () => {
    it('a queued call leaves the queue at once, without reaching Gemini', async () => {
      const { service } = make({ settings: { 'rateLimit.maxConcurrent': 1 } });
      server.script({ kind: 'hang' });
      const holder = new AbortController();
      const first = service.generateText({ model: MODEL, prompt: 'first' }, { signal: holder.signal });
      await server.waitForRequest((r) => r.promptText === 'first');
      const queued = new AbortController();
      const second = service.generateText({ model: MODEL, prompt: 'second' }, { signal: queued.signal });
      assert.ok(await stillPendingAfter(second, 50), 'held by the concurrency limit');
      queued.abort();
      await assert.rejects(within(second, 1000, 'the cancelled call'), (e: GenerationError) => e.kind === 'cancelled' && exitCodeOf(e.kind) === 130);
      holder.abort();
      await assert.rejects(first, (e: GenerationError) => e.kind === 'cancelled');
      assert.deepEqual(
        generateRequests(server).map((r) => r.promptText),
        ['first'],
      );
      assert.equal(service.getStatistics().errorsByKind.cancelled, 2);
    });

    it('an in-flight stream is aborted and the text so far comes back as partialText', async () => {
      server.setOptions({ tokensPerSecond: 400, wordsPerChunk: 5 });
      const { service } = make();
      const controller = new AbortController();
      let seen = '';
      const call = service.generateText(
        { model: MODEL, prompt: 'Write 400 words.' },
        {
          signal: controller.signal,
          onText: (_d, soFar) => {
            seen = soFar;
            if (soFar.split(/\s+/).length >= 20) controller.abort();
          },
        },
      );
      await assert.rejects(within(call, 5000, 'the aborted call'), (e: GenerationError) => {
        assert.equal(e.kind, 'cancelled');
        assert.equal(e.partialText, seen);
        assert.ok(seen.length > 0);
        return true;
      });
      const [request] = generateRequests(server);
      await server.waitForRequest((r) => r.id === request!.id && r.endedAt !== undefined);
      assert.equal(request!.endReason, 'client-closed');
      assert.ok(request!.outputWords < 400);
    });

    it('dispose cancels calls in flight and queued', async () => {
      const { service } = make({ settings: { 'rateLimit.maxConcurrent': 1 } });
      server.script({ kind: 'hang' });
      const inFlight = service.generateText({ model: MODEL, prompt: 'hanging' });
      await server.waitForRequest((r) => r.promptText === 'hanging');
      const queued = service.generateText({ model: MODEL, prompt: 'queued' });
      await service.dispose();
      for (const call of [inFlight, queued]) {
        await assert.rejects(within(call, 1000, 'a call after dispose'), (e: GenerationError) => e.kind === 'cancelled');
      }
      await assert.rejects(service.generateText({ model: MODEL, prompt: 'late' }), (e: GenerationError) => e.kind === 'cancelled');
    });

    it('a throwing onText callback is logged, not mistaken for a Gemini failure', async () => {
      const { service, logger } = make();
      const result = await service.generateText(
        { model: MODEL, prompt: 'Write 20 words.' },
        {
          onText: () => {
            throw new Error('UI bug');
          },
        },
      );
      assert.equal(result.text.split(/\s+/).length, 20);
      assert.match(logger.text(), /onText callback failed.*UI bug/);
    });

    it('a follower of a shared call can cancel alone', async () => {
      server.setOptions({ ttftMs: 200 });
      const { service } = make();
      const request = { model: MODEL, prompt: 'Write 10 words.' };
      const leader = service.generateText(request);
      const controller = new AbortController();
      const follower = service.generateText(request, { signal: controller.signal });
      controller.abort();
      await assert.rejects(follower, (e: GenerationError) => e.kind === 'cancelled');
      assert.equal((await leader).fromCache, false);
    });
  });

  describe('API calls: requests that reached Gemini', () => {
    it('a call reports the requests it sent, retries included; the cache and a call that never sent anything report none', async () => {
      const { service } = make();
      server.script({ kind: 'fixture', name: '503-overloaded' });
      const request = { model: MODEL, prompt: 'Write 6 words.' };
      assert.equal((await service.generateText(request)).apiCalls, 2, 'a 503 and the retry that answered');
      assert.equal((await service.generateText(request)).apiCalls, 0, 'from the cache');
      assert.equal(service.getStatistics().apiCalls, 2);

      const { service: keyless } = make({ apiKey: undefined });
      await assert.rejects(keyless.generateText(request), (e: GenerationError) => e.kind === 'auth' && e.apiCalls === 0);
      assert.equal(keyless.getStatistics().apiCalls, 0);
    });

    it('a call that gives up reports every request it sent', async () => {
      const { service } = make({ settings: { 'retry.maxRetries': 2, 'cache.enabled': false } });
      server.scriptWhen(() => true, { kind: 'fixture', name: '503-overloaded' }, { times: Infinity });
      await assert.rejects(service.generateText({ model: MODEL, prompt: 'x' }), (e: GenerationError) => e.kind === 'unavailable' && e.apiCalls === 3);
      assert.equal(generateRequests(server).length, 3);
    });
  });

  describe('circuit breaker (fake clock)', () => {
    const breakerSettings = { 'retry.maxRetries': 0, 'circuitBreaker.failureThreshold': 2, 'circuitBreaker.cooldownSeconds': 30, 'cache.enabled': false };
    const overloaded: Fault = { kind: 'fixture', name: '503-overloaded' };

    // Issue #12 item 2 changes what this asserted: a call that meets the open circuit no longer
    // fails fast with `circuit-open` (exit 6, the run ended); it waits out the cooldown and probes.
    it('opens after consecutive failures; the next call waits out the cooldown without a request, probes, and the circuit closes', async () => {
      const clock = new FakeClock();
      const { service, logger } = make({ clock, settings: breakerSettings });
      server.script(overloaded, overloaded);
      for (let i = 0; i < 2; i++) {
        await assert.rejects(service.generateText({ model: MODEL, prompt: 'x' }), (e: GenerationError) => e.kind === 'unavailable');
      }
      assert.equal(service.getStatistics().circuitState, 'open');
      assert.equal(service.getStatistics().circuitOpenForMs, 30_000, 'the countdown the status bar shows');

      let settled = false;
      const waiting = service.generateText({ model: MODEL, prompt: 'Write 3 words.' }).finally(() => (settled = true));
      await until(clock, 'the call to wait for the circuit', () => /waiting 30 s for the next try/.test(logger.text()));
      await clock.advance(29_999);
      assert.equal(settled, false, 'still waiting 1 ms before the cooldown ends');
      assert.equal(service.getStatistics().circuitOpenForMs, 1);
      assert.equal(generateRequests(server).length, 2, 'no request while the circuit is open');
      await clock.advance(1);
      const result = await within(waiting, 5_000, 'the probe');
      assert.equal(result.text.split(/\s+/).length, 3);
      assert.equal(generateRequests(server).length, 3, 'exactly one probe');
      assert.equal(service.getStatistics().circuitState, 'closed');
    });

    it('a probe that fails is the failure of every call waiting behind it: one request, each call spends a retry', async () => {
      const clock = new FakeClock();
      const { service, logger } = make({ clock, settings: breakerSettings });
      server.scriptWhen(() => true, overloaded, { times: Infinity });
      for (let i = 0; i < 2; i++) await assert.rejects(service.generateText({ model: MODEL, prompt: `x${i}` }));
      const calls = [0, 1, 2].map((i) => service.generateText({ model: MODEL, prompt: `Write 3 words. #${i}` }));
      const outcomes = calls.map((call) =>
        call.then(
          () => 'ok',
          (e: GenerationError) => e.kind,
        ),
      );
      await until(clock, 'three calls to wait for the circuit', () => (logger.text().match(/waiting 30 s for the next try/g) ?? []).length === 3);
      await clock.advance(30_000);
      assert.deepEqual(await within(Promise.all(outcomes), 5_000, 'the three calls'), ['unavailable', 'unavailable', 'unavailable']);
      assert.equal(generateRequests(server).length, 3, 'two that opened the circuit and one probe');
      assert.equal(service.getStatistics().circuitState, 'open');
    });

    it('cancelling a call that waits for the circuit ends it at once', async () => {
      const clock = new FakeClock();
      const { service, logger } = make({ clock, settings: breakerSettings });
      server.script(overloaded, overloaded);
      for (let i = 0; i < 2; i++) await assert.rejects(service.generateText({ model: MODEL, prompt: `x${i}` }));
      const controller = new AbortController();
      const waiting = service.generateText({ model: MODEL, prompt: 'Write 3 words.' }, { signal: controller.signal });
      await until(clock, 'the call to wait for the circuit', () => /waiting 30 s for the next try/.test(logger.text()));
      controller.abort();
      await assert.rejects(within(waiting, 5_000, 'the cancelled call'), (e: GenerationError) => e.kind === 'cancelled');
      assert.equal(generateRequests(server).length, 2);
    });
  });

  describe('under load', () => {
    it('100 concurrent requests under a 30 % mix of 429s and 503s each complete exactly once', async () => {
      const random = seededRandom(42);
      let draw = 'none';
      server.scriptWhen(
        () => {
          const r = random();
          draw = r < 0.15 ? '429' : r < 0.3 ? '503' : 'none';
          return draw === '429';
        },
        perMinute429('0.02s'),
        { times: Infinity },
      );
      server.scriptWhen(() => draw === '503', { kind: 'fixture', name: '503-overloaded' }, { times: Infinity });
      const { service } = make({
        settings: { 'retry.maxRetries': 10, 'rateLimit.maxConcurrent': 16 },
      });
      const prompts = Array.from({ length: 100 }, (_, i) => `Write 12 words. Request #${i}.`);
      const results = await within(Promise.all(prompts.map((prompt) => service.generateText({ model: MODEL, prompt }))), 15_000, '100 requests');
      assert.equal(results.length, 100);
      assert.ok(results.every((r) => r.text.split(/\s+/).length === 12));

      const stats = service.getStatistics();
      const requests = generateRequests(server);
      const failed = requests.filter((r) => r.status !== 200).length;
      assert.ok(failed >= 15, `the mix really happened (${failed} failures)`);
      assert.equal(stats.requests, 100);
      assert.equal(stats.apiCalls, requests.length, 'every HTTP attempt is counted');
      assert.equal(stats.apiCalls, 100 + stats.retries);
      assert.equal(stats.retries, failed);
      assert.equal(stats.errors, 0);
      assert.equal(stats.cacheMisses, 100);
      const succeeded = new Set(requests.filter((r) => r.status === 200).map((r) => r.promptText));
      assert.equal(succeeded.size, 100);
      assert.equal(requests.filter((r) => r.status === 200).length, 100, 'each prompt answered exactly once');
    });

    it('never trips the server’s rpm quota when the limiter uses the same limit', async () => {
      server.setOptions({ requestsPerMinute: 20 });
      const { service } = make({ settings: { 'rateLimit.requestsPerMinute': 20, 'cache.enabled': false } });
      await Promise.all(Array.from({ length: 20 }, (_, i) => service.generateText({ model: MODEL, prompt: `Write 4 words. #${i}` })));
      const controller = new AbortController();
      const twentyFirst = service.generateText({ model: MODEL, prompt: 'Write 4 words. #21' }, { signal: controller.signal });
      assert.ok(await stillPendingAfter(twentyFirst, 300), 'the 21st waits for the window');
      controller.abort();
      await assert.rejects(twentyFirst, (e: GenerationError) => e.kind === 'cancelled');
      assert.equal(server.stats.rateLimited, 0);
      assert.equal(generateRequests(server).length, 20);
    });
  });
});
