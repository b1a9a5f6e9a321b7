import { NO_MODEL } from '../../checkpoint/meta';
import { parseChapter } from '../../documents/chapter';
import { assembleManuscript, type ManuscriptChapter } from '../../documents/manuscript';
import { countWords } from '../../documents/wordCount';
import type { GraphItem } from '../state/graph';
import type { RunContext } from '../run/runContext';
import { manuscriptInputs } from '../state/storyState';
import { chapterDir } from '../../stages';

/**
 * `story.md`: every chapter's revision (its draft where the revision was skipped or failed), in
 * order, under a title page. No model call; its front matter records each chapter file's hash,
 * so editing any chapter makes the manuscript stale.
 */
export async function assembleStory(ctx: RunContext, item: GraphItem): Promise<{ words: number; cached: boolean }> {
  const started = ctx.clock.now();
  const state = ctx.story.state();
  const sources = manuscriptInputs(state.chapters, state.items);
  const chapters: ManuscriptChapter[] = state.chapters.map((c, i) => {
    const file = sources[i]!;
    const text = parseChapter(ctx.inputs.body(file));
    return { number: c.number, title: c.title || text.title || '', prose: text.prose, source: file.startsWith(`${chapterDir('revision')}/`) ? 'revision' : 'draft' };
  });
  const body = assembleManuscript(ctx.inputs.brief(), ctx.inputs.conceptIfReadable(), chapters);
  const words = chapters.reduce((sum, c) => sum + countWords(c.prose), 0);
  await ctx.checkpoints.commit(item, body, {
    model: NO_MODEL,
    promptHash: '',
    inputs: ctx.story.hashes().record(sources),
    usage: { promptTokens: 0, outputTokens: 0, thinkingTokens: 0 },
    durationMs: ctx.clock.now() - started,
    words,
  });
  return { words, cached: false };
}
