import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApiError } from '@google/genai';
import { advisedDelayMs, classifyError, parseDuration, parseErrorBody, parseRetryIn } from '../../../src/gemini/errorClassifier';
import { exitCodeOf } from '../../../src/cli/exitCodes';
import { GenerationError, type GenerationErrorKind } from '../../../src/core/generation/generationError';
import { redact } from '../../../src/gemini/redact';
import type { GeminiClient, ResponseChunk } from '../../../src/gemini/sdkClient';
import { newProgress, streamAttempt } from '../../../src/gemini/streamAttempt';
import { FakeClock } from './fakeClock';

const FIXTURES = resolve(__dirname, '../../../../test/fixtures/gemini');

interface Fixture {
  readonly statusCode: number;
  readonly body: Record<string, unknown>;
}

function fixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Fixture;
}

/** What the SDK throws for an error status: `ApiError` with the JSON body as its message. */
function sdkError(f: Fixture): ApiError {
  return new ApiError({ message: JSON.stringify(f.body), status: f.statusCode });
}

/** A client that streams `chunks` once. */
function clientStreaming(...chunks: ResponseChunk[]): GeminiClient {
  return {
    async generateStream() {
      return (async function* () {
        yield* chunks;
      })();
    },
    async getModel() {
      return {};
    },
    async listModels() {
      return [];
    },
    ...noResources,
    async countTokens() {
      return 0;
    },
  };
}

/** Context caches and batch jobs play no part in these tests. */
const notUsed = async (): Promise<never> => {
  throw new Error('not used by this test');
};
const noResources = { createCache: notUsed, deleteCache: notUsed, createBatch: notUsed, getBatch: notUsed, cancelBatch: notUsed };

async function attemptWith(chunks: ResponseChunk[]) {
  const progress = newProgress();
  const run = streamAttempt({
    client: clientStreaming(...chunks),
    params: { model: 'gemini-2.5-flash', prompt: 'p', config: {} },
    clock: new FakeClock(),
    context: { model: 'gemini-2.5-flash', timeoutMs: 60_000 },
    progress,
  });
  return run;
}

const context = { model: 'gemini-2.5-flash', apiKey: 'AIzaSECRETKEY123' };

interface Expectation {
  readonly kind: GenerationErrorKind;
  readonly exitCode: number;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly reason?: string;
  readonly message: RegExp;
}

