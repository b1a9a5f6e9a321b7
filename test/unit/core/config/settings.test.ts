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
