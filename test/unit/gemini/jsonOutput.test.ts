import * as assert from 'node:assert/strict';
import { z } from 'zod';
import { invalidJsonError, parseJsonReply, repairPrompt, responseJsonSchema, stripJsonFences } from '../../../src/gemini/jsonOutput';

const schema = z.object({ title: z.string(), chapters: z.array(z.object({ n: z.number().int(), summary: z.string() })) });

describe('JSON replies', () => {
  it('asks Gemini for the schema without the meta-schema URI', () => {
    const json = responseJsonSchema(schema);
    assert.equal(json.type, 'object');
    assert.equal(json.$schema, undefined);
    assert.deepEqual(json.required, ['title', 'chapters']);
  });

  it('strips Markdown fences', () => {
    assert.equal(stripJsonFences('```json\n{"a":1}\n```'), '{"a":1}');
    assert.equal(stripJsonFences('  ```\n[1]\n```  '), '[1]');
    assert.equal(stripJsonFences('{"a":1}'), '{"a":1}');
  });

  it('parses and validates with the same schema', () => {
    const ok = parseJsonReply('```json\n{"title":"T","chapters":[{"n":1,"summary":"s"}]}\n```', schema);
    assert.deepEqual(ok, { ok: true, value: { title: 'T', chapters: [{ n: 1, summary: 's' }] } });
    const notJson = parseJsonReply('{"title": "T",', schema);
    assert.equal(notJson.ok, false);
    assert.match(!notJson.ok ? notJson.error : '', /^not valid JSON/);
    const wrongShape = parseJsonReply('{"title": 3, "chapters": []}', schema);
    assert.match(!wrongShape.ok ? wrongShape.error : '', /does not match the schema.*title/s);
  });

  it('builds a repair prompt with the task, the bad reply and the problem', () => {
    const prompt = repairPrompt('Outline the story.', '{"title": 3}', 'does not match the schema: title: expected string');
    assert.match(prompt, /^Outline the story\./);
    assert.match(prompt, /\{"title": 3\}/);
    assert.match(prompt, /expected string/);
    assert.match(prompt, /corrected JSON only/);
  });

  it('fails with a clear invalid-json error', () => {
    const error = invalidJsonError('gemini-3.8-flash', 'not valid JSON: Unexpected end.', '{');
    assert.equal(error.kind, 'invalid-json');
    assert.equal(error.partialText, '{');
    assert.match(error.message, /even after one repair attempt: the reply is not valid JSON: Unexpected end\. Try again/);
  });
});
