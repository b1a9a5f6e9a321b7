import * as assert from 'node:assert/strict';
import { Emitter } from '../../../../src/core/common/event';

describe('Emitter', () => {
  it('isolates a throwing listener and stops calling a disposed one', () => {
    const errors: unknown[] = [];
    const emitter = new Emitter<number>((e) => errors.push(e));
    const seen: number[] = [];
    emitter.event(() => {
      throw new Error('a broken view');
    });
    const sub = emitter.event((n) => seen.push(n));
    emitter.fire(1);
    sub.dispose();
    emitter.fire(2);
    assert.deepEqual(seen, [1]);
    assert.equal(errors.length, 2, 'both throws reported to onListenerError');
  });
});
