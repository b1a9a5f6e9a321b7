import type { Block, Inline } from './book';
import type { ExportLibraries } from './libraryTypes';

type MarkdownIt = InstanceType<ExportLibraries['MarkdownIt']>;
type Token = ReturnType<MarkdownIt['parse']>[number];

/**
 * A chapter's Markdown → blocks, through markdown-it's token stream: emphasis, block quotes,
 * lists and scene breaks as CommonMark reads them, never by pattern-matching the text. HTML
 * comments (the writer's notes, the live editor's "Drafting chapter…" line) are dropped; other
 * raw HTML keeps its text and loses its tags, so nothing the writer wrote disappears and no
 * markup reaches a format that cannot hold it.
 */
export function parseProse(md: MarkdownIt, markdown: string): Block[] {
  const tokens = md.parse(markdown, {});
  const reader = new TokenReader(tokens);
  return readBlocks(md, reader, undefined);
}

/** A line made only of these (and spaces) is a scene break: `* * *`, `#`, `⁂`, `~~~`, `§`. */
const BREAK_MARKS = /^[\s*#~⁂§•·=_\-–—]+$/u;

class TokenReader {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}
  next(): Token | undefined {
    return this.tokens[this.at++];
  }
  peek(): Token | undefined {
    return this.tokens[this.at];
  }
}

/** Reads blocks until the token of type `until` (consumed), or to the end. */
function readBlocks(md: MarkdownIt, reader: TokenReader, until: string | undefined): Block[] {
  const blocks: Block[] = [];
  for (let token = reader.next(); token && token.type !== until; token = reader.next()) {
    const block = readBlock(md, reader, token);
    if (block) blocks.push(block);
  }
  return blocks;
}

function readBlock(md: MarkdownIt, reader: TokenReader, token: Token): Block | undefined {
  switch (token.type) {
    case 'paragraph_open': {
      const inlines = readInlineUntil(reader, 'paragraph_close');
      return isBreakLine(inlines) ? { kind: 'scene-break' } : inlines.length > 0 ? { kind: 'paragraph', inlines } : undefined;
    }
    case 'heading_open': {
      const inlines = readInlineUntil(reader, 'heading_close');
      // `#` alone is an empty heading to CommonMark and a scene break to a manuscript.
      if (inlines.length === 0 || isBreakLine(inlines)) return { kind: 'scene-break' };
      return { kind: 'heading', level: Number(token.tag.slice(1)), inlines };
    }
    case 'hr':
      return { kind: 'scene-break' };
    case 'blockquote_open':
      return { kind: 'quote', blocks: readBlocks(md, reader, 'blockquote_close') };
    case 'bullet_list_open':
    case 'ordered_list_open':
      return { kind: 'list', ordered: token.type === 'ordered_list_open', items: readItems(md, reader, token.type.replace('_open', '_close')) };
    case 'code_block':
    case 'fence':
      return { kind: 'preformatted', text: token.content.replace(/\n$/, '') };
    case 'html_block':
      return htmlBlockText(md, token.content);
    default:
      // Tables and anything a plugin adds: keep the text of their inline children.
      if (token.type === 'inline') {
        const inlines = readInline(token.children ?? []);
        return inlines.length > 0 ? { kind: 'paragraph', inlines } : undefined;
      }
      return undefined;
  }
}

function readItems(md: MarkdownIt, reader: TokenReader, close: string): Block[][] {
  const items: Block[][] = [];
  for (let token = reader.next(); token && token.type !== close; token = reader.next()) {
    if (token.type === 'list_item_open') items.push(readBlocks(md, reader, 'list_item_close'));
  }
  return items;
}

function readInlineUntil(reader: TokenReader, close: string): Inline[] {
  const inlines: Inline[] = [];
  for (let token = reader.next(); token && token.type !== close; token = reader.next()) {
    if (token.type === 'inline') inlines.push(...readInline(token.children ?? []));
  }
  return inlines;
}

