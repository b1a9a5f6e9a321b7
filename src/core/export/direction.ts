import type { TextDirection } from './book';

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const STRONG_CHAR = /[\p{L}]/u;

/**
 * The direction of a paragraph by its first strong letter (the Unicode bidi rule for a
 * paragraph), so an Arabic line in an English book, or an English one in a Hebrew book, is laid
 * out its own way. Undefined when the text has no letters.
 */
export function paragraphDirection(text: string): TextDirection | undefined {
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return 'rtl';
    if (STRONG_CHAR.test(ch)) return 'ltr';
  }
  return undefined;
}
