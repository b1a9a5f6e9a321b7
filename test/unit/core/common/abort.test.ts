import * as assert from 'node:assert/strict';
import { deriveAbortController, linkedSignal, untilAborted } from '../../../../src/core/common/abort';

describe('linkedSignal', () => {
  it('follows whichever source aborts first, and detaches on dispose', () => {
    const a = new AbortController();
    const b = new AbortController();
    const linked = linkedSignal(a.signal, undefined, b.signal);
    b.abort('b first');
    assert.equal(linked.signal.aborted, true);
    assert.equal(linked.signal.reason, 'b first');
    const detached = linkedSignal(a.signal);
    detached.dispose();
    a.abort();
    assert.equal(detached.signal.aborted, false);
    const pre = linkedSignal(a.signal);
    assert.equal(pre.signal.aborted, true);
  });
});

describe('deriveAbortController', () => {
  it('aborts with its parent, can abort on its own, and takes many listeners without a warning', () => {
    const parent = new AbortController();
    const own = deriveAbortController(parent.signal);
    own.controller.abort('own reason');
    assert.equal(own.controller.signal.reason, 'own reason');
    assert.equal(parent.signal.aborted, false, 'the child never aborts the parent');

    const child = deriveAbortController(parent.signal);
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      for (let i = 0; i < 50; i++) child.controller.signal.addEventListener('abort', () => {});
      parent.abort('parent reason');
    } finally {
      process.off('warning', onWarning);
    }
    assert.equal(child.controller.signal.reason, 'parent reason');
    assert.deepEqual(
      warnings.filter((w) => w.name === 'MaxListenersExceededWarning'),
      [],
    );
  });
});

describe('untilAborted', () => {
  it('settles with the promise, or rejects with the reason as soon as the signal aborts', async () => {
    assert.equal(await untilAborted(Promise.resolve(1), new AbortController().signal), 1);
    const controller = new AbortController();
    const never = new Promise<number>(() => {});
    const waiting = untilAborted(never, controller.signal);
    controller.abort(new Error('stop'));
    await assert.rejects(waiting, /stop/);
    await assert.rejects(untilAborted(Promise.resolve(1), controller.signal), /stop/, 'already aborted');
  });
});
