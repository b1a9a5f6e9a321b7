import { chapterHeading, type Book, type BookChapter } from './book';
import type { ExportLibraries } from './libraryTypes';
import { BOOK_CSS, blocksToXhtml, escapeXml } from './xhtml';

/**
 * EPUB 3: a title page from the brief, an optional cover, a navigation document that is also the
 * table of contents, one XHTML file per chapter and a small stylesheet; language, direction, a
 * stable identifier and the modification time in the package. Zipped with fflate: `mimetype`
 * first and stored uncompressed, as the OCF container requires.
 */
export function renderEpub(libs: ExportLibraries, book: Book): Uint8Array {
  const files: Array<[string, string | Uint8Array]> = [
    ['META-INF/container.xml', CONTAINER_XML],
    ['OEBPS/content.opf', packageDocument(book)],
    ['OEBPS/nav.xhtml', navDocument(book)],
    ['OEBPS/style.css', BOOK_CSS],
    ['OEBPS/title.xhtml', titlePage(book)],
    ...book.chapters.map((c): [string, string] => [`OEBPS/${chapterFile(c)}`, chapterDocument(book, c)]),
  ];
  if (book.cover) files.push(['OEBPS/cover.xhtml', coverPage(book)], [`OEBPS/images/${book.cover.fileName}`, book.cover.bytes]);
  // The zip's timestamps are the export's, so two exports of the same text differ only there.
  const mtime = book.modified;
  const entries: Record<string, [Uint8Array, { level: 0 | 9; mtime: Date }]> = {
    mimetype: [libs.strToU8('application/epub+zip'), { level: 0, mtime }],
  };
  for (const [name, content] of files) {
    const bytes = typeof content === 'string' ? libs.strToU8(content) : content;
    // Images are compressed already; deflating them again only costs time.
    entries[name] = [bytes, { level: typeof content === 'string' ? 9 : 0, mtime }];
  }
  return libs.zipSync(entries);
}

const CONTAINER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

function chapterFile(chapter: BookChapter): string {
  return `chapter-${String(chapter.number).padStart(3, '0')}.xhtml`;
}

function packageDocument(book: Book): string {
  const { tag, direction } = book.language;
  const modified = book.modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const cover = book.cover;
  const manifest = [
    `<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>`,
    `<item id="css" href="style.css" media-type="text/css"/>`,
    `<item id="title-page" href="title.xhtml" media-type="application/xhtml+xml"/>`,
    ...(cover
      ? [
          `<item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>`,
          `<item id="cover-image" href="images/${cover.fileName}" media-type="${cover.mediaType}" properties="cover-image"/>`,
        ]
      : []),
    ...book.chapters.map((c) => `<item id="chapter-${c.number}" href="${chapterFile(c)}" media-type="application/xhtml+xml"/>`),
  ];
  const spine = [
    ...(cover ? ['<itemref idref="cover"/>'] : []),
    '<itemref idref="title-page"/>',
    '<itemref idref="nav"/>',
    ...book.chapters.map((c) => `<itemref idref="chapter-${c.number}"/>`),
  ];
  const metadata = [
    `<dc:identifier id="book-id">${escapeXml(book.identifier)}</dc:identifier>`,
    `<dc:title>${escapeXml(book.title)}</dc:title>`,
    `<dc:language>${tag}</dc:language>`,
    ...(book.author ? [`<dc:creator id="author">${escapeXml(book.author)}</dc:creator>`, `<meta refines="#author" property="role" scheme="marc:relators">aut</meta>`] : []),
    `<meta property="dcterms:modified">${modified}</meta>`,
    ...(cover ? ['<meta name="cover" content="cover-image"/>'] : []),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${tag}" dir="${direction}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    ${metadata.join('\n    ')}
  </metadata>
  <manifest>
    ${manifest.join('\n    ')}
  </manifest>
  <spine${direction === 'rtl' ? ' page-progression-direction="rtl"' : ''}>
    ${spine.join('\n    ')}
  </spine>
</package>
`;
}

function xhtmlDocument(book: Book, title: string, body: string, bodyClass?: string): string {
  const { tag, direction } = book.language;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${tag}" lang="${tag}" dir="${direction}">
<head>
  <meta charset="UTF-8" />
  <title>${escapeXml(title)}</title>
  <link rel="stylesheet" type="text/css" href="style.css" />
</head>
<body${bodyClass ? ` class="${bodyClass}"` : ''}>
${body}
</body>
</html>
`;
}

function titlePage(book: Book): string {
  const byline = book.author ? `\n    <p class="author">${escapeXml(book.language.words.by ? `${book.language.words.by} ${book.author}` : book.author)}</p>` : '';
  return xhtmlDocument(book, book.title, `  <section class="title-page" epub:type="titlepage">\n    <h1>${escapeXml(book.title)}</h1>${byline}\n  </section>`);
}

function coverPage(book: Book): string {
  const cover = book.cover!;
  return xhtmlDocument(
    book,
    book.title,
    `  <section class="cover" epub:type="cover">\n    <img src="images/${cover.fileName}" alt="${escapeXml(book.title)}" />\n  </section>`,
    'cover',
  );
}

function navDocument(book: Book): string {
  const contents = book.language.words.contents;
  const items = book.chapters.map((c) => `      <li><a href="${chapterFile(c)}">${escapeXml(chapterHeading(book, c))}</a></li>`);
  const first = book.chapters[0]!;
  return xhtmlDocument(
    book,
    contents,
    `  <nav epub:type="toc" id="toc">
    <h1>${escapeXml(contents)}</h1>
    <ol>
${items.join('\n')}
    </ol>
  </nav>
  <nav epub:type="landmarks" id="landmarks" hidden="hidden">
    <ol>
      <li><a epub:type="titlepage" href="title.xhtml">${escapeXml(book.title)}</a></li>
      <li><a epub:type="toc" href="nav.xhtml">${escapeXml(contents)}</a></li>
      <li><a epub:type="bodymatter" href="${chapterFile(first)}">${escapeXml(chapterHeading(book, first))}</a></li>
    </ol>
  </nav>`,
  );
}

function chapterDocument(book: Book, chapter: BookChapter): string {
  const label = book.language.words.chapter(chapter.number);
  const heading = chapter.title ? `<span class="label">${escapeXml(label)}</span> ${escapeXml(chapter.title)}` : escapeXml(label);
  const prose = blocksToXhtml(chapter.blocks, { headingShift: 1, direction: book.language.direction }, '    ');
  return xhtmlDocument(
    book,
    chapterHeading(book, chapter),
    `  <section epub:type="chapter" id="chapter-${chapter.number}">\n    <h1 class="chapter">${heading}</h1>\n${prose}\n  </section>`,
  );
}
