// GenerateContentResponse bodies in the shape of the recordings: one for a whole reply, or a list
// of stream chunks whose texts concatenate to exactly the same reply.
import { tokensForWords } from './replyLength';
import type { BilledUsage } from './types';

export interface Reply {
  readonly text: string;
  readonly finishReason: string;
  readonly model: string;
  readonly responseId: string;
  readonly promptTokens: number;
  /** Present for thinking models. */
  readonly thoughtsTokens?: number;
  /** Part of `promptTokens` served from the implicit cache (reported when above 0). */
  readonly cachedTokens?: number;
}

export interface StreamChunk {
  /** The event's JSON body. */
  readonly body: Record<string, unknown>;
  /** Words of reply text up to and including this chunk (drives the pacing). */
  readonly wordsSoFar: number;
  /** The reply text this chunk carries. */
  readonly text: string;
}

/** What the whole reply reports in `usageMetadata` (its last chunk, when streamed). */
export function billedUsage(reply: Reply): BilledUsage {
  return {
    promptTokens: reply.promptTokens,
    cachedTokens: reply.cachedTokens ?? 0,
    candidatesTokens: tokensForWords(countPieces(reply.text)),
    thoughtsTokens: reply.thoughtsTokens ?? 0,
  };
}

/** The non-streamed reply. */
export function replyBody(reply: Reply): Record<string, unknown> {
  return responseBody(reply, reply.text, countPieces(reply.text), true);
}

/**
 * The streamed reply: a short first chunk (Gemini's first chunk is often one word), then
 * `wordsPerChunk` words each; the last carries the finishReason.
 */
export function streamChunks(reply: Reply, wordsPerChunk: number): StreamChunk[] {
  const pieces = textPieces(reply.text);
  const groups = groupPieces(pieces, wordsPerChunk);
  let words = 0;
  return groups.map((group, i) => {
    words += group.length;
    const last = i === groups.length - 1;
    const text = group.join('');
    return { body: responseBody(reply, text, words, last), wordsSoFar: words, text };
  });
}

/** Chunks for only the first `words` words of the reply, none of them final. */
export function partialStreamChunks(reply: Reply, wordsPerChunk: number, words: number): StreamChunk[] {
  const pieces = textPieces(reply.text).slice(0, Math.max(0, words));
  let sent = 0;
  return groupPieces(pieces, wordsPerChunk)
    .filter((group) => group.length > 0)
    .map((group) => {
      sent += group.length;
      const text = group.join('');
      return { body: responseBody(reply, text, sent, false), wordsSoFar: sent, text };
    });
}

function responseBody(reply: Reply, text: string, wordsSoFar: number, final: boolean): Record<string, unknown> {
  const candidateTokens = tokensForWords(wordsSoFar);
  const thoughts = reply.thoughtsTokens ?? 0;
  return {
    candidates: [
      {
        content: { parts: [{ text }], role: 'model' },
        ...(final ? { finishReason: reply.finishReason } : {}),
        index: 0,
      },
    ],
    usageMetadata: {
      promptTokenCount: reply.promptTokens,
      candidatesTokenCount: candidateTokens,
      totalTokenCount: reply.promptTokens + candidateTokens + thoughts,
      promptTokensDetails: [{ modality: 'TEXT', tokenCount: reply.promptTokens }],
      ...(reply.thoughtsTokens !== undefined ? { thoughtsTokenCount: reply.thoughtsTokens } : {}),
      ...(reply.cachedTokens ? { cachedContentTokenCount: reply.cachedTokens, cacheTokensDetails: [{ modality: 'TEXT', tokenCount: reply.cachedTokens }] } : {}),
    },
    modelVersion: reply.model,
    responseId: reply.responseId,
  };
}

/**
 * The text as word pieces, each with the whitespace before it (" sky", "\n\nThe"), so that any
 * grouping of consecutive pieces concatenates back to the exact text. Trailing whitespace rides
 * on the last piece.
 */
function textPieces(text: string): string[] {
  const pieces = text.match(/\s*\S+/g) ?? [];
  const consumed = pieces.join('').length;
  if (consumed < text.length) {
    if (pieces.length === 0) return [text];
    pieces[pieces.length - 1] += text.slice(consumed);
  }
  return pieces;
}

function countPieces(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

function groupPieces(pieces: string[], wordsPerChunk: number): string[][] {
  if (pieces.length === 0) return [[]];
  const size = Math.max(1, Math.floor(wordsPerChunk));
  const firstSize = Math.min(size, 2);
  const groups: string[][] = [pieces.slice(0, firstSize)];
  for (let i = firstSize; i < pieces.length; i += size) groups.push(pieces.slice(i, i + size));
  return groups;
}
