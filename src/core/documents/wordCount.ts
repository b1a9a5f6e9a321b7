/**
 * Word counts the way a writer means them. Scripts written without spaces between words
 * (Chinese, Japanese) count one word per character, which is how word counts are usually quoted
 * for them; everything else counts runs of letters and digits, so Markdown marks, dashes and
 * punctuation are not words and "don't" or "well-known" are one.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return cjk + rest;
}
