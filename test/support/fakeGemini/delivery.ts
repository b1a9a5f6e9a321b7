// Delivering a generate reply at a simulated model's pace, or misdelivering it as a fault says.
// Pacing: the first chunk at `ttftMs`, then each chunk when the model would have produced its last
// token at `tokensPerSecond`; a non-streamed reply leaves when the last token would have.
import { errorBody, type ErrorBody } from './errorBodies';
import { JSON_CONTENT_TYPE, SSE_CONTENT_TYPE, type Exchange } from './exchange';
import type { Fixture } from './fixtures';
import { billedUsage, partialStreamChunks, replyBody, streamChunks, type Reply, type StreamChunk } from './replies';
import { countWords } from './prose';
import { tokensForWords } from './replyLength';
import type { Fault } from './types';

export interface Pacing {
  readonly ttftMs: number;
  readonly tokensPerSecond: number;
  readonly wordsPerChunk: number;
}

/** When the word count `words` is reached, as a `performance.now()` time. */
function dueAt(start: number, pacing: Pacing, words: number, first: boolean): number {
  const generating = first || !(pacing.tokensPerSecond > 0) ? 0 : (tokensForWords(words) / pacing.tokensPerSecond) * 1000;
  return start + pacing.ttftMs + generating;
}

export async function deliverReply(exchange: Exchange, reply: Reply, stream: boolean, pacing: Pacing): Promise<void> {
  const start = exchange.entry.startedAt;
  if (!stream) {
    const words = countWords(reply.text);
    await exchange.waitUntil(dueAt(start, pacing, words, false));
    exchange.entry.outputWords = words;
    exchange.entry.outputText = reply.text;
    exchange.sendJson(200, replyBody(reply));
    exchange.entry.usage = billedUsage(reply);
    return;
  }
  await streamEvents(exchange, streamChunks(reply, pacing.wordsPerChunk), pacing);
  exchange.end();
  exchange.entry.usage = billedUsage(reply);
}

/** Serve `fault` in place of `reply` (the reply says what the words would have been). */
export async function deliverFault(exchange: Exchange, fault: Fault, reply: Reply, stream: boolean, pacing: Pacing, loadFixture: (name: string) => Fixture): Promise<void> {
  switch (fault.kind) {
    case 'fixture':
      return deliverFixture(exchange, loadFixture(fault.name), stream, fault.headers ?? {});
    case 'status':
      return deliverStatus(exchange, fault.statusCode, fault.body, fault.headers ?? {});
    case 'text':
      return deliverReply(exchange, { ...reply, text: fault.text, finishReason: fault.finishReason ?? 'STOP' }, stream, pacing);
    case 'hang':
      // Nothing to send: the exchange stays open until the client or the server closes it.
      return;
    case 'cut':
      if (!stream) {
        await exchange.waitUntil(dueAt(exchange.entry.startedAt, pacing, 0, true));
        exchange.startBody(200, { 'Content-Type': JSON_CONTENT_TYPE }, '{\n  "candidates": [\n');
      } else {
        await streamEvents(exchange, partialStreamChunks(reply, pacing.wordsPerChunk, fault.afterWords), pacing);
        if (exchange.entry.status === 0) exchange.startEventStream();
      }
      exchange.cut();
      return;
    case 'malformed':
      if (!stream) {
        await exchange.waitUntil(dueAt(exchange.entry.startedAt, pacing, 0, true));
        exchange.sendText(200, '{\n  "candidates": [\n    {\n      "content": {', { 'Content-Type': JSON_CONTENT_TYPE });
        return;
      }
      await streamEvents(exchange, partialStreamChunks(reply, pacing.wordsPerChunk, fault.afterWords ?? 0), pacing);
      if (exchange.entry.status === 0) exchange.startEventStream();
      exchange.writeEvent('{"candidates": [{"content": {"parts": [{"text": "unterminated');
      exchange.end();
      return;
    case 'stream-error': {
      const status = fault.status ?? 500;
      if (!stream) return deliverStatus(exchange, status, errorBody(status), {});
      await streamEvents(exchange, partialStreamChunks(reply, pacing.wordsPerChunk, fault.afterWords), pacing);
      if (exchange.entry.status === 0) exchange.startEventStream();
      exchange.writeEvent(JSON.stringify(errorBody(status)));
      exchange.end();
      return;
    }
  }
}

/** A fixture as recorded; a 200 fixture on a stream request becomes its single SSE event. */
function deliverFixture(exchange: Exchange, fixture: Fixture, stream: boolean, headers: Readonly<Record<string, string>>): void {
  if (fixture.statusCode === 200) exchange.entry.outputText = fixtureText(fixture.body);
  if (stream && fixture.statusCode === 200) {
    exchange.startEventStream();
    exchange.writeEvent(JSON.stringify(fixture.body));
    exchange.end();
    return;
  }
  deliverStatus(exchange, fixture.statusCode, fixture.body, { ...fixture.headers, ...headers });
}

/** The text parts of a recorded reply's first candidate (thoughts excluded), as a client reads them. */
function fixtureText(body: unknown): string {
  const candidate = (body as { candidates?: Array<{ content?: { parts?: Array<{ text?: unknown; thought?: unknown }> } }> } | undefined)?.candidates?.[0];
  const parts = candidate?.content?.parts ?? [];
  return parts.map((p) => (typeof p.text === 'string' && p.thought !== true ? p.text : '')).join('');
}

function deliverStatus(exchange: Exchange, status: number, body: unknown, headers: Readonly<Record<string, string>>): void {
  if (typeof body === 'string') exchange.sendText(status, body, { 'Content-Type': 'text/plain; charset=UTF-8', ...headers });
  else exchange.sendJson(status, body ?? errorBody(status), headers);
}

/**
 * An error reply to a stream request. Gemini labels it `text/event-stream` although the body is
 * plain JSON (see the recording Chats_Tests_sendMessage_Send_message_stream_with_error), so the
 * SDK does not parse it: ApiError.message then wraps the body as a string.
 */
export function deliverError(exchange: Exchange, body: ErrorBody, stream: boolean): void {
  const headers: Record<string, string> = stream ? { 'Content-Type': SSE_CONTENT_TYPE } : {};
  exchange.sendJson(body.error.code, body, headers);
}

/** Chunks at their due times; headers go out with the first (as Gemini's do, after the TTFT). */
async function streamEvents(exchange: Exchange, chunks: readonly StreamChunk[], pacing: Pacing): Promise<void> {
  const start = exchange.entry.startedAt;
  for (const [i, chunk] of chunks.entries()) {
    await exchange.waitUntil(dueAt(start, pacing, chunk.wordsSoFar, i === 0));
    if (i === 0) exchange.startEventStream();
    exchange.writeEvent(JSON.stringify(chunk.body));
    exchange.entry.outputWords = chunk.wordsSoFar;
    exchange.entry.outputText += chunk.text;
    exchange.entry.lastChunk = { at: performance.now(), text: chunk.text };
  }
  if (chunks.length === 0) await exchange.waitUntil(dueAt(start, pacing, 0, true));
}
