import * as assert from 'node:assert/strict';
import { Semaphore } from '../../../../src/core/workflow/semaphore';

describe('semaphore', () => {
  it('never runs more tasks at once than its limit, in FIFO order', async () => {
    const semaphore = new Semaphore(2);
    let active = 0;
    let most = 0;
    const order: number[] = [];
    const gates = Array.from({ length: 5 }, () => deferred());
    const tasks = gates.map((gate, i) =>
      semaphore.run(async () => {
        order.push(i);
        most = Math.max(most, ++active);
        await gate.promise;
        active--;
      }),
    );
    await Promise.resolve();
    assert.deepEqual(order, [0, 1], 'two start, three wait');
    for (const gate of gates) {
      gate.resolve();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(tasks);
    assert.equal(most, 2);
    assert.deepEqual(order, [0, 1, 2, 3, 4]);
  });
});

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
