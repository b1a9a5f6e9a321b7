import { join } from 'node:path';
import { writeCheckpoint } from '../../../../src/core/checkpoint/checkpointFile';
import type { CheckpointMeta } from '../../../../src/core/checkpoint/meta';
import { bodyHash } from '../../../../src/core/hash';
import { renderChapter } from '../../../../src/core/documents/chapter';
import { renderOutline } from '../../../../src/core/documents/outlineMarkdown';
import { NodeFileSystem } from '../../../../src/node/nodeFileSystem';

/**
 * The three stories every export format is checked on: a short story whose chapters use every
 * kind of Markdown a writer types (and the things that must never reach a book: front matter,
 * comments, the live editor's marker), a 25-chapter novel written by the workflow (outline,
 * drafts, revisions, one revision skipped), and a right-to-left story with Arabic, Hebrew and
 * other scripts.
 */

export const fs = new NodeFileSystem();
const write = (path: string, text: string | Uint8Array) => fs.writeFile(path, typeof text === 'string' ? new TextEncoder().encode(text) : text);

/** The live editor's first line while a chapter streams in (src/vscode/run/runController.ts). */
export const LIVE_MARKER = '<!-- Drafting chapter 1… the file is saved when the chapter is done -->';
export const WRITER_COMMENT = '<!-- note to self: move this scene earlier -->';

/** A 1×1 PNG: a real image for the cover. */
export const COVER_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export interface FixtureStory {
  readonly dir: string;
  readonly title: string;
  readonly chapters: number;
}

export async function writeShortStory(root: string): Promise<FixtureStory> {
  const dir = join(root, 'short');
  await write(
    join(dir, 'brief.md'),
    `---\ntitle: The Lighthouse Keeper’s Daughter\nauthor: Ada Quill-Marsh\ngenre: magical realism\nlanguage: English\ntargetWords: 1200\nchapters: 3\n---\n\nA girl who keeps the lamp lit finds that the ships it guides are not all from this century.\n`,
  );
  await write(join(dir, 'cover.png'), COVER_PNG);
  const chapter1 = `${LIVE_MARKER}

"You're late," said Mara. "The lamp won't light *itself*."

Her father only smiled -- the way he always did -- and climbed the stair. She counted the steps: one, two… forty-one.

${WRITER_COMMENT}

The sea was **loud** that night, loud enough to hide a ship.

* * *

> Keeper's log, 3 March: fog. A brig without lights passed the point at *two bells*.
>
> Second entry: the brig again.

She read it twice. Some words in the log were not English at all: *"¿Quién vive?"* and "Ça va?" and naïve café crème.

***

- a lantern
- a coil of rope
- the brass key

Morning came.`;
  const chapter2 = `The second chapter opens on the beach.

#

After the scene break, a line with a hard break:\\
and its second half. Angle brackets <like this> and an ampersand & stay text.

---

The end of chapter two.`;
  const chapter3 = `## A heading inside the prose

The third chapter has only a draft: its revision was skipped.

\`\`\`
A song, kept
    line for line.
\`\`\`

"Goodbye," she said.`;
  await writeChapter(dir, 'draft', 1, 'The Lamp', chapter1);
  await writeChapter(dir, 'revision', 1, 'The Lamp', chapter1);
  await writeChapter(dir, 'draft', 2, 'The Beach', chapter2, { handWritten: true });
  await writeChapter(dir, 'revision', 2, 'The Beach', chapter2);
  await writeChapter(dir, 'draft', 3, '', chapter3);
  return { dir, title: 'The Lighthouse Keeper’s Daughter', chapters: 3 };
}

