// The small pieces behind model-aware requests and the attempt chain, each on its own.
import * as assert from 'node:assert/strict';
import { defaultSettings } from '../../../src/core/config/settings';
import { GenerationError } from '../../../src/core/generation/generationError';
import { outputBudget, requestFor, thinkingFor } from '../../../src/core/generation/requestSettings';
import { stagePrompt } from '../../../src/core/prompts/stagePrompt';
import { breakerTicket, estimateInputTokens, pauseOnRateLimit, recordOutcome, throughBreaker } from '../../../src/gemini/attemptSteps';
import { CircuitBreaker } from '../../../src/gemini/circuitBreaker';
import { generationConfigFor, nearestLevel, thinkingRecovery } from '../../../src/gemini/generationConfig';
import { describeLimits, modelChoices } from '../../../src/gemini/modelChoices';
import { profileOf } from '../../../src/gemini/modelProfiles';
import { replacementFor, traitsOf } from '../../../src/gemini/modelTable';
import { RateLimiter } from '../../../src/gemini/rateLimiter';
import { FakeClock } from './fakeClock';

describe('model table', () => {
  it('knows how each current model thinks and whether it takes temperature', () => {
    assert.deepEqual(traitsOf('gemini-3.8-flash').thinking, { by: 'level', levels: ['low', 'medium', 'high'], defaultLevel: 'medium' });
    assert.deepEqual(traitsOf('models/gemini-3.6-flash').thinking, { by: 'level', levels: ['minimal', 'low', 'medium', 'high'], defaultLevel: 'medium' });
    assert.equal(traitsOf('gemini-3.5-flash-lite').thinking.by, 'level');
    assert.equal(traitsOf('gemini-3.8-flash').sampling, 'deprecated');
    assert.equal(traitsOf('gemini-3.5-flash').sampling, 'honoured');
    assert.deepEqual(traitsOf('gemini-2.5-pro').thinking, { by: 'budget', minBudget: 128, maxBudget: 32_768 });
    assert.equal(traitsOf('gemma-4-31b-it').thinking.by, 'none');
  });

  it('names a current replacement in the same tier', () => {
    assert.equal(replacementFor('gemini-2.5-flash'), 'gemini-3.8-flash');
    assert.equal(replacementFor('gemini-2.5-flash-lite'), 'gemini-3.5-flash-lite');
    assert.equal(replacementFor('models/gemini-2.5-pro'), 'gemini-3.1-pro-preview');
  });

  it('trusts models.get on the output limit and on whether a model thinks at all', () => {
    assert.equal(profileOf('gemini-3.8-flash', { outputTokenLimit: 32_000 }).outputTokenLimit, 32_000);
    assert.equal(profileOf('gemini-3.8-flash', {}).outputTokenLimit, 65_536);
    assert.equal(profileOf('gemini-3.8-flash', { thinking: false }).thinking.by, 'none');
  });
});

