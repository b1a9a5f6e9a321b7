import * as assert from 'node:assert/strict';
import { validateSettings, defaultSettings } from '../../../../src/core/config/settings';

describe('settings schema', () => {
  it('fills defaults', () => {
    const s = defaultSettings();
    assert.equal(s.model, 'gemini-3.8-flash');
    assert.equal(s['retry.maxRetries'], 3);
  });
  it('reports a bad value and uses the default', () => {
    const { settings, problems } = validateSettings({ temperature: 5 });
    assert.equal(settings.temperature, null, "empty: the model's default");
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.key, 'storyWriter.temperature');
    assert.equal(problems[0]!.allowed, 'empty (null), or a number from 0 to 2');
  });
});

describe('workflow.recovery schema', () => {
  for (const stage of ['concept', 'bible', 'outline', 'draft'] as const) {
    it(`refuses skip_optional for ${stage}, naming the key (later stages need it)`, () => {
      const { settings, problems } = validateSettings({ 'workflow.recovery': { [stage]: 'skip_optional' } });
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.key, 'storyWriter.workflow.recovery');
      assert.match(problems[0]!.allowed, new RegExp(`storyWriter\\.workflow\\.recovery\\.${stage} cannot be skip_optional`));
      assert.deepEqual(settings['workflow.recovery'], defaultSettings()['workflow.recovery'], 'the default is used');
    });
  }

  it('accepts skip_optional, retry and retry_required for the revision', () => {
    for (const strategy of ['skip_optional', 'retry', 'retry_required'] as const) {
      const { settings, problems } = validateSettings({ 'workflow.recovery': { revision: strategy } });
      assert.deepEqual(problems, [], strategy);
      assert.equal(settings['workflow.recovery'].revision, strategy);
    }
  });

  it('keeps the defaults of the keys a writer leaves out', () => {
    const { settings, problems } = validateSettings({ 'workflow.recovery': { draft: 'retry' } });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings['workflow.recovery'], { concept: 'retry', bible: 'retry', outline: 'retry', draft: 'retry', revision: 'skip_optional' });
  });
});