/** 25 chapters of about 2,000 words, outline and front matter as the workflow writes them. */
export async function writeNovel(root: string, chapters = 25): Promise<FixtureStory> {
  const dir = join(root, 'novel');
  await write(
    join(dir, 'brief.md'),
    `---\ntitle: The Long Tide\nlanguage: English\ntargetWords: 50000\nchapters: ${chapters}\n---\n\nA harbour town and the tide that stops coming back.\n`,
  );
  const outline = {
    chapters: Array.from({ length: chapters }, (_, i) => ({
      number: i + 1,
      title: `The Tide, Part ${i + 1}`,
      summary: `What happens in chapter ${i + 1}.`,
      beats: [`Beat one of ${i + 1}.`, `Beat two of ${i + 1}.`],
      targetWords: 2000,
    })),
  };
  const outlineBody = renderOutline(outline);
  await writeCheckpoint(fs, join(dir, '03-outline.md'), meta('outline', outlineBody), outlineBody);
  for (let n = 1; n <= chapters; n++) {
    const scenes = [0, 1, 2].map((s) => paragraphs(n, s).join('\n\n'));
    const prose = scenes.join('\n\n* * *\n\n');
    await writeChapter(dir, 'draft', n, `The Tide, Part ${n}`, prose);
    // Chapter 7's revision was skipped: the export uses its draft and says so.
    if (n !== 7) await writeChapter(dir, 'revision', n, `The Tide, Part ${n}`, `${prose}\n\nShe did not look back.`);
  }
  return { dir, title: 'The Long Tide', chapters };
}

function paragraphs(chapter: number, scene: number): string[] {
  return Array.from({ length: 7 }, () => {
    const line = `"Chapter ${chapter}, scene ${scene + 1}," said the harbour-master, "and the *water* is still going out." The boats lay on their sides in the mud, and the gulls walked where the fish had been. `;
    return line.repeat(3).trim();
  });
}

export async function writeRtlStory(root: string): Promise<FixtureStory> {
  const dir = join(root, 'rtl');
  await write(join(dir, 'brief.md'), `---\ntitle: حارس المنارة\nauthor: ليلى الحكيم\nlanguage: Arabic\n---\n\nقصة عن منارة على شاطئ البحر.\n`);
  const chapter1 = `كانت الليلة **مظلمة**، وكان البحر *هادئاً*.

قالت: «هل ترى الضوء؟»

* * *

> رسالة قديمة من البحّار.

English words inside an Arabic book: "the lamp".

שלום — Hebrew, then Persian: سلام دنیا.`;
  const chapter2 = `日本語の文: 灯台の光。 Ελληνικά: ο φάρος. Русский: маяк. Emoji 🌊🏮 and combining: é (e + ́).

#

نهاية الفصل الثاني.`;
  await writeChapter(dir, 'draft', 1, 'الضوء', chapter1);
  await writeChapter(dir, 'revision', 1, 'الضوء', chapter1);
  await writeChapter(dir, 'draft', 2, 'البحر', chapter2);
  await writeChapter(dir, 'revision', 2, 'البحر', chapter2);
  return { dir, title: 'حارس المنارة', chapters: 2 };
}

async function writeChapter(dir: string, stage: 'draft' | 'revision', n: number, title: string, prose: string, options: { handWritten?: boolean } = {}): Promise<void> {
  const body = renderChapter(n, title, prose);
  const path = join(dir, stage === 'draft' ? '04-draft' : '05-revision', `chapter-${String(n).padStart(2, '0')}.md`);
  if (options.handWritten) await write(path, body);
  else await writeCheckpoint(fs, path, meta(stage, body, n), body);
}

function meta(stage: CheckpointMeta['stage'], body: string, chapter?: number): CheckpointMeta {
  return {
    stage,
    ...(chapter !== undefined ? { chapter } : {}),
    model: 'gemini-2.5-flash',
    promptHash: 'p',
    inputs: {},
    bodyHash: bodyHash(body),
    usage: { promptTokens: 1, outputTokens: 1, thinkingTokens: 0 },
    durationMs: 1,
    generatedAt: '2026-11-01T00:00:00.000Z',
    words: 1,
  };
}
