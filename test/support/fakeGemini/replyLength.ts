// How long a prose reply should be: what the prompt asks for, bounded by maxOutputTokens the way
// a real model is cut off.

export const DEFAULT_REPLY_WORDS = 300;
const MAX_REPLY_WORDS = 20_000;
/** Gemini's rough ratio for English prose; also used for usage metadata. */
export const TOKENS_PER_WORD = 1.3;

// "about 1200 words", "1,200 words", "a 900-word scene", "800–1000 words" (takes the first number).
const WORDS_PHRASE = /(\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?:-|–|—|to)\s*\d[\d,]*)?[\s-]*words?\b/i;

/** The first "N words" in the texts, searched in order; undefined when none asks for a length. */
export function requestedWords(...texts: ReadonlyArray<string | undefined>): number | undefined {
  for (const text of texts) {
    const match = text === undefined ? null : WORDS_PHRASE.exec(text);
    if (match?.[1] !== undefined) {
      const n = Number(match[1].replace(/,/g, ''));
      return Math.min(MAX_REPLY_WORDS, Math.max(1, n));
    }
  }
  return undefined;
}

export interface ReplyLength {
  readonly words: number;
  /** The model ran out of output tokens before saying all it wanted to. */
  readonly truncated: boolean;
}

/** Words to generate: the requested length (or the default), capped by `maxOutputTokens`. */
export function replyLength(requested: number | undefined, maxOutputTokens: number | undefined): ReplyLength {
  const wanted = requested ?? DEFAULT_REPLY_WORDS;
  if (maxOutputTokens === undefined || !(maxOutputTokens > 0)) return { words: wanted, truncated: false };
  const cap = Math.max(1, Math.floor(maxOutputTokens * 0.75));
  return wanted > cap ? { words: cap, truncated: true } : { words: wanted, truncated: false };
}

export function tokensForWords(words: number): number {
  return Math.ceil(words * TOKENS_PER_WORD);
}

/** Gemini's rule of thumb: about four characters per token. */
export function tokensForChars(chars: number): number {
  return Math.ceil(chars / 4);
}
