import { NO_MODEL } from '../../checkpoint/meta';
import { parseChapter } from '../../documents/chapter';
import { assembleManuscript, type ManuscriptChapter } from '../../documents/manuscript';
import { countWords } from '../../documents/wordCount';
import { chapterDir } from '../../stages';
import type { RunContext } from '../run/runContext';
import type { GraphItem } from '../state/graph';
import { manuscriptInputs } from '../state/storyState';

/** What was assembled: the chapters in it, and those left out for want of a draft. */
export interface Assembled {
  readonly words: number;
  readonly cached: false;
  readonly included: readonly number[];
  readonly missing: readonly number[];
}

/**
 * `story.md`: every chapter's revision (its draft where the revision was skipped or failed), in
 * order, under a title page. No model call; its front matter records each chapter file's hash,
 * so editing any chapter makes the manuscript stale. A chapter with neither file yet is left out
 * (and named in `missing`): the run only assembles a complete story, Compile Manuscript assembles
 * what there is.
 */
export async function assembleStory(ctx: RunContext, item: GraphItem): Promise<Assembled> {
  const started = ctx.clock.now();
  const state = ctx.story.state();
  const sources = manuscriptInputs(state.chapters, state.items);
  const present = state.chapters.flatMap((c, i) => (ctx.story.snapshot.file(sources[i]!).read.kind === 'missing' ? [] : [{ ref: c, file: sources[i]! }]));
  const chapters: ManuscriptChapter[] = present.map(({ ref, file }) => {
    const text = parseChapter(ctx.inputs.body(file));
    return { number: ref.number, title: ref.title || text.title || '', prose: text.prose, source: file.startsWith(`${chapterDir('revision')}/`) ? 'revision' : 'draft' };
  });
  const body = assembleManuscript(ctx.inputs.brief(), ctx.inputs.conceptIfReadable(), chapters);
  const words = chapters.reduce((sum, c) => sum + countWords(c.prose), 0);
  await ctx.checkpoints.commit(item, body, {
    model: NO_MODEL,
    promptHash: '',
    inputs: ctx.story.hashes().record(present.map((p) => p.file)),
    usage: { promptTokens: 0, outputTokens: 0, thinkingTokens: 0 },
    durationMs: ctx.clock.now() - started,
    words,
  });
  const included = new Set(present.map((p) => p.ref.number));
  return { words, cached: false, included: [...included], missing: state.chapters.map((c) => c.number).filter((n) => !included.has(n)) };
}
