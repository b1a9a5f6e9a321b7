import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { Block } from '../../../../src/core/export/book';
import { parseProse } from '../../../../src/core/export/prose';

const md = new MarkdownIt('default', { html: true, typographer: true, quotes: '“”‘’' }).disable(['replacements', 'table']);
const kinds = (blocks: readonly Block[]) => blocks.map((b) => b.kind);
const t = (text: string, marks: { italic?: boolean; bold?: boolean; code?: boolean } = {}) => ({ kind: 'text', text, italic: false, bold: false, code: false, ...marks });

describe('export: chapter Markdown → blocks', () => {
  it('reads every way a writer marks a scene break', () => {
    for (const mark of ['***', '---', '* * *', '#', '⁂', '~ ~ ~', '§']) {
      const blocks = parseProse(md, `Before.\n\n${mark}\n\nAfter.`);
      assert.deepEqual(kinds(blocks), ['paragraph', 'scene-break', 'paragraph'], mark);
    }
  });

  it('keeps nested emphasis and curls dialogue quotes', () => {
    const [p] = parseProse(md, `"It's *very **late***," she said -- and left.`);
    assert.deepEqual(p, { kind: 'paragraph', inlines: [t('“It’s '), t('very ', { italic: true }), t('late', { italic: true, bold: true }), t(',” she said -- and left.')] });
  });

  it('drops comments wherever they are, and keeps the text of other HTML', () => {
    const blocks = parseProse(md, `<!-- a note\nover two lines -->\n\nText <!-- inline note --> goes on.\n\n<div>Kept <b>text</b></div>`);
    assert.deepEqual(blocks, [
      { kind: 'paragraph', inlines: [t('Text goes on.')] },
      { kind: 'paragraph', inlines: [t('Kept text')] },
    ]);
  });

  it('keeps block quotes, lists and preformatted text', () => {
    const blocks = parseProse(md, `> quoted\n> > nested\n\n1. one\n2. two\n\nA paragraph.\n\n    indented code`);
    assert.deepEqual(kinds(blocks), ['quote', 'list', 'paragraph', 'preformatted']);
    assert.deepEqual(kinds((blocks[0] as Extract<Block, { kind: 'quote' }>).blocks), ['paragraph', 'quote']);
    assert.equal((blocks[1] as Extract<Block, { kind: 'list' }>).items.length, 2);
  });

  it('keeps right-to-left and combining text as written', () => {
    const text = 'שלום עולם — مرحبا، e\u0301 🌊';
    assert.deepEqual(parseProse(md, text), [{ kind: 'paragraph', inlines: [t(text)] }]);
  });
});