const ERROR_EXPECTATIONS: Record<string, Expectation> = {
  '400-api-key-invalid': { kind: 'auth', exitCode: 3, retryable: false, reason: 'API_KEY_INVALID', message: /Set API Key.*GEMINI_API_KEY/ },
  '400-invalid-argument': { kind: 'bad-request', exitCode: 2, retryable: false, message: /generation_config\.temperature/ },
  '404-model-not-found': { kind: 'model-not-found', exitCode: 2, retryable: false, message: /"gemini-2\.5-flash".*storyWriter\.model.*stageModels/ },
  '429-bare': { kind: 'rate-limited', exitCode: 6, retryable: true, message: /per-minute rate limit/ },
  '429-input-tokens-per-minute': { kind: 'rate-limited', exitCode: 6, retryable: true, retryAfterMs: 3000, message: /wait 3 s/ },
  '429-per-day': {
    kind: 'quota-daily',
    exitCode: 4,
    retryable: false,
    reason: 'GenerateRequestsPerDayPerProjectPerModel-FreeTier',
    message: /midnight Pacific time.*another model/,
  },
  '429-per-minute-retryinfo': { kind: 'rate-limited', exitCode: 6, retryable: true, retryAfterMs: 2838, message: /wait 2\.8 s/ },
  '500-internal': { kind: 'unavailable', exitCode: 6, retryable: true, message: /500: An internal error/ },
  '503-overloaded': { kind: 'unavailable', exitCode: 6, retryable: true, message: /503: The model is overloaded/ },
  '503-model-capacity-exhausted': {
    kind: 'unavailable',
    exitCode: 6,
    retryable: true,
    retryAfterMs: 40_000,
    reason: 'MODEL_CAPACITY_EXHAUSTED',
    message: /503: No capacity available/,
  },
  '402-prepay-depleted': { kind: 'billing', exitCode: 4, retryable: false, message: /prepay credits are used up.*https:\/\/ai\.studio\/projects/ },
  '429-limit-zero': {
    kind: 'model-unavailable-on-plan',
    exitCode: 4,
    retryable: false,
    reason: 'LIMIT_ZERO',
    message: /not available on the free tier.*waiting will not help.*Select Model/,
  },
  '429-long-retry-delay': {
    kind: 'quota-daily',
    exitCode: 4,
    retryable: false,
    reason: 'QUOTA_EXHAUSTED',
    message: /wait 9 h 22 min \(until 2026-09-20 21:03 UTC\).*Select Model/,
  },
  '404-model-retired-new-users': {
    kind: 'model-retired',
    exitCode: 2,
    retryable: false,
    reason: 'MODEL_RETIRED',
    message: /"gemini-2\.5-flash" is no longer available.*gemini-3\.8-flash.*Select Model/,
  },
  '400-user-location': { kind: 'location', exitCode: 3, retryable: false, reason: 'USER_LOCATION', message: /User location is not supported.*available-regions/ },
  '400-thinking-budget-and-level': { kind: 'bad-request', exitCode: 2, retryable: false, message: /not supported together.*storyWriter\.thinking/ },
  '400-thinking-budget-unsupported': { kind: 'bad-request', exitCode: 2, retryable: false, message: /Thinking budget is not supported.*storyWriter\.thinking/ },
  '400-thinking-budget-zero': { kind: 'bad-request', exitCode: 2, retryable: false, message: /Budget 0 is invalid.*storyWriter\.thinking/ },
  '400-thinking-level-minimal': { kind: 'bad-request', exitCode: 2, retryable: false, message: /'minimal' is not a supported thinking level.*storyWriter\.thinking/ },
  '400-cached-content-too-small': { kind: 'bad-request', exitCode: 2, retryable: false, message: /^(?!.*(temperature|thinking)).*Cached content is too small.*report it/ },
  '400-cached-content-with-system-instruction': {
    kind: 'bad-request',
    exitCode: 2,
    retryable: false,
    message: /^(?!.*(temperature|thinking))[\s\S]*CachedContent can not be used[\s\S]*report it/,
  },
};

const REPLY_EXPECTATIONS: Record<string, { kind: GenerationErrorKind | 'truncated'; reason?: string; exitCode?: number }> = {
  '200-finish-safety': { kind: 'content-blocked', reason: 'SAFETY', exitCode: 5 },
  '200-finish-recitation': { kind: 'content-blocked', reason: 'RECITATION', exitCode: 5 },
  '200-prompt-blocked': { kind: 'content-blocked', reason: 'PROHIBITED_CONTENT', exitCode: 5 },
  '200-no-candidates': { kind: 'content-blocked', reason: 'NO_CANDIDATES', exitCode: 5 },
  '200-finish-max-tokens-empty': { kind: 'max-tokens', reason: 'MAX_TOKENS' },
  '200-finish-max-tokens-partial': { kind: 'truncated' },
  '200-finish-malformed-response': { kind: 'unavailable', reason: 'MALFORMED_RESPONSE', exitCode: 6 },
  '200-stop-empty-text': { kind: 'empty-reply', reason: 'EMPTY_STOP', exitCode: 6 },
};

