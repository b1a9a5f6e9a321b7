import { chapterHeading, type Block, type Book, type Inline } from './book';

/**
 * The book as one Markdown file for other tools: no front matter, no comments, the title as `#`,
 * one `##` heading per chapter, the prose's own headings below that, scene breaks as `* * *`.
 * Written from the parsed blocks, so what the writer's Markdown meant is what comes out.
 */
export function renderMarkdown(book: Book): string {
  const parts = [`# ${escapeLineStart(escapeInline(book.title))}`];
  if (book.author) parts.push(escapeInline(book.language.words.by ? `${book.language.words.by} ${book.author}` : book.author));
  for (const chapter of book.chapters) {
    parts.push(`## ${escapeInline(chapterHeading(book, chapter))}`);
    parts.push(...chapter.blocks.map((b) => blockToMarkdown(b)));
  }
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

function blockToMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return escapeLineStart(inlinesToMarkdown(block.inlines));
    case 'heading':
      return `${'#'.repeat(Math.min(6, block.level + 2))} ${inlinesToMarkdown(block.inlines)}`;
    case 'scene-break':
      return '* * *';
    case 'quote':
      return block.blocks
        .map(blockToMarkdown)
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'list':
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${i + 1}. ` : '- ';
          const body = item.map(blockToMarkdown).join('\n\n');
          return marker + body.split('\n').join(`\n${' '.repeat(marker.length)}`);
        })
        .join('\n');
    case 'preformatted': {
      const fence = '`'.repeat(Math.max(3, ...[...block.text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
      return `${fence}\n${block.text}\n${fence}`;
    }
  }
}

function inlinesToMarkdown(inlines: readonly Inline[]): string {
  return inlines
    .map((run) => {
      if (run.kind === 'break') return '\\\n';
      if (run.code) {
        const ticks = '`'.repeat(Math.max(1, ...[...run.text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
        return `${ticks}${run.text.startsWith('`') ? ' ' : ''}${run.text}${run.text.endsWith('`') ? ' ' : ''}${ticks}`;
      }
      // Emphasis marks must touch the text, so spaces at a run's edges go outside them.
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!;
      let text = escapeInline(core!);
      if (text === '') return run.text;
      if (run.bold) text = `**${text}**`;
      if (run.italic) text = `*${text}*`;
      return `${lead}${text}${trail}`;
    })
    .join('');
}

/** Characters that would start emphasis, code, links or HTML in the middle of a line. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** What would turn a paragraph into a heading, list, quote, break or fence at its start. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([#>+\-=~]|\d+[.)])/, (_m, space: string, mark: string) => `${space}${mark.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#>+\-=~])$/, '\\$1')}`);
}
