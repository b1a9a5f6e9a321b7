"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var assert = __toESM(require("node:assert/strict"));
var import_circuitBreaker = require("../../../src/gemini/circuitBreaker");
var import_fakeClock = require("./fakeClock");
function pass(breaker) {
  const decision = breaker.tryPass();
  assert.ok(decision.allowed, "expected the call to pass");
  return decision.ticket;
}
describe("CircuitBreaker", () => {
  let clock;
  let transitions;
  let breaker;
  beforeEach(() => {
    clock = new import_fakeClock.FakeClock();
    transitions = [];
    breaker = new import_circuitBreaker.CircuitBreaker({ failureThreshold: 3, cooldownMs: 1e4 }, clock, (s) => transitions.push(s));
  });
  it("opens after threshold consecutive failures and fails fast until the cooldown ends", () => {
    for (let i = 0; i < 3; i++) breaker.recordFailure(pass(breaker));
    assert.equal(breaker.state, "open");
    const decision = breaker.tryPass();
    assert.deepEqual(decision, { allowed: false, retryAt: clock.now() + 1e4, probeInFlight: false });
    assert.equal(breaker.retryAt, clock.now() + 1e4);
  });
  it("a success in between resets the count", () => {
    breaker.recordFailure(pass(breaker));
    breaker.recordFailure(pass(breaker));
    breaker.recordSuccess(pass(breaker));
    breaker.recordFailure(pass(breaker));
    breaker.recordFailure(pass(breaker));
    assert.equal(breaker.state, "closed");
  });
  it("half-opens after the cooldown and lets exactly one probe through", async () => {
    for (let i = 0; i < 3; i++) breaker.recordFailure(pass(breaker));
    await clock.advance(9999);
    assert.equal(breaker.state, "open");
    await clock.advance(1);
    assert.equal(breaker.state, "half-open");
    const probe = pass(breaker);
    assert.equal(probe.probe, true);
    const other = breaker.tryPass();
    assert.equal(other.allowed, false);
    assert.equal(!other.allowed && other.probeInFlight, true);
    breaker.recordSuccess(probe);
    assert.equal(breaker.state, "closed");
    assert.deepEqual(transitions, ["open", "half-open", "closed"]);
  });
  it("a failed probe opens the circuit for another cooldown", async () => {
    for (let i = 0; i < 3; i++) breaker.recordFailure(pass(breaker));
    await clock.advance(1e4);
    breaker.recordFailure(pass(breaker));
    assert.equal(breaker.state, "open");
    assert.equal(breaker.retryAt, clock.now() + 1e4);
  });
  it("a cancelled probe frees the probe slot without deciding anything", async () => {
    for (let i = 0; i < 3; i++) breaker.recordFailure(pass(breaker));
    await clock.advance(1e4);
    breaker.recordNeutral(pass(breaker));
    assert.equal(breaker.state, "half-open");
    assert.equal(pass(breaker).probe, true);
  });
  it("late failures of calls started before opening do not extend the cooldown", async () => {
    const late = pass(breaker);
    for (let i = 0; i < 3; i++) breaker.recordFailure(pass(breaker));
    const retryAt = breaker.retryAt;
    await clock.advance(5e3);
    breaker.recordFailure(late);
    assert.equal(breaker.retryAt, retryAt);
  });
  it("uses new settings", () => {
    breaker.update({ failureThreshold: 1, cooldownMs: 1e3 });
    breaker.recordFailure(pass(breaker));
    assert.equal(breaker.state, "open");
    assert.equal(breaker.retryAt, clock.now() + 1e3);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L2dlbWluaS9jaXJjdWl0QnJlYWtlci50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgKiBhcyBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IENpcmN1aXRCcmVha2VyLCB0eXBlIEJyZWFrZXJUaWNrZXQgfSBmcm9tICcuLi8uLi8uLi9zcmMvZ2VtaW5pL2NpcmN1aXRCcmVha2VyJztcbmltcG9ydCB0eXBlIHsgQ2lyY3VpdFN0YXRlIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2dlbWluaS90eXBlcyc7XG5pbXBvcnQgeyBGYWtlQ2xvY2sgfSBmcm9tICcuL2Zha2VDbG9jayc7XG5cbmZ1bmN0aW9uIHBhc3MoYnJlYWtlcjogQ2lyY3VpdEJyZWFrZXIpOiBCcmVha2VyVGlja2V0IHtcbiAgY29uc3QgZGVjaXNpb24gPSBicmVha2VyLnRyeVBhc3MoKTtcbiAgYXNzZXJ0Lm9rKGRlY2lzaW9uLmFsbG93ZWQsICdleHBlY3RlZCB0aGUgY2FsbCB0byBwYXNzJyk7XG4gIHJldHVybiBkZWNpc2lvbi50aWNrZXQ7XG59XG5cbmRlc2NyaWJlKCdDaXJjdWl0QnJlYWtlcicsICgpID0+IHtcbiAgbGV0IGNsb2NrOiBGYWtlQ2xvY2s7XG4gIGxldCB0cmFuc2l0aW9uczogQ2lyY3VpdFN0YXRlW107XG4gIGxldCBicmVha2VyOiBDaXJjdWl0QnJlYWtlcjtcblxuICBiZWZvcmVFYWNoKCgpID0+IHtcbiAgICBjbG9jayA9IG5ldyBGYWtlQ2xvY2soKTtcbiAgICB0cmFuc2l0aW9ucyA9IFtdO1xuICAgIGJyZWFrZXIgPSBuZXcgQ2lyY3VpdEJyZWFrZXIoeyBmYWlsdXJlVGhyZXNob2xkOiAzLCBjb29sZG93bk1zOiAxMF8wMDAgfSwgY2xvY2ssIChzKSA9PiB0cmFuc2l0aW9ucy5wdXNoKHMpKTtcbiAgfSk7XG5cbiAgaXQoJ29wZW5zIGFmdGVyIHRocmVzaG9sZCBjb25zZWN1dGl2ZSBmYWlsdXJlcyBhbmQgZmFpbHMgZmFzdCB1bnRpbCB0aGUgY29vbGRvd24gZW5kcycsICgpID0+IHtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IDM7IGkrKykgYnJlYWtlci5yZWNvcmRGYWlsdXJlKHBhc3MoYnJlYWtlcikpO1xuICAgIGFzc2VydC5lcXVhbChicmVha2VyLnN0YXRlLCAnb3BlbicpO1xuICAgIGNvbnN0IGRlY2lzaW9uID0gYnJlYWtlci50cnlQYXNzKCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChkZWNpc2lvbiwgeyBhbGxvd2VkOiBmYWxzZSwgcmV0cnlBdDogY2xvY2subm93KCkgKyAxMF8wMDAsIHByb2JlSW5GbGlnaHQ6IGZhbHNlIH0pO1xuICAgIGFzc2VydC5lcXVhbChicmVha2VyLnJldHJ5QXQsIGNsb2NrLm5vdygpICsgMTBfMDAwKTtcbiAgfSk7XG5cbiAgaXQoJ2Egc3VjY2VzcyBpbiBiZXR3ZWVuIHJlc2V0cyB0aGUgY291bnQnLCAoKSA9PiB7XG4gICAgYnJlYWtlci5yZWNvcmRGYWlsdXJlKHBhc3MoYnJlYWtlcikpO1xuICAgIGJyZWFrZXIucmVjb3JkRmFpbHVyZShwYXNzKGJyZWFrZXIpKTtcbiAgICBicmVha2VyLnJlY29yZFN1Y2Nlc3MocGFzcyhicmVha2VyKSk7XG4gICAgYnJlYWtlci5yZWNvcmRGYWlsdXJlKHBhc3MoYnJlYWtlcikpO1xuICAgIGJyZWFrZXIucmVjb3JkRmFpbHVyZShwYXNzKGJyZWFrZXIpKTtcbiAgICBhc3NlcnQuZXF1YWwoYnJlYWtlci5zdGF0ZSwgJ2Nsb3NlZCcpO1xuICB9KTtcblxuICBpdCgnaGFsZi1vcGVucyBhZnRlciB0aGUgY29vbGRvd24gYW5kIGxldHMgZXhhY3RseSBvbmUgcHJvYmUgdGhyb3VnaCcsIGFzeW5jICgpID0+IHtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IDM7IGkrKykgYnJlYWtlci5yZWNvcmRGYWlsdXJlKHBhc3MoYnJlYWtlcikpO1xuICAgIGF3YWl0IGNsb2NrLmFkdmFuY2UoOV85OTkpO1xuICAgIGFzc2VydC5lcXVhbChicmVha2VyLnN0YXRlLCAnb3BlbicpO1xuICAgIGF3YWl0IGNsb2NrLmFkdmFuY2UoMSk7XG4gICAgYXNzZXJ0LmVxdWFsKGJyZWFrZXIuc3RhdGUsICdoYWxmLW9wZW4nKTtcbiAgICBjb25zdCBwcm9iZSA9IHBhc3MoYnJlYWtlcik7XG4gICAgYXNzZXJ0LmVxdWFsKHByb2JlLnByb2JlLCB0cnVlKTtcbiAgICBjb25zdCBvdGhlciA9IGJyZWFrZXIudHJ5UGFzcygpO1xuICAgIGFzc2VydC5lcXVhbChvdGhlci5hbGxvd2VkLCBmYWxzZSk7XG4gICAgYXNzZXJ0LmVxdWFsKCFvdGhlci5hbGxvd2VkICYmIG90aGVyLnByb2JlSW5GbGlnaHQsIHRydWUpO1xuICAgIGJyZWFrZXIucmVjb3JkU3VjY2Vzcyhwcm9iZSk7XG4gICAgYXNzZXJ0LmVxdWFsKGJyZWFrZXIuc3RhdGUsICdjbG9zZWQnKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHRyYW5zaXRpb25zLCBbJ29wZW4nLCAnaGFsZi1vcGVuJywgJ2Nsb3NlZCddKTtcbiAgfSk7XG5cbiAgaXQoJ2EgZmFpbGVkIHByb2JlIG9wZW5zIHRoZSBjaXJjdWl0IGZvciBhbm90aGVyIGNvb2xkb3duJywgYXN5bmMgKCkgPT4ge1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgMzsgaSsrKSBicmVha2VyLnJlY29yZEZhaWx1cmUocGFzcyhicmVha2VyKSk7XG4gICAgYXdhaXQgY2xvY2suYWR2YW5jZSgxMF8wMDApO1xuICAgIGJyZWFrZXIucmVjb3JkRmFpbHVyZShwYXNzKGJyZWFrZXIpKTtcbiAgICBhc3NlcnQuZXF1YWwoYnJlYWtlci5zdGF0ZSwgJ29wZW4nKTtcbiAgICBhc3NlcnQuZXF1YWwoYnJlYWtlci5yZXRyeUF0LCBjbG9jay5ub3coKSArIDEwXzAwMCk7XG4gIH0pO1xuXG4gIGl0KCdhIGNhbmNlbGxlZCBwcm9iZSBmcmVlcyB0aGUgcHJvYmUgc2xvdCB3aXRob3V0IGRlY2lkaW5nIGFueXRoaW5nJywgYXN5bmMgKCkgPT4ge1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgMzsgaSsrKSBicmVha2VyLnJlY29yZEZhaWx1cmUocGFzcyhicmVha2VyKSk7XG4gICAgYXdhaXQgY2xvY2suYWR2YW5jZSgxMF8wMDApO1xuICAgIGJyZWFrZXIucmVjb3JkTmV1dHJhbChwYXNzKGJyZWFrZXIpKTtcbiAgICBhc3NlcnQuZXF1YWwoYnJlYWtlci5zdGF0ZSwgJ2hhbGYtb3BlbicpO1xuICAgIGFzc2VydC5lcXVhbChwYXNzKGJyZWFrZXIpLnByb2JlLCB0cnVlKTtcbiAgfSk7XG5cbiAgaXQoJ2xhdGUgZmFpbHVyZXMgb2YgY2FsbHMgc3RhcnRlZCBiZWZvcmUgb3BlbmluZyBkbyBub3QgZXh0ZW5kIHRoZSBjb29sZG93bicsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBsYXRlID0gcGFzcyhicmVha2VyKTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IDM7IGkrKykgYnJlYWtlci5yZWNvcmRGYWlsdXJlKHBhc3MoYnJlYWtlcikpO1xuICAgIGNvbnN0IHJldHJ5QXQgPSBicmVha2VyLnJldHJ5QXQ7XG4gICAgYXdhaXQgY2xvY2suYWR2YW5jZSg1XzAwMCk7XG4gICAgYnJlYWtlci5yZWNvcmRGYWlsdXJlKGxhdGUpO1xuICAgIGFzc2VydC5lcXVhbChicmVha2VyLnJldHJ5QXQsIHJldHJ5QXQpO1xuICB9KTtcblxuICBpdCgndXNlcyBuZXcgc2V0dGluZ3MnLCAoKSA9PiB7XG4gICAgYnJlYWtlci51cGRhdGUoeyBmYWlsdXJlVGhyZXNob2xkOiAxLCBjb29sZG93bk1zOiAxMDAwIH0pO1xuICAgIGJyZWFrZXIucmVjb3JkRmFpbHVyZShwYXNzKGJyZWFrZXIpKTtcbiAgICBhc3NlcnQuZXF1YWwoYnJlYWtlci5zdGF0ZSwgJ29wZW4nKTtcbiAgICBhc3NlcnQuZXF1YWwoYnJlYWtlci5yZXRyeUF0LCBjbG9jay5ub3coKSArIDEwMDApO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxhQUF3QjtBQUN4Qiw0QkFBbUQ7QUFFbkQsdUJBQTBCO0FBRTFCLFNBQVMsS0FBSyxTQUF3QztBQUNwRCxRQUFNLFdBQVcsUUFBUSxRQUFRO0FBQ2pDLFNBQU8sR0FBRyxTQUFTLFNBQVMsMkJBQTJCO0FBQ3ZELFNBQU8sU0FBUztBQUNsQjtBQUVBLFNBQVMsa0JBQWtCLE1BQU07QUFDL0IsTUFBSTtBQUNKLE1BQUk7QUFDSixNQUFJO0FBRUosYUFBVyxNQUFNO0FBQ2YsWUFBUSxJQUFJLDJCQUFVO0FBQ3RCLGtCQUFjLENBQUM7QUFDZixjQUFVLElBQUkscUNBQWUsRUFBRSxrQkFBa0IsR0FBRyxZQUFZLElBQU8sR0FBRyxPQUFPLENBQUMsTUFBTSxZQUFZLEtBQUssQ0FBQyxDQUFDO0FBQUEsRUFDN0csQ0FBQztBQUVELEtBQUcscUZBQXFGLE1BQU07QUFDNUYsYUFBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssU0FBUSxjQUFjLEtBQUssT0FBTyxDQUFDO0FBQy9ELFdBQU8sTUFBTSxRQUFRLE9BQU8sTUFBTTtBQUNsQyxVQUFNLFdBQVcsUUFBUSxRQUFRO0FBQ2pDLFdBQU8sVUFBVSxVQUFVLEVBQUUsU0FBUyxPQUFPLFNBQVMsTUFBTSxJQUFJLElBQUksS0FBUSxlQUFlLE1BQU0sQ0FBQztBQUNsRyxXQUFPLE1BQU0sUUFBUSxTQUFTLE1BQU0sSUFBSSxJQUFJLEdBQU07QUFBQSxFQUNwRCxDQUFDO0FBRUQsS0FBRyx5Q0FBeUMsTUFBTTtBQUNoRCxZQUFRLGNBQWMsS0FBSyxPQUFPLENBQUM7QUFDbkMsWUFBUSxjQUFjLEtBQUssT0FBTyxDQUFDO0FBQ25DLFlBQVEsY0FBYyxLQUFLLE9BQU8sQ0FBQztBQUNuQyxZQUFRLGNBQWMsS0FBSyxPQUFPLENBQUM7QUFDbkMsWUFBUSxjQUFjLEtBQUssT0FBTyxDQUFDO0FBQ25DLFdBQU8sTUFBTSxRQUFRLE9BQU8sUUFBUTtBQUFBLEVBQ3RDLENBQUM7QUFFRCxLQUFHLG9FQUFvRSxZQUFZO0FBQ2pGLGFBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFLLFNBQVEsY0FBYyxLQUFLLE9BQU8sQ0FBQztBQUMvRCxVQUFNLE1BQU0sUUFBUSxJQUFLO0FBQ3pCLFdBQU8sTUFBTSxRQUFRLE9BQU8sTUFBTTtBQUNsQyxVQUFNLE1BQU0sUUFBUSxDQUFDO0FBQ3JCLFdBQU8sTUFBTSxRQUFRLE9BQU8sV0FBVztBQUN2QyxVQUFNLFFBQVEsS0FBSyxPQUFPO0FBQzFCLFdBQU8sTUFBTSxNQUFNLE9BQU8sSUFBSTtBQUM5QixVQUFNLFFBQVEsUUFBUSxRQUFRO0FBQzlCLFdBQU8sTUFBTSxNQUFNLFNBQVMsS0FBSztBQUNqQyxXQUFPLE1BQU0sQ0FBQyxNQUFNLFdBQVcsTUFBTSxlQUFlLElBQUk7QUFDeEQsWUFBUSxjQUFjLEtBQUs7QUFDM0IsV0FBTyxNQUFNLFFBQVEsT0FBTyxRQUFRO0FBQ3BDLFdBQU8sVUFBVSxhQUFhLENBQUMsUUFBUSxhQUFhLFFBQVEsQ0FBQztBQUFBLEVBQy9ELENBQUM7QUFFRCxLQUFHLHlEQUF5RCxZQUFZO0FBQ3RFLGFBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFLLFNBQVEsY0FBYyxLQUFLLE9BQU8sQ0FBQztBQUMvRCxVQUFNLE1BQU0sUUFBUSxHQUFNO0FBQzFCLFlBQVEsY0FBYyxLQUFLLE9BQU8sQ0FBQztBQUNuQyxXQUFPLE1BQU0sUUFBUSxPQUFPLE1BQU07QUFDbEMsV0FBTyxNQUFNLFFBQVEsU0FBUyxNQUFNLElBQUksSUFBSSxHQUFNO0FBQUEsRUFDcEQsQ0FBQztBQUVELEtBQUcsb0VBQW9FLFlBQVk7QUFDakYsYUFBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssU0FBUSxjQUFjLEtBQUssT0FBTyxDQUFDO0FBQy9ELFVBQU0sTUFBTSxRQUFRLEdBQU07QUFDMUIsWUFBUSxjQUFjLEtBQUssT0FBTyxDQUFDO0FBQ25DLFdBQU8sTUFBTSxRQUFRLE9BQU8sV0FBVztBQUN2QyxXQUFPLE1BQU0sS0FBSyxPQUFPLEVBQUUsT0FBTyxJQUFJO0FBQUEsRUFDeEMsQ0FBQztBQUVELEtBQUcsNEVBQTRFLFlBQVk7QUFDekYsVUFBTSxPQUFPLEtBQUssT0FBTztBQUN6QixhQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxTQUFRLGNBQWMsS0FBSyxPQUFPLENBQUM7QUFDL0QsVUFBTSxVQUFVLFFBQVE7QUFDeEIsVUFBTSxNQUFNLFFBQVEsR0FBSztBQUN6QixZQUFRLGNBQWMsSUFBSTtBQUMxQixXQUFPLE1BQU0sUUFBUSxTQUFTLE9BQU87QUFBQSxFQUN2QyxDQUFDO0FBRUQsS0FBRyxxQkFBcUIsTUFBTTtBQUM1QixZQUFRLE9BQU8sRUFBRSxrQkFBa0IsR0FBRyxZQUFZLElBQUssQ0FBQztBQUN4RCxZQUFRLGNBQWMsS0FBSyxPQUFPLENBQUM7QUFDbkMsV0FBTyxNQUFNLFFBQVEsT0FBTyxNQUFNO0FBQ2xDLFdBQU8sTUFBTSxRQUFRLFNBQVMsTUFBTSxJQUFJLElBQUksR0FBSTtBQUFBLEVBQ2xELENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogW10KfQo=