describe('error classification', () => {
  it('has an expectation for every fixture file', () => {
    const names = readdirSync(FIXTURES)
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -5));
    assert.ok(names.length >= 15, `fixtures found in ${FIXTURES}`);
    for (const name of names) assert.ok(name in ERROR_EXPECTATIONS || name in REPLY_EXPECTATIONS, `no expectation for ${name}`);
  });

  for (const [name, expected] of Object.entries(ERROR_EXPECTATIONS)) {
    it(`classifies ${name}`, () => {
      const error = classifyError(sdkError(fixture(name)), context);
      assert.ok(error instanceof GenerationError);
      assert.equal(error.kind, expected.kind);
      assert.equal(exitCodeOf(error.kind), expected.exitCode);
      assert.equal(error.retryable, expected.retryable);
      assert.equal(error.status, fixture(name).statusCode);
      if (expected.retryAfterMs !== undefined) assert.equal(error.retryAfterMs, expected.retryAfterMs);
      if (expected.reason !== undefined) assert.equal(error.reason, expected.reason);
      assert.match(error.message, expected.message);
      assert.ok(!error.message.includes(context.apiKey));
    });
  }

  for (const [name, expected] of Object.entries(REPLY_EXPECTATIONS)) {
    it(`judges the 200 reply ${name}`, async () => {
      const body = fixture(name).body as ResponseChunk;
      if (expected.kind === 'truncated') {
        const reply = await attemptWith([body]);
        assert.equal(reply.truncated, true);
        assert.equal(reply.finishReason, 'MAX_TOKENS');
        assert.match(reply.text, /^The lighthouse keeper/);
        assert.equal(reply.usage.thinkingTokens, 1023);
        return;
      }
      await assert.rejects(attemptWith([body]), (error: GenerationError) => {
        assert.equal(error.kind, expected.kind);
        if (expected.reason) assert.equal(error.reason, expected.reason);
        if (expected.exitCode) assert.equal(exitCodeOf(error.kind), expected.exitCode);
        if (expected.kind === 'content-blocked') assert.match(error.message, expected.reason === 'NO_CANDIDATES' ? /no candidates/ : new RegExp(expected.reason!));
        return true;
      });
    });
  }

  it('keeps the text of a RECITATION reply as partialText', async () => {
    await assert.rejects(attemptWith([fixture('200-finish-recitation').body as ResponseChunk]), (e: GenerationError) => {
      assert.equal(e.partialText, 'It was the best of times, it was the worst of times,');
      return true;
    });
  });

  it('treats a stream that ends without a finishReason as cut (retryable)', async () => {
    await assert.rejects(attemptWith([{ candidates: [{ content: { parts: [{ text: 'Once upon' }] } }] }]), (e: GenerationError) => {
      assert.equal(e.kind, 'network');
      assert.equal(e.retryable, true);
      assert.equal(e.partialText, 'Once upon');
      return true;
    });
  });

  it('ignores thought parts', async () => {
    const reply = await attemptWith([
      { candidates: [{ content: { parts: [{ text: 'thinking…', thought: true }, { text: 'Hello' }] } }] },
      { candidates: [{ content: { parts: [{ text: ' world' }] }, finishReason: 'STOP' }] },
    ]);
    assert.equal(reply.text, 'Hello world');
  });

  it('classifies an error event inside an SSE stream (the SDK prefixes "got status:")', () => {
    const body = fixture('503-overloaded').body;
    const error = classifyError(new ApiError({ message: `got status: UNAVAILABLE. ${JSON.stringify(body)}`, status: 503 }), context);
    assert.equal(error.kind, 'unavailable');
    assert.equal(error.retryable, true);
  });

  it('classifies the 404 that Gemini delivered over SSE (from a real recording)', () => {
    // Chats_Tests_sendMessage_Send_message_stream_with_error: an `{"error": …}` data event.
    const event = {
      error: {
        code: 404,
        details: [{ '@type': 'type.googleapis.com/google.rpc.DebugInfo', detail: '[ORIGINAL ERROR] generic::not_found: …' }],
        message: 'models/custom-gemini-2.0-flash is not found for API version v1beta, or is not supported for generateContent.',
        status: 'NOT_FOUND',
      },
    };
    const error = classifyError(new ApiError({ message: `got status: NOT_FOUND. ${JSON.stringify(event)}`, status: 404 }), {
      model: 'custom-gemini-2.0-flash',
    });
    assert.equal(error.kind, 'model-not-found');
    assert.match(error.message, /custom-gemini-2\.0-flash/);
  });

  it('tells a 403 about the project (permission) from a 403 about the key (auth)', () => {
    const forbidden = (message: string, reason?: string) =>
      classifyError(
        new ApiError({
          message: JSON.stringify({
            error: { code: 403, message, status: 'PERMISSION_DENIED', details: reason ? [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason }] : [] },
          }),
          status: 403,
        }),
        context,
      );
    const project = forbidden('Generative Language API has not been used in project 123 before or it is disabled.', 'SERVICE_DISABLED');
    assert.equal(project.kind, 'permission');
    assert.equal(exitCodeOf(project.kind), 3);
    assert.match(project.message, /key is valid, but its project may not.*Enable the Gemini API/);
    assert.equal(forbidden('Your API key was reported as leaked. Please use another API key.').kind, 'auth');
    assert.equal(forbidden('Permission denied', 'API_KEY_SERVICE_BLOCKED').kind, 'auth');
    assert.equal(forbidden("Method doesn't allow unregistered callers (callers without established identity).").kind, 'auth');
  });

  it('treats 401 and 403 as auth, 408 as timeout, 502/504 as unavailable, other 4xx as bad request', () => {
    const status = (code: number) => classifyError(new ApiError({ message: JSON.stringify({ error: { code, message: 'm', status: 'X' } }), status: code }), context);
    assert.equal(status(401).kind, 'auth');
    assert.equal(status(403).kind, 'auth');
    assert.equal(status(408).kind, 'timeout');
    assert.equal(status(408).retryable, true);
    assert.equal(status(502).kind, 'unavailable');
    assert.equal(status(504).kind, 'unavailable');
    assert.equal(status(501).kind, 'unexpected');
    assert.equal(status(501).retryable, false);
    assert.equal(status(413).kind, 'bad-request');
  });

  it('classifies network failures as retryable', () => {
    const fetchFailed = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) });
    const terminated = new TypeError('terminated', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    for (const e of [fetchFailed, terminated, reset]) {
      const c = classifyError(e, context);
      assert.equal(c.kind, 'network', String(e));
      assert.equal(c.retryable, true);
      assert.equal(exitCodeOf(c.kind), 6);
    }
  });

  it('classifies a garbled stream as retryable and anything else as unexpected', () => {
    assert.equal(classifyError(new SyntaxError('Unexpected token } in JSON'), context).kind, 'unavailable');
    assert.equal(classifyError(new Error('Incomplete JSON segment at the end'), context).retryable, true);
    const weird = classifyError(new Error('something odd'), context);
    assert.equal(weird.kind, 'unexpected');
    assert.equal(exitCodeOf(weird.kind), 1);
  });

  it('never lets the key into a message, even when the SDK echoes it', () => {
    const leaky = new ApiError({
      message: JSON.stringify({ error: { code: 400, message: `Invalid request to https://x/models?key=${context.apiKey} with ${context.apiKey}`, status: 'INVALID_ARGUMENT' } }),
      status: 400,
    });
    const error = classifyError(leaky, context);
    assert.ok(!error.message.includes(context.apiKey), error.message);
    assert.ok(!classifyError(new Error(`boom ${context.apiKey}`), context).message.includes(context.apiKey));
  });
});

