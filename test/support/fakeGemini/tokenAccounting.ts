// How the server counts tokens, one model for countTokens and generate alike: about four
// characters a token per text part (Gemini's rule of thumb) plus one per content's role, the
// system instruction counted as a content. Implicit caching as the API does it
// (https://ai.google.dev/gemini-api/docs/caching, "Implicit caching"): a request whose opening
// matches a recent request's, over at least the model's minimum (4,096 tokens on 3.x, 2,048 on
// 2.5), has that shared prefix reported as `cachedContentTokenCount` (part of promptTokenCount).
import type { ParsedGenerateBody } from './geminiRequest';
import { tokensForChars } from './replyLength';
import type { FakeModelInfo } from './types';

/** Per-content token counts in countTokens' shape: part tokens and one role token. */
export interface ContentTokens {
  readonly partTokens: number[];
  readonly roleTokens: number;
}

export function contentTokens(parsed: ParsedGenerateBody): { contents: ContentTokens[]; system?: ContentTokens } {
  const contents = parsed.contentTexts.map((parts) => ({ partTokens: parts.map((p) => tokensForChars(p.length)), roleTokens: 1 }));
  const system = parsed.systemInstruction !== undefined ? { partTokens: [tokensForChars(parsed.systemInstruction.length)], roleTokens: 1 } : undefined;
  return { contents, ...(system ? { system } : {}) };
}

/** The prompt's tokens, as countTokens' `totalTokens` and generate's `promptTokenCount` both report them. */
export function promptTokenCount(parsed: ParsedGenerateBody): number {
  const { contents, system } = contentTokens(parsed);
  return [...contents, ...(system ? [system] : [])].reduce((sum, c) => sum + c.partTokens.reduce((a, b) => a + b, 0) + c.roleTokens, 0);
}

/** Smallest prefix the implicit cache bills as cached, per the caching guide's table. */
export function implicitCacheMinTokens(model: FakeModelInfo): number {
  return /^gemini-2\./.test(model.id) ? 2_048 : 4_096;
}

/** The prompt in the order the model reads it: system instruction first, then the contents. */
function promptSequence(parsed: ParsedGenerateBody): string {
  return [parsed.systemInstruction ?? '', ...parsed.contentTexts.map((parts) => parts.join('\n'))].join('\u0000');
}

interface Seen {
  readonly model: string;
  readonly sequence: string;
  readonly at: number;
}

const KEEP = 64;
/** How long a prompt stays in the implicit cache: "requests with similar prefix in a short amount of time". */
const TTL_MS = 5 * 60_000;

/** Recent prompts per model; each new request is matched against them, then joins them. */
export class ImplicitCache {
  private seen: Seen[] = [];

  /** Tokens of `parsed` served from the implicit cache (0 under the model's minimum); then remembers it. */
  admit(model: FakeModelInfo, parsed: ParsedGenerateBody, now: number, promptTokens: number): number {
    const sequence = promptSequence(parsed);
    this.seen = this.seen.filter((s) => now - s.at < TTL_MS);
    let shared = 0;
    for (const s of this.seen) if (s.model === model.id) shared = Math.max(shared, commonPrefixLength(s.sequence, sequence));
    this.seen.push({ model: model.id, sequence, at: now });
    if (this.seen.length > KEEP) this.seen.shift();
    const cached = Math.min(promptTokens, Math.floor(shared / 4));
    return cached >= implicitCacheMinTokens(model) ? cached : 0;
  }

  clear(): void {
    this.seen = [];
  }
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