describe('generation config for a model', () => {
  const flash38 = profileOf('gemini-3.8-flash', { outputTokenLimit: 65_536 });
  const flash36 = profileOf('gemini-3.6-flash', {});
  const pro25 = profileOf('gemini-2.5-pro', {});
  const flash25 = profileOf('gemini-2.5-flash', {});

  it('maps a level to the nearest the model has, upwards', () => {
    assert.equal(nearestLevel('minimal', ['low', 'medium', 'high']), 'low');
    assert.equal(nearestLevel('minimal', ['minimal', 'low']), 'minimal');
    assert.equal(nearestLevel('high', ['low', 'medium']), 'medium');
  });

  it('never sends both, never a budget to a level model, never 0 to 2.5 Pro', () => {
    const wish = { model: 'm', prompt: 'p', thinking: 'minimal' as const, thinkingBudget: 0 };
    assert.deepEqual(generationConfigFor(wish, flash38).thinkingConfig, { thinkingLevel: 'LOW' });
    assert.deepEqual(generationConfigFor(wish, flash36).thinkingConfig, { thinkingLevel: 'MINIMAL' });
    assert.deepEqual(generationConfigFor(wish, pro25).thinkingConfig, { thinkingBudget: 128 });
    assert.deepEqual(generationConfigFor(wish, flash25).thinkingConfig, { thinkingBudget: 0 });
  });

  it('sends temperature only when asked and honoured; clamps the output budget', () => {
    assert.equal(generationConfigFor({ model: 'm', prompt: 'p', temperature: 0.5 }, flash38).temperature, undefined);
    assert.equal(generationConfigFor({ model: 'm', prompt: 'p', temperature: 0.5 }, flash25).temperature, 0.5);
    assert.equal(generationConfigFor({ model: 'm', prompt: 'p' }, flash25).temperature, undefined);
    assert.equal(generationConfigFor({ model: 'm', prompt: 'p', maxOutputTokens: 1e6 }, flash38).maxOutputTokens, 65_536);
  });

  it('recovers from thinking that ate the budget with more room and the least thinking, then gives up', () => {
    const first = generationConfigFor({ model: 'm', prompt: 'p', thinking: 'high', maxOutputTokens: 4000 }, flash38);
    const second = thinkingRecovery(first, flash38)!;
    assert.deepEqual(second.thinkingConfig, { thinkingLevel: 'LOW' });
    assert.equal(second.maxOutputTokens, 8000);
    const atLimit = { ...second, maxOutputTokens: 65_536 };
    assert.equal(thinkingRecovery(atLimit, flash38), undefined, 'nothing left to change');
  });
});

describe('requests from a stage prompt (core)', () => {
  const settings = defaultSettings();

  it('thinks low for planning and drafting, medium for revision, unless the writer chose', () => {
    assert.equal(thinkingFor('outline', 'auto'), 'low');
    assert.equal(thinkingFor('draft', 'auto'), 'low');
    assert.equal(thinkingFor('revision', 'auto'), 'medium');
    assert.equal(thinkingFor('revision', 'high'), 'high');
  });

  it('sizes maxOutputTokens from the reply it asks for, plus room for thinking; no temperature by default', () => {
    const prompt = { ...stagePrompt('draft', 'main', 'sys', 'Write about 3000 words.'), replyWords: 3000 };
    const request = requestFor(prompt, 'gemini-3.8-flash', settings);
    assert.equal(request.maxOutputTokens, outputBudget(3000, 'low'));
    assert.ok(request.maxOutputTokens! > 3000 * 1.3 + 4000);
    assert.equal(request.temperature, undefined);
    assert.equal(request.thinking, 'low');
    assert.equal(request.thinkingBudget, undefined);
    const fixed = requestFor(prompt, 'm', { ...settings, maxOutputTokens: 9000, temperature: 0.8, thinkingBudget: 256 });
    assert.equal(fixed.maxOutputTokens, 9000);
    assert.equal(fixed.temperature, 0.8);
    assert.equal(fixed.thinkingBudget, 256);
  });
});