/** Inline tokens → runs with their marks; adjacent runs with the same marks are merged. */
function readInline(children: readonly Token[]): Inline[] {
  const out: Inline[] = [];
  const marks = { italic: 0, bold: 0 };
  const push = (text: string, code = false) => {
    if (text === '') return;
    const run = { kind: 'text' as const, text, italic: marks.italic > 0, bold: marks.bold > 0, code };
    const last = out[out.length - 1];
    if (last?.kind === 'text' && last.italic === run.italic && last.bold === run.bold && last.code === run.code) out[out.length - 1] = { ...last, text: last.text + text };
    else out.push(run);
  };
  for (const token of children) {
    switch (token.type) {
      case 'text':
        push(token.content);
        break;
      case 'code_inline':
        push(token.content, true);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        out.push({ kind: 'break' });
        break;
      case 'em_open':
        marks.italic++;
        break;
      case 'em_close':
        marks.italic--;
        break;
      case 'strong_open':
        marks.bold++;
        break;
      case 'strong_close':
        marks.bold--;
        break;
      case 'image':
        push(token.content);
        break;
      case 'html_inline':
        inlineHtml(token.content, marks, push, () => out.push({ kind: 'break' }));
        break;
      // Links keep their text (a manuscript has nowhere to go).
      default:
        break;
    }
  }
  return trimRuns(out);
}

const INLINE_TAG = /^<(\/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*?(\/?)>$/;
const DROPPED_TAGS = new Set(['span', 'u', 'sup', 'sub', 'small', 'a', 'mark', 'abbr', 'cite', 'q', 's', 'del', 'ins']);

/**
 * Inline HTML: a comment is dropped; `<em>`/`<i>`, `<strong>`/`<b>` and `<br>` mean what they
 * say; a few harmless tags lose their markup; anything else was text the writer typed
 * (`<like this>`) and stays text.
 */
function inlineHtml(html: string, marks: { italic: number; bold: number }, push: (text: string) => void, lineBreak: () => void): void {
  if (html.startsWith('<!--')) return;
  const tag = INLINE_TAG.exec(html);
  const name = tag?.[2]!.toLowerCase();
  const delta = tag?.[1] ? -1 : 1;
  if (name === 'em' || name === 'i') marks.italic = Math.max(0, marks.italic + delta);
  else if (name === 'strong' || name === 'b') marks.bold = Math.max(0, marks.bold + delta);
  else if (name === 'br') lineBreak();
  else if (!name || !DROPPED_TAGS.has(name)) push(html);
}

/** Leading and trailing spaces of a paragraph mean nothing, nor do repeated ones (as in HTML). */
function trimRuns(runs: Inline[]): Inline[] {
  runs.forEach((run, i) => {
    if (run.kind === 'text' && !run.code) runs[i] = { ...run, text: run.text.replace(/ {2,}/g, ' ') };
  });
  const first = runs[0];
  if (first?.kind === 'text') runs[0] = { ...first, text: first.text.replace(/^\s+/, '') };
  const lastAt = runs.length - 1;
  const last = runs[lastAt];
  if (last?.kind === 'text') runs[lastAt] = { ...last, text: last.text.replace(/\s+$/, '') };
  return runs.filter((r) => r.kind === 'break' || r.text !== '');
}

function isBreakLine(inlines: readonly Inline[]): boolean {
  if (inlines.some((i) => i.kind === 'break')) return false;
  const text = inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('');
  return text.trim().length > 0 && text.trim().length <= 12 && BREAK_MARKS.test(text);
}

/**
 * A raw HTML block: comments go, the text of anything else stays (as Markdown, so its emphasis
 * still counts). The export formats carry no raw HTML from a chapter.
 */
function htmlBlockText(md: MarkdownIt, html: string): Block | undefined {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return undefined;
  const inlines = readInline(md.parseInline(text, {})[0]?.children ?? []);
  return inlines.length > 0 ? { kind: 'paragraph', inlines } : undefined;
}
