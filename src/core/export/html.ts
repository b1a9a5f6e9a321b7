import { chapterHeading, type Book } from './book';
import { BOOK_CSS, blocksToXhtml, escapeXml } from './xhtml';

/**
 * The book as one self-contained web page: the stylesheet inline, the cover (if any) as a data
 * URL, a title page, a table of contents linking to each chapter, then the chapters.
 */
export function renderHtml(book: Book): string {
  const { tag, direction } = book.language;
  const contents = book.language.words.contents;
  const cover = book.cover
    ? `<section class="cover"><img src="data:${book.cover.mediaType};base64,${Buffer.from(book.cover.bytes).toString('base64')}" alt="${escapeXml(book.title)}" /></section>\n`
    : '';
  const byline = book.author ? `\n  <p class="author">${escapeXml(book.language.words.by ? `${book.language.words.by} ${book.author}` : book.author)}</p>` : '';
  const toc = book.chapters.map((c) => `    <li><a href="#chapter-${c.number}">${escapeXml(chapterHeading(book, c))}</a></li>`).join('\n');
  const chapters = book.chapters.map((c) => {
    const label = book.language.words.chapter(c.number);
    const heading = c.title ? `<span class="label">${escapeXml(label)}</span> ${escapeXml(c.title)}` : escapeXml(label);
    return `<section class="chapter" id="chapter-${c.number}">\n  <h2 class="chapter">${heading}</h2>\n${blocksToXhtml(c.blocks, { headingShift: 2, direction }, '  ')}\n</section>`;
  });
  const css = `${BOOK_CSS}body { max-width: 36em; margin: 2em auto; padding: 0 1em; }
h2.chapter { margin: 4em 0 2em; font-size: 1.6em; }
h2.chapter .label { display: block; font-size: 0.7em; letter-spacing: 0.1em; text-transform: uppercase; margin-bottom: 0.5em; }
.title-page { margin: 4em 0; }
nav { margin: 3em 0; }
@media print { section.chapter { break-before: page; } }
`;
  return `<!DOCTYPE html>
<html lang="${tag}" dir="${direction}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeXml(book.title)}</title>${book.author ? `\n<meta name="author" content="${escapeXml(book.author)}" />` : ''}
<style>
${css}</style>
</head>
<body>
${cover}<section class="title-page">
  <h1>${escapeXml(book.title)}</h1>${byline}
</section>
<nav>
  <h2>${escapeXml(contents)}</h2>
  <ol>
${toc}
  </ol>
</nav>
${chapters.join('\n')}
</body>
</html>
`;
}
