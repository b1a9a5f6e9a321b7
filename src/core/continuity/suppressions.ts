import { posix } from 'node:path';
import { writeFileAtomic } from '../checkpoint/atomicWrite';
import type { FileSystem } from '../ports';
import { normaliseQuote } from './quotes';
import { SUPPRESSIONS_FILE } from './storyMaterial';

/**
 * Passages the writer marked "This is intentional", in `continuity-ignore.md` at the story's top:
 * one entry per passage, with the reason when one was given. The file is the writer's: they can
 * read it, edit a reason, or delete an entry to have the passage checked again.
 *
 * ```
 * - Chapter 3: “Her eyes were green that morning.”
 *   Reason: she wears coloured lenses to hide.
 * ```
 */

export interface Suppression {
  readonly chapter: number;
  readonly passage: string;
  readonly reason?: string;
}

const HEADER = [
  '# Continuity: intentional',
  '',
  'Passages the continuity check no longer reports, because you said they are meant. Delete an entry to have its passage checked again.',
  '',
].join('\n');

const ENTRY = /^[-*]\s+Chapter\s+(\d+)\s*:\s*(.+?)\s*$/i;
const REASON = /^\s+Reason\s*:\s*(.*?)\s*$/i;

export function parseSuppressions(text: string): Suppression[] {
  const out: Suppression[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const entry = ENTRY.exec(lines[i]!);
    if (!entry) continue;
    const passage = unquote(entry[2]!);
    const reason = REASON.exec(lines[i + 1] ?? '')?.[1];
    out.push({ chapter: Number(entry[1]), passage, ...(reason ? { reason } : {}) });
  }
  return out;
}

export function renderSuppression(s: Suppression): string {
  return `- Chapter ${s.chapter}: “${s.passage.replace(/\s+/g, ' ').trim()}”${s.reason?.trim() ? `\n  Reason: ${s.reason.replace(/\s+/g, ' ').trim()}` : ''}\n`;
}

function unquote(text: string): string {
  const pairs: Array<[string, string]> = [
    ['“', '”'],
    ['"', '"'],
    ['«', '»'],
    ['‘', '’'],
    ["'", "'"],
  ];
  for (const [open, close] of pairs) if (text.length >= 2 && text.startsWith(open) && text.endsWith(close)) return text.slice(open.length, -close.length);
  return text;
}

export class Suppressions {
  private constructor(private readonly entries: readonly Suppression[]) {}

  static async load(fs: FileSystem, storyDir: string): Promise<Suppressions> {
    const path = posix.join(storyDir, SUPPRESSIONS_FILE);
    if (!(await fs.stat(path))) return new Suppressions([]);
    return new Suppressions(parseSuppressions(new TextDecoder().decode(await fs.readFile(path))));
  }

  /** Whether the writer said this passage of this chapter is meant (quote marks, white space and case aside). */
  covers(chapter: number, passage: string): boolean {
    const wanted = normaliseQuote(passage);
    return this.entries.some((s) => s.chapter === chapter && normaliseQuote(s.passage) === wanted);
  }

  get all(): readonly Suppression[] {
    return this.entries;
  }
}

/** Appends an entry to the story's suppressions file (creating it with its header). */
export async function addSuppression(fs: FileSystem, storyDir: string, suppression: Suppression): Promise<void> {
  const path = posix.join(storyDir, SUPPRESSIONS_FILE);
  const existing = (await fs.stat(path)) ? new TextDecoder().decode(await fs.readFile(path)) : HEADER;
  const separated = existing.endsWith('\n') ? existing : `${existing}\n`;
  await writeFileAtomic(fs, path, `${separated}${renderSuppression(suppression)}`);
}
