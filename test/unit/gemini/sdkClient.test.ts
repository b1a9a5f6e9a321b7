import * as assert from 'node:assert/strict';
import { loadOnceUnlessFailed } from '../../../src/gemini/sdkClient';

describe('loading the SDK', () => {
  it('a failed load is tried again on the next call; a successful one is kept and shared', async () => {
    let loads = 0;
    const load = loadOnceUnlessFailed(async () => {
      loads++;
      if (loads === 1) throw new Error('Cannot find module ./genai.js');
      return { loaded: loads };
    });
    await assert.rejects(load(), /Cannot find module/);
    const [a, b] = await Promise.all([load(), load()]);
    assert.deepEqual(a, { loaded: 2 });
    assert.equal(a, b, 'concurrent callers share one load');
    assert.equal(await load(), a, 'kept once it worked');
    assert.equal(loads, 2);
  });
});