describe('advised delays', () => {
  it('parses protobuf durations, fractional included', () => {
    assert.equal(parseDuration('2.837906927s'), 2838);
    assert.equal(parseDuration('36s'), 36_000);
    assert.equal(parseDuration('0.2s'), 200);
    assert.equal(parseDuration({ seconds: 1, nanos: 500_000_000 }), 1500);
    assert.equal(parseDuration('soon'), undefined);
  });

  it('parses "Please retry in …" in seconds and milliseconds', () => {
    assert.equal(parseRetryIn('Quota exceeded.\nPlease retry in 36.429760048s.'), 36_430);
    assert.equal(parseRetryIn('Please retry in 850.5ms'), 851);
    assert.equal(parseRetryIn('Please try again later.'), undefined);
  });

  it('prefers RetryInfo over the message, and uses the message when RetryInfo is missing', () => {
    const withInfo = parseErrorBody(JSON.stringify(fixture('429-per-minute-retryinfo').body))!;
    assert.equal(advisedDelayMs(withInfo, 'Please retry in 9s'), 2838);
    const body = fixture('429-per-day').body as { error: { details: unknown[]; message: string } };
    const withoutInfo = parseErrorBody(JSON.stringify({ error: { ...body.error, details: [] } }))!;
    assert.equal(advisedDelayMs(withoutInfo, withoutInfo.message!), 36_430);
  });
});

describe('redact', () => {
  it('removes the key wherever it appears, and any ?key= value', () => {
    assert.equal(redact('a SECRET b SECRET', 'SECRET'), 'a [redacted] b [redacted]');
    assert.equal(redact('GET /v1beta/models?key=abc123&alt=sse'), 'GET /v1beta/models?key=[redacted]&alt=sse');
    assert.equal(redact('x-goog-api-key: abc123'), 'x-goog-api-key: [redacted]');
  });
});