describe('attempt steps', () => {
  const failure = (kind: GenerationError['kind']) => new GenerationError(kind, kind);

  /** Settles `promise` into a readable state without waiting for it. */
  function observe<T>(promise: Promise<T>): { state: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } {
    const seen: { state: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } = { state: 'pending' };
    promise.then(
      (value) => Object.assign(seen, { state: 'resolved', value }),
      (error: unknown) => Object.assign(seen, { state: 'rejected', error }),
    );
    return seen;
  }

  // Issue #12 item 2 changes what this asserted: an open circuit no longer refuses the call with
  // `circuit-open` (which ended the run); the call waits out the cooldown and then probes.
  it('breaker ticket: an open circuit makes the call wait out the cooldown, then it probes', async () => {
    const clock = new FakeClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 5000 }, clock);
    await assert.rejects(throughBreaker(breaker, await breakerTicket(breaker, clock, undefined), async () => Promise.reject(failure('unavailable'))));
    const waits: number[] = [];
    const ticket = observe(breakerTicket(breaker, clock, undefined, (ms) => waits.push(ms)));
    await clock.advance(4999);
    assert.equal(ticket.state, 'pending', 'still waiting 1 ms before the cooldown ends');
    assert.deepEqual(waits, [5000], 'told once how long the pause has left');
    await clock.advance(1);
    assert.equal(ticket.state, 'resolved');
    assert.equal(ticket.value?.probe, true, 'the first call after the cooldown is the probe');
  });

  it('breaker ticket: the wait is cancellable', async () => {
    const clock = new FakeClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 5000 }, clock);
    breaker.recordFailure({ probe: false });
    const controller = new AbortController();
    const ticket = breakerTicket(breaker, clock, controller.signal);
    await clock.advance(1000);
    controller.abort();
    await assert.rejects(ticket, (e: GenerationError) => e.kind === 'cancelled');
    assert.equal(clock.pending, 0, 'the cooldown timer was released');
  });

  it('breaker ticket: calls behind the probe pass when it succeeds, and share its failure when it fails', async () => {
    const clock = new FakeClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 5000 }, clock);
    breaker.recordFailure({ probe: false });
    await clock.advance(5000);
    const probe = await breakerTicket(breaker, clock, undefined);
    assert.equal(probe.probe, true);
    const behind = observe(breakerTicket(breaker, clock, undefined));
    await clock.tick();
    assert.equal(behind.state, 'pending', 'one probe at a time');
    breaker.recordSuccess(probe);
    await clock.tick();
    assert.equal(behind.state, 'resolved');
    assert.equal(behind.value?.probe, false, 'the circuit closed: a normal call');

    breaker.recordFailure({ probe: false });
    await clock.advance(5000);
    const secondProbe = await breakerTicket(breaker, clock, undefined);
    const unlucky = observe(breakerTicket(breaker, clock, undefined));
    breaker.recordFailure(secondProbe);
    await clock.tick();
    assert.equal(unlucky.state, 'rejected', 'the probe failed while it waited');
    assert.ok(unlucky.error instanceof GenerationError && unlucky.error.kind === 'unavailable' && unlucky.error.retryable, 'a retryable overload, so it spends a retry');
  });

  it('outcome: only signs that Gemini is down count against the circuit', async () => {
    const clock = new FakeClock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 5000 }, clock);
    for (const kind of ['rate-limited', 'bad-request', 'cancelled', 'billing'] as const) recordOutcome(breaker, await breakerTicket(breaker, clock, undefined), failure(kind));
    assert.equal(breaker.state, 'closed');
    recordOutcome(breaker, await breakerTicket(breaker, clock, undefined), failure('timeout'));
    assert.equal(breaker.state, 'open');
  });

  it('outcome: a 429 pauses the limiter for the advised delay, or the backoff', () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: 100, tokensPerMinute: 0, minDelayMs: 0, maxConcurrent: 4 }, clock);
    pauseOnRateLimit(limiter, new GenerationError('rate-limited', 'x', { retryAfterMs: 1500 }), () => 99);
    assert.equal(limiter.rateLimitedForMs, 1500);
    pauseOnRateLimit(limiter, failure('unavailable'), () => 99);
    assert.equal(limiter.rateLimitedForMs, 1500, 'other failures do not pause');
    limiter.dispose();
  });

  it("limiter permit: input tokens only (Gemini's TPM counts input)", () => {
    assert.equal(estimateInputTokens({ model: 'm', prompt: 'x'.repeat(400), systemInstruction: 'y'.repeat(40), config: { maxOutputTokens: 60_000 } }), 110);
  });
});

describe('model choices', () => {
  it('recommended first, then newest, aliases last, with limits', () => {
    const choices = modelChoices([
      { name: 'models/gemini-flash-latest', displayName: 'Gemini Flash Latest' },
      { name: 'models/gemini-3.5-flash', displayName: 'Gemini 3.5 Flash', outputTokenLimit: 65_536 },
      { name: 'models/gemini-3.8-flash', displayName: 'Gemini 3.8 Flash', inputTokenLimit: 1_048_576, outputTokenLimit: 65_536 },
      { name: 'models/gemini-3.7-flash', displayName: 'Gemini 3.7 Flash' },
    ]);
    assert.deepEqual(
      choices.map((c) => c.id),
      ['gemini-3.8-flash', 'gemini-3.7-flash', 'gemini-3.5-flash', 'gemini-flash-latest'],
    );
    assert.equal(describeLimits(choices[0]!), 'in 1,048,576 · out 65,536 tokens · thinks by level');
  });
});
