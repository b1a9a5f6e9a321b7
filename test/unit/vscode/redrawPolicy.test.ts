// When a live document is told its text changed: never while the editor is still applying the
// previous change (VS Code would cancel it), at once when it has, and on a fake clock.
import * as assert from 'node:assert/strict';
import { RedrawPolicy, type RedrawTimers } from '../../../src/vscode/run/redrawPolicy';

/** Timers on a fake clock: `advance` runs what falls due, in order. */
class FakeTimers implements RedrawTimers {
  private time = 0;
  private nextId = 1;
  private readonly due = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.time;
  }
  set(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.due.set(id, { at: this.time + ms, callback });
    return id;
  }
  clear(handle: unknown): void {
    this.due.delete(handle as number);
  }
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.due.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!next) break;
      this.due.delete(next[0]);
      this.time = next[1].at;
      next[1].callback();
    }
    this.time = end;
  }
}

describe('redraw policy of the live documents', () => {
  let timers: FakeTimers;
  let fired: Array<{ key: string; at: number }>;
  let policy: RedrawPolicy;
  let hasNews: boolean;

  beforeEach(() => {
    timers = new FakeTimers();
    fired = [];
    hasNews = true;
    policy = new RedrawPolicy(
      (key) => {
        if (hasNews) fired.push({ key, at: timers.now() });
        return hasNews;
      },
      timers,
      { minIntervalMs: 20, confirmTimeoutMs: 1000 },
    );
  });

  it('tells the editor at once after a quiet spell', () => {
    policy.changed('a');
    timers.advance(0);
    assert.deepEqual(fired, [{ key: 'a', at: 0 }]);
  });

  it('holds further changes until the editor shows the one in flight, then sends only the latest at once', () => {
    policy.changed('a');
    timers.advance(0);
    for (let t = 0; t < 5; t++) {
      timers.advance(60);
      policy.changed('a');
    }
    timers.advance(10);
    assert.equal(fired.length, 1, 'a change was fired while the previous one was still being applied');
    policy.shown('a');
    timers.advance(0);
    assert.deepEqual(fired.at(-1), { key: 'a', at: 310 });
    assert.equal(fired.length, 2);
  });

  it('keeps at least the minimum interval between changes, even when the editor is quick', () => {
    policy.changed('a');
    timers.advance(0);
    policy.shown('a');
    policy.changed('a');
    timers.advance(5);
    assert.equal(fired.length, 1);
    timers.advance(15);
    assert.deepEqual(fired.at(-1), { key: 'a', at: 20 });
  });

  it('does not wait for an editor that never answers (a document not open) longer than the timeout', () => {
    policy.changed('a');
    timers.advance(0);
    policy.changed('a');
    timers.advance(999);
    assert.equal(fired.length, 1);
    timers.advance(1);
    assert.equal(fired.length, 2);
  });

  it('documents do not wait for each other', () => {
    policy.changed('a');
    timers.advance(0);
    policy.changed('b');
    timers.advance(20);
    assert.deepEqual(
      fired.map((f) => f.key),
      ['a', 'b'],
    );
  });

  it('nothing is in flight when there was nothing new to show, and a closed document is forgotten', () => {
    hasNews = false;
    policy.changed('a');
    timers.advance(0);
    hasNews = true;
    policy.changed('a');
    timers.advance(20);
    assert.equal(fired.length, 1, 'waited for an answer to a change that was never sent');
    policy.changed('a');
    policy.forget('a');
    timers.advance(2000);
    assert.equal(fired.length, 1);
  });
});
