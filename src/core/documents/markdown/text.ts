/**
 * Text rules shared by every stage document: how field text is normalised, how it is escaped so a
 * line of prose can never be mistaken for a heading or a bullet, and how labels (`**Role:** …`)
 * and headings are recognised however the writer typed them.
 */

/** LF line endings, no BOM: everything below assumes this. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * The canonical form of a text field: LF, no trailing spaces, at most one blank line in a row,
 * trimmed. Generated values are stored in this form so `parse(render(v))` gives back `v`.
 */
export function normalizeText(text: string): string {
  return normalizeNewlines(text)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n\n[ \t]+/g, '\n\n') // a paragraph's leading spaces mean nothing in Markdown
    .trim();
}

/** A name, title or label: one line, single spaces. */
export function normalizeLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const LIST_START = /^(\s*)([-*+])(?=\s|$)/;
const ORDERED_START = /^(\s*)(\d{1,9})([.)])(?=\s|$)/;
const HEADING_START = /^(\s*)(#)/;
const FENCE_START = /^(\s*)(`{3}|~{3})/;
const BACKSLASH_START = /^(\s*)\\(?=[-*+#\\`~])/;

/**
 * Escapes line starts that Markdown would read as structure. `#` and code fences are always
 * escaped (a heading would split the document, a fence would hide the headings after it); list
 * markers only where bullets carry meaning (`lists: true`, e.g.
 * a character's description sits next to that character's bullets).
 */
export function escapeText(text: string, options: { lists: boolean }): string {
  return text
    .split('\n')
    .map((line) => {
      let out = line.replace(BACKSLASH_START, '$1\\\\');
      out = out.replace(HEADING_START, '$1\\$2').replace(FENCE_START, '$1\\$2');
      if (options.lists) out = out.replace(LIST_START, '$1\\$2').replace(ORDERED_START, '$1$2\\$3');
      return out;
    })
    .join('\n');
}

/** Undoes `escapeText` (and a writer's own Markdown escapes at a line start). */
export function unescapeText(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*)\\([-*+#]|`{3}|~{3})/, '$1$2')
        .replace(/^(\s*)(\d{1,9})\\([.)])/, '$1$2$3')
        .replace(/^(\s*)\\\\/, '$1\\'),
    )
    .join('\n');
}

/**
 * A heading's meaning without its decoration: "## 2. Central Conflict:" and "**central
 * conflict**" both give `central conflict`. Used to recognise sections however they are typed.
 */
export function headingKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/^\s*(?:\d{1,3}|[ivx]{1,4})[.)]\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A label's meaning, stricter than `headingKey`: case, emphasis marks, hyphens and spacing are
 * ignored, but nothing else, so "2) Target words" or "Note on voice" are not taken for labels.
 */
export function labelKey(label: string): string {
  return label.normalize('NFKC').toLowerCase().replace(/[*_`]/g, '').replace(/[-–]/g, ' ').replace(/\s+/g, ' ').trim();
}

export interface Labeled {
  readonly label: string;
  readonly value: string;
  /** True when the label was bold (`**Role:**`): a sure label, not just text with a colon. */
  readonly bold: boolean;
}

/**
 * Splits `**Label:** value`, `**Label**: value`, `__Label:__ value` or plain `Label: value`. The
 * value may run over several lines. Returns undefined when the text does not start with a label.
 */
export function splitLabel(text: string): Labeled | undefined {
  const bold = /^(\*\*|__)([^\n]*?)(?::\1|\1\s*:)[ \t]*([\s\S]*)$/.exec(text);
  if (bold && bold[2]!.trim() !== '') return { label: bold[2]!.trim(), value: bold[3]!.trim(), bold: true };
  const plain = /^([^:\n*_#][^:\n]{0,59}?)[ \t]*[:：][ \t]*([\s\S]*)$/.exec(text);
  if (plain) return { label: plain[1]!.trim(), value: plain[2]!.trim(), bold: false };
  return undefined;
}

/** `**Label:** value` — the one way labels are written. */
export function renderLabel(label: string, value: string): string {
  return `**${label}:** ${value}`;
}

/** A reply wrapped whole in a code fence (```markdown … ```) without the fence. */
export function unwrapCodeFence(text: string): string {
  const fenced = /^\s*```[\w-]*[ \t]*\n([\s\S]*?)\n```\s*$/.exec(normalizeNewlines(text));
  return fenced ? fenced[1]! : text;
}
