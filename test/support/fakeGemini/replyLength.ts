// How long a prose reply should be: what the prompt asks for, bounded by maxOutputTokens the way
// a real model is cut off.

export const DEFAULT_REPLY_WORDS = 300;
const MAX_REPLY_WORDS = 20_000;
/** Gemini's rough ratio for English prose; also used for usage metadata. */
export const TOKENS_PER_WORD = 1.3;

// "about 1200 words", "1,200 words", "a 900-word scene", "800–1000 words" (takes the first number).
const WORDS_PHRASE = /(\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?:-|–|—|to)\s*\d[\d,]*)?[\s-]*words?\b/gi;
/** Words just before the number that make it a request: "write about N words", "of N words". */
const ASKING = /\b(?:about|around|roughly|approximately|some|write|of|in|at least|at most|under|over)\s*$/i;
/** Words that make it a description of existing text: "the draft currently has N words". */
const DESCRIBING = /\b(?:has|have|had|currently|contains?|so far|already|was|is)\b[^.\n]{0,24}$/i;

/**
 * How long the reply should be, read the way a model reads a brief: every "N words" phrase
 * anywhere in the texts counts, a phrase that asks ("about N words") more than one that merely
 * mentions, and one that describes existing text ("the draft has N words") not at all. The length
 * asked most wins; undefined when nothing asks for one.
 */
export function requestedWords(...texts: ReadonlyArray<string | undefined>): number | undefined {
  const weights = new Map<number, number>();
  for (const text of texts) {
    if (text === undefined) continue;
    for (const match of text.matchAll(WORDS_PHRASE)) {
      const before = text.slice(Math.max(0, match.index - 48), match.index);
      if (DESCRIBING.test(before)) continue;
      const n = Math.min(MAX_REPLY_WORDS, Math.max(1, Number(match[1]!.replace(/,/g, ''))));
      weights.set(n, (weights.get(n) ?? 0) + (ASKING.test(before) ? 2 : 1));
    }
  }
  let best: number | undefined;
  for (const [n, weight] of weights) if (best === undefined || weight > weights.get(best)!) best = n;
  return best;
}

export interface ReplyLength {
  readonly words: number;
  /** The model ran out of output tokens before saying all it wanted to. */
  readonly truncated: boolean;
}

/**
 * Words to generate: the wanted length, capped by what `maxOutputTokens` leaves after thinking
 * (thinking tokens count against it). Zero words when thinking used it all.
 */
export function replyLength(wanted: number, maxOutputTokens: number | undefined, thoughtsTokens = 0): ReplyLength {
  if (maxOutputTokens === undefined || !(maxOutputTokens > 0)) return { words: wanted, truncated: false };
  const cap = Math.max(0, Math.floor((maxOutputTokens - thoughtsTokens) * 0.75));
  return wanted > cap ? { words: cap, truncated: true } : { words: wanted, truncated: false };
}

/** Tokens left for the text once thinking has had its share (never below 0). */
export function textTokenRoom(maxOutputTokens: number | undefined, thoughtsTokens = 0): number {
  return maxOutputTokens === undefined || !(maxOutputTokens > 0) ? Infinity : Math.max(0, maxOutputTokens - thoughtsTokens);
}

export function tokensForWords(words: number): number {
  return Math.ceil(words * TOKENS_PER_WORD);
}

/** Gemini's rule of thumb: about four characters per token. */
export function tokensForChars(chars: number): number {
  return Math.ceil(chars / 4);
}
