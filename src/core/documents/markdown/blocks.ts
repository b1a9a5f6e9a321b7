import type { SourceLine } from './sections';

/**
 * The content between two headings as list items and paragraphs, following CommonMark closely
 * enough for documents people type: indented and lazy continuation lines belong to their item,
 * nested lists stay inside their parent item's text, a blank line ends a paragraph.
 */

export type Block = { readonly kind: 'item'; readonly text: string; readonly line: number } | { readonly kind: 'paragraph'; readonly text: string; readonly line: number };

const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;

const indentOf = (text: string) => /^ */.exec(text.replace(/\t/g, '    '))![0].length;
const isBlank = (text: string) => text.trim() === '';

export function readBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const { text, line } = lines[i]!;
    if (isBlank(text)) {
      i++;
      continue;
    }
    const item = ITEM.exec(text);
    if (item) {
      const contentIndent = item[1]!.length + item[2]!.length + Math.min(4, (item[3] ?? ' ').length);
      const parts = [item[4] ?? ''];
      i++;
      while (i < lines.length) {
        const next = lines[i]!.text;
        if (isBlank(next)) {
          const after = lines.slice(i).find((l) => !isBlank(l.text));
          if (after === undefined || indentOf(after.text) < Math.min(contentIndent, 2)) break;
          parts.push('');
          i++;
        } else if (indentOf(next) >= Math.min(contentIndent, 2)) {
          parts.push(dedent(next, contentIndent));
          i++;
        } else if (!ITEM.test(next) && !isBlank(parts.at(-1) ?? '')) {
          parts.push(next.trim()); // lazy continuation of the item's last paragraph
          i++;
        } else {
          break;
        }
      }
      blocks.push({ kind: 'item', text: trimBlankEdges(parts).join('\n'), line });
      continue;
    }
    const parts: string[] = [];
    while (i < lines.length && !isBlank(lines[i]!.text) && (parts.length === 0 || !ITEM.test(lines[i]!.text))) {
      parts.push(lines[i]!.text.trimEnd());
      i++;
    }
    blocks.push({ kind: 'paragraph', text: parts.join('\n').trim(), line });
  }
  return blocks;
}

function dedent(text: string, indent: number): string {
  const expanded = text.replace(/\t/g, '    ');
  return expanded.slice(Math.min(indent, indentOf(expanded))).trimEnd();
}

function trimBlankEdges(parts: string[]): string[] {
  let start = 0;
  let end = parts.length;
  while (start < end && isBlank(parts[start]!)) start++;
  while (end > start && isBlank(parts[end - 1]!)) end--;
  return parts.slice(start, end);
}

/** Renders text as one list item, continuation lines indented under the marker. */
export function renderItem(text: string): string {
  return text
    .split('\n')
    .map((l, i) => (i === 0 ? `- ${l}` : l === '' ? '' : `  ${l}`))
    .join('\n');
}
