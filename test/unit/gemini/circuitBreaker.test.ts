import * as assert from 'node:assert/strict';
import { CircuitBreaker, type BreakerTicket } from '../../../src/gemini/circuitBreaker';
import type { CircuitState } from '../../../src/gemini/types';
import { FakeClock } from './fakeClock';

function pass(breaker: CircuitBreaker): BreakerTicket {
  const decision = breaker.tryPass();
  assert.ok(decision.allowed, 'expected the call to pass');
  return decision.ticket;
}

describe('CircuitBreaker', () => {
  let clock: FakeClock;
  let transitions: CircuitState[];
  let breaker: CircuitBreaker;

  beforeEach(() => {
    clock = new FakeClock();
    transitions = [];
    breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 10_000 }, clock, (s) => transitions.push(s));
  });

  it('opens after threshold consecutive failures and fails fast until the cooldown ends', () => {
    for (let i = 0; i < 3; i++) breaker.recordFailure(pass(breaker));
    assert.equal(breaker.state, 'open');
    const decision = breaker.tryPass();
    assert.deepEqual(decision, { allowed: false, retryAt: clock.now() + 10_000, probeInFlight: false });
    assert.equal(breaker.retryAt, clock.now() + 10_000);
  });

  it('a success in between resets the count', () => {
    breaker.recordFailure(pass(breaker));
    breaker.recordFailure(pass(breaker));
    breaker.recordSuccess(pass(breaker));
    breaker.recordFailure(pass(breaker));
    breaker.recordFailure(pass(breaker));
    assert.equal(breaker.state, 'closed');
  });

  it('half-opens after the cooldown and lets exactly one probe through', async () => {
    for (let i = 0; i < 3; i++) breaker.recordFailure(pass(breaker));
    await clock.advance(9_999);
    assert.equal(breaker.state, 'open');
    await clock.advance(1);
    assert.equal(breaker.state, 'half-open');
    const probe = pass(breaker);
    assert.equal(probe.probe, true);
    const other = breaker.tryPass();
    assert.equal(other.allowed, false);
    assert.equal(!other.allowed && other.probeInFlight, true);
    breaker.recordSuccess(probe);
    assert.equal(breaker.state, 'closed');
    assert.deepEqual(transitions, ['open', 'half-open', 'closed']);
  });

  it('a failed probe opens the circuit for another cooldown', async () => {
    for (let i = 0; i < 3; i++) breaker.recordFailure(pass(breaker));
    await clock.advance(10_000);
    breaker.recordFailure(pass(breaker));
    assert.equal(breaker.state, 'open');
    assert.equal(breaker.retryAt, clock.now() + 10_000);
  });

  it('a cancelled probe frees the probe slot without deciding anything', async () => {
    for (let i = 0; i < 3; i++) breaker.recordFailure(pass(breaker));
    await clock.advance(10_000);
    breaker.recordNeutral(pass(breaker));
    assert.equal(breaker.state, 'half-open');
    assert.equal(pass(breaker).probe, true);
  });

  it('late failures of calls started before opening do not extend the cooldown', async () => {
    const late = pass(breaker);
    for (let i = 0; i < 3; i++) breaker.recordFailure(pass(breaker));
    const retryAt = breaker.retryAt;
    await clock.advance(5_000);
    breaker.recordFailure(late);
    assert.equal(breaker.retryAt, retryAt);
  });

  it('uses new settings', () => {
    breaker.update({ failureThreshold: 1, cooldownMs: 1000 });
    breaker.recordFailure(pass(breaker));
    assert.equal(breaker.state, 'open');
    assert.equal(breaker.retryAt, clock.now() + 1000);
  });
});
