import * as assert from 'node:assert/strict';
import { linkedSignal } from '../../../src/gemini/linkedSignal';

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
