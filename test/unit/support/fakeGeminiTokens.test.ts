import * as assert from 'node:assert/strict';
import { GoogleGenAI } from '@google/genai';
import { startFakeGemini, type FakeGemini } from '../../support/fakeGemini';

const MODEL = 'gemini-3.8-flash';

/** About `tokens` tokens of text that no other call shares. */
function text(tokens: number, seed: string): string {
  return `${seed} `.repeat(Math.ceil((tokens * 4) / (seed.length + 1))).slice(0, tokens * 4);
}

describe('fake Gemini token accounting (through the real SDK)', () => {
  let server: FakeGemini;
  let ai: GoogleGenAI;

  before(async () => {
    server = await startFakeGemini();
    ai = new GoogleGenAI({ apiKey: server.apiKey, httpOptions: { baseUrl: server.baseUrl } });
  });
  after(() => server.stop());
  beforeEach(() => server.reset());

  it('countTokens counts what generate then reports as promptTokenCount (system instruction sent as a content)', async () => {
    const system = 'You are a careful novelist.';
    const prompt = 'Write about 50 words on a harbour at dawn.';
    const asContents = [system, prompt].map((t) => ({ role: 'user', parts: [{ text: t }] }));
    const counted = await ai.models.countTokens({ model: MODEL, contents: asContents });
    const reply = await ai.models.generateContent({ model: MODEL, contents: prompt, config: { systemInstruction: system } });
    assert.equal(counted.totalTokens, reply.usageMetadata?.promptTokenCount);
  });

  it('totalTokenCount is prompt + candidates + thoughts, thinking counted', async () => {
    const reply = await ai.models.generateContent({ model: MODEL, contents: 'Write about 80 words on rain.' });
    const u = reply.usageMetadata!;
    assert.ok((u.thoughtsTokenCount ?? 0) > 0, 'a thinking model reports its thoughts');
    assert.equal(u.totalTokenCount, u.promptTokenCount! + u.candidatesTokenCount! + u.thoughtsTokenCount!);
  });

  it('a request sharing a long prefix with a recent one reports it as cachedContentTokenCount', async () => {
    const shared = text(6_000, 'bible');
    const first = await ai.models.generateContent({ model: MODEL, contents: `${shared}\nWrite chapter 1 in about 40 words.` });
    assert.equal(first.usageMetadata?.cachedContentTokenCount, undefined, 'nothing cached on the first call');
    const second = await ai.models.generateContent({ model: MODEL, contents: `${shared}\nWrite chapter 2 in about 40 words.` });
    const cached = second.usageMetadata?.cachedContentTokenCount ?? 0;
    assert.ok(cached >= 6_000 && cached <= second.usageMetadata!.promptTokenCount!, `cached ${cached}`);
    assert.deepEqual(second.usageMetadata?.cacheTokensDetails, [{ modality: 'TEXT', tokenCount: cached }]);
  });

  it('no cached tokens under the model minimum (4,096), for another model, or when the shared part is not at the start', async () => {
    const short = text(3_000, 'short');
    await ai.models.generateContent({ model: MODEL, contents: `${short}\nOne.` });
    const under = await ai.models.generateContent({ model: MODEL, contents: `${short}\nTwo.` });
    assert.equal(under.usageMetadata?.cachedContentTokenCount, undefined);

    const long = text(6_000, 'outline');
    await ai.models.generateContent({ model: MODEL, contents: `${long}\nOne.` });
    const otherModel = await ai.models.generateContent({ model: 'gemini-3.5-flash', contents: `${long}\nTwo.` });
    assert.equal(otherModel.usageMetadata?.cachedContentTokenCount, undefined);
    const notFirst = await ai.models.generateContent({ model: MODEL, contents: `Chapter 3 first.\n${long}` });
    assert.equal(notFirst.usageMetadata?.cachedContentTokenCount, undefined);
  });

  it('the system instruction is part of the shared prefix', async () => {
    const system = text(5_000, 'style');
    await ai.models.generateContent({ model: MODEL, contents: 'Write chapter 1 in about 30 words.', config: { systemInstruction: system } });
    const next = await ai.models.generateContent({ model: MODEL, contents: 'Write chapter 2 in about 30 words.', config: { systemInstruction: system } });
    assert.ok((next.usageMetadata?.cachedContentTokenCount ?? 0) >= 5_000);
  });
});
