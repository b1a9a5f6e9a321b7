import type * as Docx from 'docx';
import { approximateWords } from './buildBook';
import { plainText, type Block, type Book, type Inline, type TextDirection } from './book';
import { paragraphDirection } from './direction';
import type { ExportLibraries } from './libraryTypes';

/**
 * DOCX in standard manuscript format, as agents and editors ask for it: US Letter, 1-inch
 * margins, 12 pt Times New Roman, double spaced, every paragraph with a half-inch first-line
 * indent and no space between paragraphs, a header "Surname / SHORT TITLE / page" on every page
 * but the title page, a title page with the name and the word count rounded as agents expect,
 * each chapter on a new page a third of the way down, scene breaks as a centred `#`, and END.
 * Built with the `docx` library, not by writing WordprocessingML by hand.
 */

const INCH = 1440; // twips
const FONT = 'Times New Roman';
const SIZE = 24; // half-points: 12 pt
const DOUBLE = 480; // line spacing in 240ths of a line: 2.0
const SINGLE = 240;

export async function renderManuscriptDocx(libs: ExportLibraries, book: Book): Promise<Uint8Array> {
  const d = libs.docx;
  const rtl = book.language.direction === 'rtl';
  const writer = new ParagraphWriter(d, book.language.direction);
  const body: Docx.Paragraph[] = [...titlePage(d, book, writer)];
  for (const chapter of book.chapters) {
    const label = book.language.words.chapter(chapter.number);
    body.push(
      new d.Paragraph({
        style: 'ChapterHeading',
        pageBreakBefore: true,
        ...bidi(rtl),
        children: [new d.TextRun({ text: label, ...rtlRun(rtl) }), ...(chapter.title ? [new d.TextRun({ break: 1, text: chapter.title, ...rtlRun(rtl) })] : [])],
      }),
    );
    body.push(...writer.blocks(chapter.blocks));
  }
  body.push(new d.Paragraph({ style: 'SceneBreak', children: [new d.TextRun('END')] }));

  const doc = new d.Document({
    creator: book.author || 'Story Writer',
    title: book.title,
    styles: styles(d, book),
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: 8.5 * INCH, height: 11 * INCH }, margin: { top: INCH, right: INCH, bottom: INCH, left: INCH, header: INCH / 2, footer: INCH / 2 } },
        },
        headers: {
          default: new d.Header({
            children: [
              new d.Paragraph({ style: 'RunningHeader', ...bidi(rtl), children: [new d.TextRun({ children: [`${runningHead(book)} / `, d.PageNumber.CURRENT], ...rtlRun(rtl) })] }),
            ],
          }),
          // The title page carries no running head.
          first: new d.Header({ children: [new d.Paragraph({ style: 'RunningHeader', children: [] })] }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await d.Packer.toBuffer(doc));
}

/** "Surname / SHORT TITLE": the surname is the last word of the author's name. */
export function runningHead(book: Book): string {
  const surname = book.author.trim().split(/\s+/).pop() ?? '';
  const words = book.title.trim().split(/\s+/);
  const short = book.title.length <= 30 ? book.title : words.slice(0, words.length > 3 && /^(the|a|an)$/i.test(words[0]!) ? 4 : 3).join(' ');
  const title = short.toLocaleUpperCase(book.language.tag === 'und' ? undefined : book.language.tag);
  return surname ? `${surname} / ${title}` : title;
}

function titlePage(d: typeof Docx, book: Book, writer: ParagraphWriter): Docx.Paragraph[] {
  const rtl = book.language.direction === 'rtl';
  const words = `about ${approximateWords(book.words).toLocaleString('en-US')} words`;
  const by = book.author ? (book.language.words.by ? `${book.language.words.by} ${book.author}` : book.author) : '';
  return [
    // Name on the left, word count on the right, single spaced, at the top of the first page.
    new d.Paragraph({
      style: 'TitleBlock',
      ...bidi(rtl),
      tabStops: [{ type: d.TabStopType.RIGHT, position: 6.5 * INCH }],
      children: [new d.TextRun({ text: book.author, ...rtlRun(rtl) }), new d.TextRun({ children: [new d.Tab(), words] })],
    }),
    // The title about halfway down the page, the byline a double space below it.
    new d.Paragraph({
      style: 'BookTitle',
      ...bidi(rtl),
      spacing: { before: 3.5 * INCH },
      children: writer.runs([{ kind: 'text', text: book.title, italic: false, bold: false, code: false }]),
    }),
    ...(by ? [new d.Paragraph({ style: 'BookTitle', ...bidi(rtl), children: writer.runs([{ kind: 'text', text: by, italic: false, bold: false, code: false }]) })] : []),
  ];
}

