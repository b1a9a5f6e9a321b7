import * as assert from 'node:assert/strict';
import { findQuote, rangeOf } from '../../../../src/core/continuity/quotes';
import { parseSuppressions, renderSuppression } from '../../../../src/core/continuity/suppressions';

describe('continuity: finding a quote (tolerant of white space, quote marks and case, nothing looser)', () => {
  const text = '---\nmeta: 1\n---\n\n# Chapter 2\n\n"Stay here," Mara said.\nHer eyes were the grey of\nwet slate, and she did not blink.';
  const bodyStart = text.indexOf('# Chapter');

  it('finds an exact quote and gives its exact range and text', () => {
    const m = findQuote(text, 'Her eyes were the grey of', bodyStart)!;
    assert.equal(text.slice(m.start, m.end), 'Her eyes were the grey of');
    assert.deepEqual(rangeOf(text, m.start, m.end), { startLine: 7, startColumn: 0, endLine: 7, endColumn: 25 });
  });

  it('tolerates line breaks and runs of spaces, and reports the text as it is in the file', () => {
    const m = findQuote(text, 'the grey of   wet slate', bodyStart)!;
    assert.equal(m.text, 'the grey of\nwet slate');
    assert.deepEqual(rangeOf(text, m.start, m.end), { startLine: 7, startColumn: 14, endLine: 8, endColumn: 9 });
  });

  it('tolerates curly quote marks and letter case', () => {
    const m = findQuote(text, '“stay here,” MARA said.', bodyStart)!;
    assert.equal(m.text, '"Stay here," Mara said.');
  });

  it('rejects a changed word, a dropped word, an added word and punctuation changed', () => {
    assert.equal(findQuote(text, 'Her eyes were the blue of wet slate', bodyStart), undefined);
    assert.equal(findQuote(text, 'Her eyes were grey of wet slate', bodyStart), undefined);
    assert.equal(findQuote(text, 'Her eyes were the cold grey of wet slate', bodyStart), undefined);
    assert.equal(findQuote(text, 'Stay here. Mara said.', bodyStart), undefined);
  });

  it('rejects a quote too short to prove anything, and text only in the front matter', () => {
    assert.equal(findQuote(text, 'Mara', bodyStart), undefined);
    assert.equal(findQuote('---\nnote: the lighthouse burned down\n---\nbody text here only', 'the lighthouse burned down', 31), undefined);
  });
});

describe('continuity: the suppressions file', () => {
  it('reads back what it writes, reason and all, and tolerates hand-written entries', () => {
    const text = `# Continuity: intentional\n\n${renderSuppression({ chapter: 3, passage: 'Her eyes were green.', reason: 'she wears lenses' })}${renderSuppression({ chapter: 4, passage: 'He was alive.' })}* chapter 5: "A hand-written one."\n`;
    assert.deepEqual(parseSuppressions(text), [
      { chapter: 3, passage: 'Her eyes were green.', reason: 'she wears lenses' },
      { chapter: 4, passage: 'He was alive.' },
      { chapter: 5, passage: 'A hand-written one.' },
    ]);
  });
});
