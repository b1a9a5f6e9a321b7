import { plainText, type Block, type Inline, type TextDirection } from './book';
import { paragraphDirection } from './direction';

/**
 * Blocks → XHTML (well-formed XML, so the same markup serves EPUB and the HTML page). Headings in
 * the prose sit `headingShift` levels below their Markdown level so they stay under the
 * chapter's heading.
 */
export interface XhtmlOptions {
  readonly headingShift: number;
  readonly direction: TextDirection;
}

export function blocksToXhtml(blocks: readonly Block[], options: XhtmlOptions, indent = ''): string {
  return blocks.map((b) => blockToXhtml(b, options, indent)).join('\n');
}

function blockToXhtml(block: Block, options: XhtmlOptions, indent: string): string {
  switch (block.kind) {
    case 'paragraph':
      return `${indent}<p${dirAttribute(block.inlines, options.direction)}>${inlinesToXhtml(block.inlines)}</p>`;
    case 'heading': {
      const level = Math.min(6, block.level + options.headingShift);
      return `${indent}<h${level}${dirAttribute(block.inlines, options.direction)}>${inlinesToXhtml(block.inlines)}</h${level}>`;
    }
    case 'scene-break':
      return `${indent}<hr class="scene-break" />`;
    case 'quote':
      return `${indent}<blockquote>\n${blocksToXhtml(block.blocks, options, `${indent}  `)}\n${indent}</blockquote>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map(
        (item) =>
          `${indent}  <li>${item.length === 1 && item[0]!.kind === 'paragraph' ? inlinesToXhtml(item[0]!.inlines) : `\n${blocksToXhtml(item, options, `${indent}    `)}\n${indent}  `}</li>`,
      );
      return `${indent}<${tag}>\n${items.join('\n')}\n${indent}</${tag}>`;
    }
    case 'preformatted':
      return `${indent}<pre>${escapeXml(block.text)}</pre>`;
  }
}

function dirAttribute(inlines: readonly Inline[], bookDirection: TextDirection): string {
  const direction = paragraphDirection(plainText(inlines));
  return direction && direction !== bookDirection ? ` dir="${direction}"` : '';
}

export function inlinesToXhtml(inlines: readonly Inline[]): string {
  return inlines
    .map((run) => {
      if (run.kind === 'break') return '<br />';
      let html = escapeXml(run.text);
      if (run.code) html = `<code>${html}</code>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      if (run.italic) html = `<em>${html}</em>`;
      return html;
    })
    .join('');
}

/** Escapes for text and attribute values, and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * A small readable stylesheet for e-readers and browsers: serif text, indented paragraphs with no
 * gaps (the first after a heading or a break flush), scene breaks as a centred ⁂.
 */
export const BOOK_CSS = `body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; margin: 0 5%; }
h1, h2, h3, h4, h5, h6 { font-weight: normal; text-align: center; line-height: 1.3; page-break-after: avoid; }
h1.chapter { margin: 3em 0 2em; font-size: 1.6em; }
h1.chapter .label { display: block; font-size: 0.7em; letter-spacing: 0.1em; text-transform: uppercase; margin-bottom: 0.5em; }
p { margin: 0; text-indent: 1.5em; text-align: start; orphans: 2; widows: 2; }
h1 + p, h2 + p, h3 + p, h4 + p, h5 + p, h6 + p, hr + p, blockquote + p, p.first { text-indent: 0; }
hr.scene-break { border: none; margin: 1.5em 0; text-align: center; height: 1.5em; }
hr.scene-break::after { content: "\\2042"; font-size: 1.2em; }
blockquote { margin: 1em 2em; font-style: italic; }
blockquote em { font-style: normal; }
blockquote p { text-indent: 0; }
pre { white-space: pre-wrap; font-family: inherit; margin: 1em 2em; }
.title-page { text-align: center; margin-top: 25%; }
.title-page h1 { font-size: 2em; margin-bottom: 1em; }
.title-page .author { font-size: 1.3em; text-indent: 0; text-align: center; }
.cover { text-align: center; margin: 0; padding: 0; }
.cover img { max-width: 100%; max-height: 100%; }
nav ol { list-style: none; padding: 0; }
nav li { margin: 0.4em 0; }
nav a { text-decoration: none; }
`;
