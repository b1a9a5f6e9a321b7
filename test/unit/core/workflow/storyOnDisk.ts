import { join } from 'node:path';
import { writeCheckpoint } from '../../../../src/core/checkpoint/checkpointFile';
import type { CheckpointMeta } from '../../../../src/core/checkpoint/meta';
import type { WorkflowStage } from '../../../../src/core/stages';
import { bodyHash } from '../../../../src/core/hash';
import type { FileSystem } from '../../../../src/core/ports';
import { renderBible } from '../../../../src/core/documents/bibleMarkdown';
import { renderChapter } from '../../../../src/core/documents/chapter';
import { renderConcept } from '../../../../src/core/documents/conceptMarkdown';
import { assembleManuscript } from '../../../../src/core/documents/manuscript';
import type { Outline } from '../../../../src/core/documents/outline';
import { renderOutline } from '../../../../src/core/documents/outlineMarkdown';
import { renderBrief } from '../../../../src/core/story/briefFile';
import { outlineSectionKey } from '../../../../src/core/workflow/state/graph';
import { readOutlineChapters } from '../../../../src/core/workflow/state/outlineChapters';
import { bible, concept } from '../documents/sampleStory';
import { smallBrief } from './workflowHarness';

/**
 * Writes a complete, up-to-date story straight to disk (no model, no runner), with front matter
 * exactly as the runner records it: for testing state computation on its own.
 */
export async function writeDoneStory(fs: FileSystem, storyDir: string, chapterCount: number): Promise<void> {
  const write = (rel: string, text: string) => fs.writeFile(join(storyDir, rel), new TextEncoder().encode(text));
  const briefText = renderBrief({ ...smallBrief, chapters: chapterCount });
  await write('brief.md', briefText);
  const h = { brief: bodyHash(briefText) };

  const conceptBody = renderConcept(concept);
  await writeCheckpoint(fs, join(storyDir, '01-concept.md'), meta('concept', conceptBody, { 'brief.md': h.brief }), conceptBody);
  const bibleBody = renderBible(bible);
  await writeCheckpoint(fs, join(storyDir, '02-bible.md'), meta('bible', bibleBody, { 'brief.md': h.brief, '01-concept.md': bodyHash(conceptBody) }), bibleBody);
  const outline: Outline = {
    chapters: Array.from({ length: chapterCount }, (_, i) => ({
      number: i + 1,
      title: `Chapter title ${i + 1}`,
      summary: `What happens in chapter ${i + 1}.`,
      beats: [`Beat one of ${i + 1}.`, `Beat two of ${i + 1}.`],
      targetWords: 200,
    })),
  };
  const outlineBody = renderOutline(outline);
  await writeCheckpoint(
    fs,
    join(storyDir, '03-outline.md'),
    meta('outline', outlineBody, { 'brief.md': h.brief, '01-concept.md': bodyHash(conceptBody), '02-bible.md': bodyHash(bibleBody) }),
    outlineBody,
  );
  const read = readOutlineChapters(outlineBody);
  if (!read.ok) throw new Error(read.problem);
  const revisionHashes: Record<string, string> = {};
  const chapters = [];
  for (const c of read.chapters) {
    const n = String(c.number).padStart(2, '0');
    const prose = `The keeper climbed the stair in chapter ${c.number}. `.repeat(20).trim();
    const draftBody = renderChapter(c.number, c.title, prose);
    const common = { 'brief.md': h.brief, '02-bible.md': bodyHash(bibleBody), [outlineSectionKey(c.number)]: c.sectionHash };
    await writeCheckpoint(fs, join(storyDir, `04-draft/chapter-${n}.md`), meta('draft', draftBody, common, c.number), draftBody);
    const revisionBody = renderChapter(c.number, c.title, `${prose} Revised.`);
    await writeCheckpoint(
      fs,
      join(storyDir, `05-revision/chapter-${n}.md`),
      meta('revision', revisionBody, { ...common, [`04-draft/chapter-${n}.md`]: bodyHash(draftBody) }, c.number),
      revisionBody,
    );
    revisionHashes[`05-revision/chapter-${n}.md`] = bodyHash(revisionBody);
    chapters.push({ number: c.number, title: c.title, prose: `${prose} Revised.`, source: 'revision' as const });
  }
  const story = assembleManuscript({ ...smallBrief, chapters: chapterCount }, concept, chapters);
  await writeCheckpoint(fs, join(storyDir, 'story.md'), meta('manuscript', story, revisionHashes), story);
}

function meta(stage: WorkflowStage, body: string, inputs: Record<string, string>, chapter?: number): CheckpointMeta {
  return {
    stage,
    ...(chapter !== undefined ? { chapter } : {}),
    model: stage === 'manuscript' ? 'none' : 'gemini-3.8-flash',
    promptHash: 'p',
    inputs,
    bodyHash: bodyHash(body),
    usage: { promptTokens: 1, outputTokens: 1, thinkingTokens: 0 },
    durationMs: 1,
    generatedAt: '2025-01-01T00:00:00.000Z',
    words: 1,
  };
}