function styles(d: typeof Docx, book: Book): Docx.IStylesOptions {
  const rtlLanguage = book.language.direction === 'rtl' ? { bidirectional: book.language.tag } : {};
  const language = book.language.tag === 'und' ? undefined : { value: book.language.tag, ...rtlLanguage };
  const centred = { alignment: d.AlignmentType.CENTER, indent: { firstLine: 0 } };
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE, ...(language ? { language } : {}) },
        paragraph: { spacing: { line: DOUBLE, lineRule: d.LineRuleType.AUTO, before: 0, after: 0 } },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: SIZE },
        paragraph: { spacing: { line: DOUBLE, lineRule: d.LineRuleType.AUTO, before: 0, after: 0 }, indent: { firstLine: INCH / 2 } },
      },
      {
        id: 'ChapterHeading',
        name: 'Chapter Heading',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        paragraph: { ...centred, keepNext: true, spacing: { before: 2 * INCH, after: DOUBLE, line: DOUBLE } },
      },
      { id: 'SceneBreak', name: 'Scene Break', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: centred },
      { id: 'BookTitle', name: 'Book Title', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: centred },
      {
        id: 'TitleBlock',
        name: 'Title Block',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { indent: { firstLine: 0 }, spacing: { line: SINGLE, lineRule: d.LineRuleType.AUTO } },
      },
      {
        id: 'RunningHeader',
        name: 'Running Header',
        basedOn: 'Normal',
        paragraph: { alignment: d.AlignmentType.RIGHT, indent: { firstLine: 0 }, spacing: { line: SINGLE, lineRule: d.LineRuleType.AUTO } },
      },
      { id: 'Quotation', name: 'Quotation', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { indent: { left: INCH, right: INCH / 2, firstLine: 0 } } },
      {
        id: 'Preformatted',
        name: 'Preformatted',
        basedOn: 'Normal',
        paragraph: { indent: { left: INCH / 2, firstLine: 0 }, spacing: { line: SINGLE, lineRule: d.LineRuleType.AUTO, after: DOUBLE / 2 } },
      },
      { id: 'ProseHeading', name: 'Prose Heading', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { ...centred, keepNext: true }, run: { bold: true } },
    ],
  };
}

/** Blocks → paragraphs, with the writer's emphasis and each paragraph's direction. */
class ParagraphWriter {
  constructor(
    private readonly d: typeof Docx,
    private readonly direction: TextDirection,
  ) {}

  blocks(blocks: readonly Block[], style?: string): Docx.Paragraph[] {
    return blocks.flatMap((b) => this.block(b, style));
  }

  /** Runs are right to left when their paragraph is (by its first strong letter, else the book's). */
  runs(inlines: readonly Inline[]): Docx.TextRun[] {
    const rtl = (paragraphDirection(plainText(inlines)) ?? this.direction) === 'rtl';
    return inlines.map((run) =>
      run.kind === 'break'
        ? new this.d.TextRun({ break: 1 })
        : new this.d.TextRun({
            text: run.text,
            ...(run.italic ? { italics: true } : {}),
            ...(run.bold ? { bold: true } : {}),
            ...(run.code ? { font: 'Courier New' } : {}),
            ...(rtl ? { rightToLeft: true } : {}),
          }),
    );
  }

  private paragraph(inlines: readonly Inline[], style: string | undefined, prefix = ''): Docx.Paragraph {
    const direction = paragraphDirection(plainText(inlines)) ?? this.direction;
    const runs = prefix ? [{ kind: 'text' as const, text: prefix, italic: false, bold: false, code: false }, ...inlines] : inlines;
    return new this.d.Paragraph({ ...(style ? { style } : {}), ...bidi(direction === 'rtl'), children: this.runs(runs) });
  }

  private block(block: Block, style: string | undefined): Docx.Paragraph[] {
    const d = this.d;
    switch (block.kind) {
      case 'paragraph':
        return [this.paragraph(block.inlines, style)];
      case 'heading':
        return [this.paragraph(block.inlines, 'ProseHeading')];
      case 'scene-break':
        return [new d.Paragraph({ style: 'SceneBreak', children: [new d.TextRun('#')] })];
      case 'quote':
        return this.blocks(block.blocks, 'Quotation');
      case 'list':
        return block.items.flatMap((item, i) => {
          const marker = block.ordered ? `${i + 1}. ` : '• ';
          const [first, ...rest] = item;
          const head = first?.kind === 'paragraph' ? [this.paragraph(first.inlines, 'Quotation', marker)] : this.blocks(first ? [first] : [], 'Quotation');
          return [...head, ...this.blocks(rest, 'Quotation')];
        });
      case 'preformatted': {
        const lines = block.text.split('\n');
        return [new d.Paragraph({ style: 'Preformatted', children: lines.map((line, i) => new d.TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })) })];
      }
    }
  }
}

/** Only right-to-left paragraphs say so: an explicit `bidi="false"` confuses LibreOffice's indents. */
function bidi(rtl: boolean): { bidirectional?: true } {
  return rtl ? { bidirectional: true } : {};
}

function rtlRun(rtl: boolean): { rightToLeft?: true } {
  return rtl ? { rightToLeft: true } : {};
}
