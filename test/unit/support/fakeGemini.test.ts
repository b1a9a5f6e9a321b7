// The Gemini-protocol test server, exercised through the real @google/genai SDK (never a fake of
// it), plus a replay check against real Gemini recordings when ../shared is present.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { ApiError, GoogleGenAI, ThinkingLevel, Type, type GenerateContentResponse } from '@google/genai';
import { z } from 'zod';
import { countWords } from '../../support/fakeGemini/prose';
import { DEFAULT_MODELS, listFixtures, loadFixture, startFakeGemini, type FakeGemini } from '../../support/fakeGemini';

const MODEL = 'gemini-3.8-flash';

function client(server: FakeGemini, apiKey = server.apiKey): GoogleGenAI {
  return new GoogleGenAI({ apiKey, httpOptions: { baseUrl: server.baseUrl } });
}

async function collectStream(stream: AsyncGenerator<GenerateContentResponse>): Promise<GenerateContentResponse[]> {
  const chunks: GenerateContentResponse[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

/** Stream text received before the stream failed, and the failure. */
async function streamUntilError(stream: AsyncGenerator<GenerateContentResponse>): Promise<{ text: string; error: unknown }> {
  let text = '';
  try {
    for await (const chunk of stream) text += chunk.text ?? '';
  } catch (error) {
    return { text, error };
  }
  return { text, error: undefined };
}

function apiStatus(error: unknown): number | undefined {
  return error instanceof ApiError ? error.status : undefined;
}

describe('fake Gemini server (through the real SDK)', () => {
  let server: FakeGemini;
  let ai: GoogleGenAI;

  before(async () => {
    server = await startFakeGemini();
    ai = client(server);
  });
  after(async () => {
    await server.stop();
  });
  beforeEach(() => {
    server.reset();
    server.setOptions({ ttftMs: 0, tokensPerSecond: 0, requestsPerMinute: 0, quotaWindowMs: 60_000 });
  });

  describe('generateContent', () => {
    it('listens on 127.0.0.1 with the default key', () => {
      assert.match(server.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.equal(server.apiKey, 'test-key-123');
    });

    it('returns deterministic prose of the requested length', async () => {
      const request = { model: MODEL, contents: 'Draft chapter 2 in about 1,200 words.' };
      const first = await ai.models.generateContent(request);
      const second = await ai.models.generateContent(request);
      const other = await ai.models.generateContent({ ...request, contents: 'Draft chapter 3 in about 1,200 words.' });
      assert.equal(first.text, second.text);
      assert.notEqual(first.text, other.text);
      assert.equal(countWords(first.text ?? ''), 1200);
      assert.ok((first.text ?? '').split('\n\n').length > 5, 'paragraphs separated by blank lines');
      assert.match(first.text ?? '', /^[A-Z"].*[.!?"]$/s);
      assert.equal(first.candidates?.[0]?.finishReason, 'STOP');
      assert.equal(first.modelVersion, MODEL);
      assert.ok(first.responseId);
    });

    it('depends on the system instruction and the generation config too', async () => {
      const base = { model: MODEL, contents: 'Write a scene.' };
      const plain = await ai.models.generateContent(base);
      const withSystem = await ai.models.generateContent({ ...base, config: { systemInstruction: 'You are terse.' } });
      const warmer = await ai.models.generateContent({ ...base, config: { temperature: 1.5 } });
      assert.equal(countWords(plain.text ?? ''), 300, 'default length');
      assert.notEqual(plain.text, withSystem.text);
      assert.notEqual(plain.text, warmer.text);
    });

    it('stops at maxOutputTokens with MAX_TOKENS, as a real model does, thinking counted against it', async () => {
      const reply = await ai.models.generateContent({
        model: MODEL,
        contents: 'Write 2000 words.',
        config: { maxOutputTokens: 1000, thinkingConfig: { thinkingLevel: ThinkingLevel.LOW } },
      });
      const thoughts = reply.usageMetadata?.thoughtsTokenCount ?? 0;
      assert.ok(thoughts > 0, 'a 3.8 model thinks');
      assert.equal(countWords(reply.text ?? ''), Math.floor((1000 - thoughts) * 0.75));
      assert.equal(reply.candidates?.[0]?.finishReason, 'MAX_TOKENS');
    });

    it('spends a small budget on thinking alone: MAX_TOKENS with no text', async () => {
      const reply = await ai.models.generateContent({
        model: MODEL,
        contents: 'Write 2000 words.',
        config: { maxOutputTokens: 200, thinkingConfig: { thinkingLevel: ThinkingLevel.HIGH } },
      });
      assert.equal(reply.text ?? '', '');
      assert.equal(reply.candidates?.[0]?.finishReason, 'MAX_TOKENS');
    });

    it('cuts JSON at the limit too', async () => {
      const schema = {
        type: 'object',
        properties: { chapters: { type: 'array', minItems: 30, items: { type: 'object', properties: { summary: { type: 'string' } }, required: ['summary'] } } },
        required: ['chapters'],
      };
      const reply = await ai.models.generateContent({
        model: MODEL,
        contents: 'Outline it.',
        config: { maxOutputTokens: 500, thinkingConfig: { thinkingLevel: ThinkingLevel.LOW }, responseMimeType: 'application/json', responseJsonSchema: schema },
      });
      assert.equal(reply.candidates?.[0]?.finishReason, 'MAX_TOKENS');
      assert.throws(() => JSON.parse(reply.text ?? ''));
    });

    it("rejects what today's API rejects: a budget on 3.5+, both settings, a level the model lacks, budget 0 on 2.5 Pro", async () => {
      const body = (e: unknown) => (e as Error).message;
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: 'x', config: { thinkingConfig: { thinkingBudget: 0 } } }), (e) =>
        /Thinking budget is not supported/.test(body(e)),
      );
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: 'x', config: { thinkingConfig: { thinkingBudget: 128, thinkingLevel: ThinkingLevel.LOW } } }), (e) =>
        /not supported together/.test(body(e)),
      );
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: 'x', config: { thinkingConfig: { thinkingLevel: ThinkingLevel.MINIMAL } } }), (e) =>
        /'minimal' is not a supported thinking level for this model\. Allowed values are: high, medium, low\./.test(body(e)),
      );
      const minimalOk = await ai.models.generateContent({
        model: 'gemini-3.6-flash',
        contents: 'Write 5 words.',
        config: { thinkingConfig: { thinkingLevel: ThinkingLevel.MINIMAL } },
      });
      assert.equal(countWords(minimalOk.text ?? ''), 5);
      const old = await startFakeGemini({ models: ['gemini-2.5-pro'] });
      try {
        const oldAi = new GoogleGenAI({ apiKey: old.apiKey, httpOptions: { baseUrl: old.baseUrl } });
        await assert.rejects(oldAi.models.generateContent({ model: 'gemini-2.5-pro', contents: 'x', config: { thinkingConfig: { thinkingBudget: 0 } } }), (e) =>
          /Budget 0 is invalid\. This model only works in thinking mode\./.test(body(e)),
        );
      } finally {
        await old.stop();
      }
    });

    it('imperfect mode: short prose, rough openings, fenced JSON and missing optional fields, the same for a seed', async () => {
      const rough = await startFakeGemini({ behaviour: 'imperfect', seed: 7 });
      try {
        const roughAi = new GoogleGenAI({ apiKey: rough.apiKey, httpOptions: { baseUrl: rough.baseUrl } });
        const lengths: number[] = [];
        const openings: string[] = [];
        for (let i = 0; i < 30; i++) {
          const text =
            (
              await roughAi.models.generateContent({
                model: MODEL,
                contents: `The lamp was lit and the sea was calm under the tower that night, as every night.\n\nWrite about 200 words, take ${i}.`,
              })
            ).text ?? '';
          lengths.push(countWords(text));
          openings.push(text.split(/[.\n]/)[0] ?? '');
        }
        assert.ok(
          lengths.every((n) => n >= 140 && n <= 215),
          `70-95 % of 200 (plus an opening): ${lengths.join(' ')}`,
        );
        assert.ok(
          lengths.some((n) => n < 190),
          'some come back short',
        );
        assert.ok(
          openings.some((o) => o.startsWith('## ')),
          'a heading now and then',
        );
        assert.ok(
          openings.some((o) => o.startsWith('The lamp was lit')),
          'a repeated sentence now and then',
        );
        const schema = { type: 'object', properties: { title: { type: 'string' }, note: { type: 'string' } }, required: ['title'] };
        const texts: string[] = [];
        for (let i = 0; i < 30; i++) {
          const reply = await roughAi.models.generateContent({
            model: MODEL,
            contents: `Name it, take ${i}.`,
            config: { responseMimeType: 'application/json', responseJsonSchema: schema },
          });
          texts.push(reply.text ?? '');
        }
        assert.ok(
          texts.some((t) => t.startsWith('```json')),
          'fenced now and then',
        );
        const values = texts.map((t) => JSON.parse(t.replace(/^```json\n|\n```$/g, '')) as Record<string, unknown>);
        assert.ok(
          values.every((v) => typeof v.title === 'string'),
          'required fields are always there',
        );
        assert.ok(
          values.some((v) => !('note' in v)),
          'an optional field missing now and then',
        );
        const again = (
          await roughAi.models.generateContent({ model: MODEL, contents: 'Name it, take 0.', config: { responseMimeType: 'application/json', responseJsonSchema: schema } })
        ).text;
        assert.equal(again, texts[0], 'seeded: the same request gets the same reply');
      } finally {
        await rough.stop();
      }
    });

    it('answers a retired model with the "no longer available to new users" 404', async () => {
      await assert.rejects(ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' }), (e: unknown) => {
        assert.equal(apiStatus(e), 404);
        assert.match((e as Error).message, /models\/gemini-2\.5-flash is no longer available to new users/);
        return true;
      });
      await assert.rejects(ai.models.get({ model: 'gemini-2.5-flash' }), (e: unknown) => apiStatus(e) === 404);
    });

    it('reports usage metadata', async () => {
      const prompt = 'Write about 100 words on a lighthouse.';
      const reply = await ai.models.generateContent({ model: MODEL, contents: prompt, config: { thinkingConfig: { thinkingLevel: ThinkingLevel.LOW } } });
      const usage = reply.usageMetadata;
      assert.equal(usage?.promptTokenCount, Math.ceil(prompt.length / 4) + 1, 'four characters a token, and one for the role');
      assert.equal(usage?.candidatesTokenCount, Math.ceil(100 * 1.3));
      assert.ok((usage?.thoughtsTokenCount ?? 0) <= 400, 'low thinking is brief');
      assert.equal(usage?.totalTokenCount, (usage?.promptTokenCount ?? 0) + (usage?.candidatesTokenCount ?? 0) + (usage?.thoughtsTokenCount ?? 0));
      const plain = await startFakeGemini({ models: ['gemma-4-31b-it'] });
      try {
        const plainAi = new GoogleGenAI({ apiKey: plain.apiKey, httpOptions: { baseUrl: plain.baseUrl } });
        const noThinking = await plainAi.models.generateContent({ model: 'gemma-4-31b-it', contents: prompt });
        assert.equal(noThinking.usageMetadata?.thoughtsTokenCount, undefined);
      } finally {
        await plain.stop();
      }
    });

    it('logs each request with its prompt, config and timing', async () => {
      await ai.models.generateContent({
        model: MODEL,
        contents: [{ role: 'user', parts: [{ text: 'part one' }, { text: 'part two' }] }],
        config: { systemInstruction: 'Be brief.', temperature: 0.3 },
      });
      const [entry] = server.requests;
      assert.ok(entry);
      assert.equal(entry.action, 'generateContent');
      assert.equal(entry.model, MODEL);
      assert.equal(entry.path, `/v1beta/models/${MODEL}:generateContent`);
      assert.equal(entry.promptText, 'part one\npart two');
      assert.equal(entry.systemInstruction, 'Be brief.');
      assert.equal(entry.generationConfig?.['temperature'], 0.3);
      assert.equal(entry.status, 200);
      assert.equal(entry.outputWords, 300);
      assert.equal(countWords(entry.outputText), 300);
      assert.equal(entry.endReason, 'finished');
      assert.ok(entry.endedAt !== undefined && entry.firstByteAt !== undefined && entry.endedAt >= entry.startedAt);
    });
  });

  describe('streamGenerateContent', () => {
    it('streams several chunks that concatenate to the non-streamed text', async () => {
      const request = { model: MODEL, contents: 'Write about 150 words.' };
      const whole = await ai.models.generateContent(request);
      const chunks = await collectStream(await ai.models.generateContentStream(request));
      assert.ok(chunks.length > 5, `got ${chunks.length} chunks`);
      assert.equal(chunks.map((c) => c.text ?? '').join(''), whole.text);
      assert.equal(chunks.at(-1)?.candidates?.[0]?.finishReason, 'STOP');
      assert.equal(chunks[0]?.candidates?.[0]?.finishReason, undefined);
      assert.equal(chunks.at(-1)?.usageMetadata?.candidatesTokenCount, whole.usageMetadata?.candidatesTokenCount);
      const entry = server.requests.at(-1);
      assert.equal(entry?.path, `/v1beta/models/${MODEL}:streamGenerateContent`);
      assert.equal(entry?.query['alt'], 'sse');
      assert.equal(entry?.stream, true);
    });

    it('paces chunks by time to first token and tokens per second', async () => {
      server.setOptions({ ttftMs: 120, tokensPerSecond: 1300 }); // 100 words = 130 tokens = 100 ms
      const started = performance.now();
      const stream = await ai.models.generateContentStream({ model: MODEL, contents: 'Write 100 words.' });
      const arrivals: number[] = [];
      for await (const chunk of stream) if (chunk.text) arrivals.push(performance.now() - started);
      const entry = server.requests.at(-1);
      assert.ok(entry?.firstByteAt !== undefined && entry.endedAt !== undefined);
      assert.ok(entry.firstByteAt - entry.startedAt >= 115, `ttft ${entry.firstByteAt - entry.startedAt}`);
      assert.ok(entry.endedAt - entry.startedAt >= 215, `duration ${entry.endedAt - entry.startedAt}`);
      // Lower bounds only: a loaded machine can delay a chunk, never bring one forward.
      assert.ok(arrivals.length > 1);
      assert.ok((arrivals[0] ?? 0) >= 115, `first chunk at ${arrivals[0]}`);
      assert.ok((arrivals.at(-1) ?? 0) >= 215, `last chunk at ${arrivals.at(-1)}`);
    });

    it('sends a non-streamed reply after the whole simulated duration', async () => {
      server.setOptions({ ttftMs: 50, tokensPerSecond: 2600 }); // 200 words = 260 tokens = 100 ms
      const started = performance.now();
      await ai.models.generateContent({ model: MODEL, contents: 'Write 200 words.' });
      assert.ok(performance.now() - started >= 145);
    });

    it('stops writing when the client goes away mid-stream', async () => {
      server.setOptions({ tokensPerSecond: 130 }); // 100 words per second
      const controller = new AbortController();
      const stream = await ai.models.generateContentStream({
        model: MODEL,
        contents: 'Write 1000 words.',
        config: { abortSignal: controller.signal },
      });
      const { error } = await (async () => {
        try {
          for await (const chunk of stream) if (chunk.text) controller.abort();
        } catch (e) {
          return { error: e };
        }
        return { error: undefined };
      })();
      assert.ok(error, 'the aborted stream rejects');
      const entry = await server.waitForRequest((e) => e.endReason !== undefined);
      assert.equal(entry.endReason, 'client-closed');
      assert.ok(entry.outputWords < 1000);
      assert.equal(server.stats.inFlight, 0);
    });
  });

  describe('structured output', () => {
    const Chapter = z.object({
      title: z.string().min(3).max(60),
      number: z.number().int().min(1).max(40),
      mood: z.enum(['tense', 'calm', 'joyful']),
      wordTarget: z.number().int().positive(),
      beats: z
        .array(z.object({ summary: z.string(), pov: z.string().nullable() }))
        .min(4)
        .max(8),
      tags: z.array(z.string()).max(2),
      epigraph: z.string().optional(),
      ratio: z.number().min(0).max(1),
      draft: z.boolean(),
    });

    it('replies with JSON valid against a zod schema sent as responseJsonSchema', async () => {
      const config = { responseMimeType: 'application/json', responseJsonSchema: z.toJSONSchema(Chapter) };
      const reply = await ai.models.generateContent({ model: MODEL, contents: 'Outline chapter 1.', config });
      const value = Chapter.parse(JSON.parse(reply.text ?? ''));
      assert.equal(value.beats.length, 4, 'minItems');
      assert.equal(value.tags.length, 2, 'three by default, capped by maxItems');
      const again = await ai.models.generateContent({ model: MODEL, contents: 'Outline chapter 1.', config });
      assert.equal(again.text, reply.text);
    });

    it('streams the same JSON in pieces', async () => {
      const config = { responseMimeType: 'application/json', responseJsonSchema: z.toJSONSchema(Chapter) };
      const chunks = await collectStream(await ai.models.generateContentStream({ model: MODEL, contents: 'Outline.', config }));
      assert.ok(chunks.length > 1);
      Chapter.parse(JSON.parse(chunks.map((c) => c.text ?? '').join('')));
    });

    it('also honours Gemini-style responseSchema', async () => {
      const reply = await ai.models.generateContent({
        model: MODEL,
        contents: 'List characters.',
        config: {
          responseMimeType: 'application/json',
          responseSchema: {
            type: Type.ARRAY,
            minItems: '2',
            items: {
              type: Type.OBJECT,
              properties: { name: { type: Type.STRING }, age: { type: Type.INTEGER, minimum: 18, maximum: 90 } },
              required: ['name', 'age'],
            },
          },
        },
      });
      const value = z
        .array(z.object({ name: z.string(), age: z.number().int().min(18).max(90) }))
        .length(2)
        .parse(JSON.parse(reply.text ?? ''));
      assert.ok(value[0]?.name);
    });
  });

  describe('countTokens and models', () => {
    it('counts tokens at about four characters each', async () => {
      const text = 'The quick brown fox jumps over the lazy dog.';
      const result = await ai.models.countTokens({ model: MODEL, contents: text });
      assert.equal(result.totalTokens, Math.ceil(text.length / 4) + 1);
      assert.equal(server.requests.at(-1)?.action, 'countTokens');
    });

    it('describes a known model and lists them all', async () => {
      const model = await ai.models.get({ model: MODEL });
      assert.equal(model.name, `models/${MODEL}`);
      assert.ok((model.inputTokenLimit ?? 0) > 0);
      const names: string[] = [];
      for await (const m of await ai.models.list({ config: { pageSize: 3 } })) names.push(m.name ?? '');
      assert.deepEqual(
        names,
        DEFAULT_MODELS.map((id) => `models/${id}`),
      );
      assert.ok(names.includes('models/gemini-3.8-flash'));
      assert.ok(!names.some((n) => n.includes('2.5')), 'retired models are not listed');
    });

    it('answers an unknown model with Gemini 404', async () => {
      await assert.rejects(ai.models.get({ model: 'gemini-9.9-flash' }), (e: unknown) => {
        assert.equal(apiStatus(e), 404);
        assert.match((e as Error).message, /models\/gemini-9\.9-flash is not found for API version v1beta/);
        return true;
      });
      await assert.rejects(ai.models.generateContent({ model: 'gemini-9.9-flash', contents: 'x' }), (e: unknown) => apiStatus(e) === 404);
      const stream = await streamUntilError(await ai.models.generateContentStream({ model: 'gemini-9.9-flash', contents: 'x' }).catch(failingStream));
      assert.equal(apiStatus(stream.error), 404);
    });

    it('serves a configured model list', async () => {
      const custom = await startFakeGemini({ models: ['my-model', { id: 'big-model', displayName: 'Big', outputTokenLimit: 10 }] });
      try {
        const model = await client(custom).models.get({ model: 'big-model' });
        assert.equal(model.displayName, 'Big');
        assert.equal(model.outputTokenLimit, 10);
        await assert.rejects(client(custom).models.get({ model: MODEL }), (e: unknown) => apiStatus(e) === 404);
      } finally {
        await custom.stop();
      }
    });
  });

  describe('API key', () => {
    it('rejects a wrong key with 400 API_KEY_INVALID', async () => {
      const wrong = client(server, 'not-the-key');
      await assert.rejects(wrong.models.generateContent({ model: MODEL, contents: 'x' }), (e: unknown) => {
        assert.equal(apiStatus(e), 400);
        assert.match((e as Error).message, /API_KEY_INVALID/);
        return true;
      });
      const stream = await streamUntilError(await wrong.models.generateContentStream({ model: MODEL, contents: 'x' }).catch(failingStream));
      assert.equal(apiStatus(stream.error), 400);
      assert.match((stream.error as Error).message, /API_KEY_INVALID/);
    });

    it('rejects a request without a key', async () => {
      const response = await fetch(`${server.baseUrl}/v1beta/models/${MODEL}:generateContent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'x' }] }] }),
      });
      assert.equal(response.status, 400);
      const body = (await response.json()) as { error: { details: Array<{ reason?: string }> } };
      assert.equal(body.error.details[0]?.reason, 'API_KEY_INVALID');
      assert.equal(server.requests.at(-1)?.hadKeyHeader, false);
    });

    it('sees the SDK send the key in a header, never in the URL', async () => {
      await ai.models.generateContent({ model: MODEL, contents: 'x' });
      await collectStream(await ai.models.generateContentStream({ model: MODEL, contents: 'x' }));
      await ai.models.countTokens({ model: MODEL, contents: 'x' });
      await ai.models.get({ model: MODEL });
      assert.equal(server.requests.length, 4);
      for (const entry of server.requests) {
        assert.equal(entry.hadKeyHeader, true, entry.path);
        assert.equal(entry.keyInQuery, false, entry.path);
      }
    });

    it('logs a key that arrives in the query string', async () => {
      const response = await fetch(`${server.baseUrl}/v1beta/models/${MODEL}?key=${server.apiKey}`);
      assert.equal(response.status, 200);
      assert.equal(server.requests.at(-1)?.keyInQuery, true);
    });
  });

  describe('scripted faults', () => {
    for (const name of listFixtures()) {
      it(`replays fixture ${name} with its status`, async () => {
        const fixture = loadFixture(name);
        server.script({ kind: 'fixture', name }, { kind: 'fixture', name });
        const call = ai.models.generateContent({ model: MODEL, contents: 'x' });
        if (fixture.statusCode === 200) {
          const reply = await call;
          assert.deepEqual(reply.candidates?.[0]?.finishReason, (fixture.body as { candidates?: Array<{ finishReason?: string }> }).candidates?.[0]?.finishReason);
          assert.equal(reply.responseId, (fixture.body as { responseId: string }).responseId);
          const chunks = await collectStream(await ai.models.generateContentStream({ model: MODEL, contents: 'x' }));
          assert.equal(chunks.length, 1);
          assert.equal(chunks[0]?.responseId, reply.responseId);
        } else {
          await assert.rejects(call, (e: unknown) => apiStatus(e) === fixture.statusCode);
          const stream = await streamUntilError(await ai.models.generateContentStream({ model: MODEL, contents: 'x' }).catch(failingStream));
          assert.equal(apiStatus(stream.error), fixture.statusCode);
        }
        assert.deepEqual(
          server.requests.map((r) => r.status),
          [fixture.statusCode, fixture.statusCode],
        );
      });
    }

    it('serves the per-minute 429 with its fractional retryDelay', async () => {
      server.script({ kind: 'fixture', name: '429-per-minute-retryinfo' });
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: 'x' }), (e: unknown) => {
        const body = JSON.parse((e as Error).message) as { error: { details: Array<Record<string, string>> } };
        const retry = body.error.details.find((d) => d['@type'] === 'type.googleapis.com/google.rpc.RetryInfo');
        assert.equal(retry?.['retryDelay'], '2.837906927s');
        return true;
      });
      assert.equal(server.stats.rateLimited, 1);
    });

    it('consumes scripted faults in order, then replies normally', async () => {
      server.script({ kind: 'status', statusCode: 503 }, { kind: 'status', statusCode: 500, body: { error: { code: 500, message: 'boom', status: 'INTERNAL' } } });
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: 'x' }), (e: unknown) => apiStatus(e) === 503);
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: 'x' }), (e: unknown) => apiStatus(e) === 500 && /boom/.test((e as Error).message));
      const reply = await ai.models.generateContent({ model: MODEL, contents: 'x' });
      assert.ok(reply.text);
      assert.deepEqual(
        server.requests.map((r) => r.fault?.kind),
        ['status', 'status', undefined],
      );
    });

    it('matches faults to requests with scriptWhen', async () => {
      const handle = server.scriptWhen((r) => r.promptText.includes('Chapter 3'), { kind: 'fixture', name: '503-overloaded' });
      await ai.models.generateContent({ model: MODEL, contents: 'Chapter 1' });
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: 'Chapter 3' }), (e: unknown) => apiStatus(e) === 503);
      await ai.models.generateContent({ model: MODEL, contents: 'Chapter 3' });
      assert.equal(handle.used, 1);

      const always = server.scriptWhen((r) => r.stream, { kind: 'status', statusCode: 500 }, { times: Infinity });
      for (let i = 0; i < 3; i++) {
        const { error } = await streamUntilError(await ai.models.generateContentStream({ model: MODEL, contents: 'x' }).catch(failingStream));
        assert.equal(apiStatus(error), 500);
      }
      always.cancel();
      await collectStream(await ai.models.generateContentStream({ model: MODEL, contents: 'x' }));
    });

    it('cuts a stream after some words (the SDK sees a network error)', async () => {
      server.script({ kind: 'cut', afterWords: 30 });
      const { text, error } = await streamUntilError(await ai.models.generateContentStream({ model: MODEL, contents: 'x' }));
      assert.ok(error instanceof Error && !(error instanceof ApiError), `got ${String(error)}`);
      assert.match(error.message, /terminated|other side closed|socket/i);
      assert.equal(countWords(text), 30);
      const entry = await server.waitForRequest((e) => e.endReason !== undefined);
      assert.equal(entry.endReason, 'cut');
      assert.equal(entry.outputWords, 30);
      assert.equal(entry.outputText, text, 'the log keeps exactly the text the client received');
    });

    it('cuts a non-streamed reply after the headers', async () => {
      server.script({ kind: 'cut', afterWords: 0 });
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: 'x' }), (e: unknown) => e instanceof Error && !(e instanceof ApiError));
    });

    it('sends a malformed SSE line the SDK cannot parse', async () => {
      server.script({ kind: 'malformed', afterWords: 10 }, { kind: 'malformed' });
      const { text, error } = await streamUntilError(await ai.models.generateContentStream({ model: MODEL, contents: 'x' }));
      assert.ok(error instanceof Error, 'stream fails');
      assert.equal(countWords(text), 10);
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: 'x' }), SyntaxError);
    });

    it('delivers an error event mid-stream', async () => {
      server.script({ kind: 'stream-error', afterWords: 20, status: 503 }, { kind: 'stream-error', afterWords: 5 });
      const { text, error } = await streamUntilError(await ai.models.generateContentStream({ model: MODEL, contents: 'x' }));
      assert.equal(countWords(text), 20);
      assert.equal(apiStatus(error), 503);
      assert.match((error as Error).message, /^got status: UNAVAILABLE\./);
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: 'x' }), (e: unknown) => apiStatus(e) === 500);
    });

    it('replies with exactly the scripted text, even when JSON was asked for', async () => {
      server.script({ kind: 'text', text: '{"title": "unterminated', finishReason: 'MAX_TOKENS' });
      const reply = await ai.models.generateContent({
        model: MODEL,
        contents: 'x',
        config: { responseMimeType: 'application/json', responseJsonSchema: { type: 'object' } },
      });
      assert.equal(reply.text, '{"title": "unterminated');
      assert.equal(reply.candidates?.[0]?.finishReason, 'MAX_TOKENS');
    });

    it('hangs until the client aborts, and the abort is prompt', async () => {
      server.script({ kind: 'hang' });
      const controller = new AbortController();
      const call = ai.models.generateContent({ model: MODEL, contents: 'x', config: { abortSignal: controller.signal } });
      await server.waitForRequest((e) => e.fault?.kind === 'hang');
      const abortedAt = performance.now();
      controller.abort();
      await assert.rejects(call, (e: unknown) => e instanceof Error && e.name === 'AbortError');
      assert.ok(performance.now() - abortedAt < 500);
      const entry = await server.waitForRequest((e) => e.endReason === 'client-closed');
      assert.equal(entry.status, 0);
    });

    it('reports a missing fixture as a 500 naming it', async () => {
      server.script({ kind: 'fixture', name: 'no-such-fixture' });
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: 'x' }), (e: unknown) => apiStatus(e) === 500 && /no-such-fixture/.test((e as Error).message));
    });
  });

  describe('requests-per-minute quota', () => {
    it('answers past the limit with a per-minute 429 carrying RetryInfo', async () => {
      server.setOptions({ requestsPerMinute: 2 });
      await ai.models.generateContent({ model: MODEL, contents: 'one' });
      await collectStream(await ai.models.generateContentStream({ model: MODEL, contents: 'two' }));
      await ai.models.countTokens({ model: MODEL, contents: 'not counted' });
      let message = '';
      await assert.rejects(ai.models.generateContent({ model: MODEL, contents: 'three' }), (e: unknown) => {
        assert.equal(apiStatus(e), 429);
        message = (e as Error).message;
        return true;
      });
      const error = (JSON.parse(message) as { error: { message: string; details: Array<Record<string, unknown>> } }).error;
      const retry = error.details.find((d) => d['@type'] === 'type.googleapis.com/google.rpc.RetryInfo');
      const delay = String(retry?.['retryDelay']);
      assert.match(delay, /^\d+(\.\d{1,9})?s$/);
      const seconds = Number(delay.slice(0, -1));
      assert.ok(seconds > 55 && seconds <= 60, delay);
      assert.ok(error.message.includes(`Please retry in ${delay}.`));
      assert.ok(error.details.some((d) => d['@type'] === 'type.googleapis.com/google.rpc.QuotaFailure'));

      const stream = await streamUntilError(await ai.models.generateContentStream({ model: MODEL, contents: 'four' }).catch(failingStream));
      assert.equal(apiStatus(stream.error), 429);
      assert.deepEqual(server.stats.quotaRejected, 2);
      assert.deepEqual(server.stats.rateLimited, 2);
      assert.deepEqual(
        server.requests.map((r) => r.quotaRejected ?? false),
        [false, false, false, true, true],
      );
    });

    it('frees the window as requests age out of it', async () => {
      server.setOptions({ requestsPerMinute: 1, quotaWindowMs: 150 });
      await ai.models.generateContent({ model: MODEL, contents: 'one' });
      const rejected = await ai.models.generateContent({ model: MODEL, contents: 'two' }).catch((e: unknown) => e);
      assert.equal(apiStatus(rejected), 429);
      // Retry when the server says the window frees: the product's retry loop does the same.
      const seconds = Number(/Please retry in ([\d.]+)s/.exec((rejected as Error).message)?.[1]);
      assert.ok(seconds > 0 && seconds <= 0.15);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 5));
      await ai.models.generateContent({ model: MODEL, contents: 'three' });
    });
  });

  describe('stop', () => {
    it('returns promptly with a hung request open, and the client sees the connection drop', async () => {
      const local = await startFakeGemini();
      local.script({ kind: 'hang' });
      const call = client(local)
        .models.generateContent({ model: MODEL, contents: 'x' })
        .catch((e: unknown) => e);
      await local.waitForRequest((e) => e.fault?.kind === 'hang');
      const started = performance.now();
      await local.stop();
      assert.ok(performance.now() - started < 500, 'stop() returned promptly');
      assert.ok((await call) instanceof Error);
      assert.equal(local.requests[0]?.endReason, 'server-stopped');
      await local.stop(); // idempotent
    });
  });
});

/** An SDK call that rejected before yielding a stream: iterate it as a failing stream. */
function failingStream(error: unknown): AsyncGenerator<GenerateContentResponse> {
  return (async function* () {
    yield* [];
    throw error;
  })();
}
