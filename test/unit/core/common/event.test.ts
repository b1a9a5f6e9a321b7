import * as assert from 'node:assert/strict';
import { Emitter } from '../../../../src/core/common/event';

describe('Emitter', () => {
  it('isolates a throwing listener and stops calling a disposed one', () => {
    const emitter = new Emitter<number>();
    const seen: number[] = [];
    emitter.event(() => {
      throw new Error('a broken view');
    });
    const sub = emitter.event((n) => seen.push(n));
    emitter.fire(1);
    sub.dispose();
    emitter.fire(2);
    assert.deepEqual(seen, [1]);
  });

  it('reports a throwing listener to onListenerError', () => {
    const errors: unknown[] = [];
    const emitter = new Emitter<number>((e) => errors.push(e));
    const heard: number[] = [];
    emitter.event(() => {
      throw new Error('a view bug');
    });
    const sub = emitter.event((n) => heard.push(n));
    emitter.fire(1);
    sub.dispose();
    emitter.fire(2);
    assert.deepEqual(heard, [1]);
    assert.equal(errors.length, 2);
  });
});
