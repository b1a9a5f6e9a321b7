import type { Settings } from '../config/settings';
import { GenerationError } from '../generation/generationError';
import type { TextGenerator } from '../generation/textGenerator';
import type { Clock, FileSystem, Logger } from '../ports';
import { MANUSCRIPT_FILE } from '../stages';
import { StageInputError } from './failures';
import { assembleStory } from './stages/manuscriptStage';
import { buildGraph } from './state/graph';
import { manuscriptInputs } from './state/storyState';
import { withStorySession } from './run/storySession';

export interface CompileOptions {
  readonly fs: FileSystem;
  readonly storyDir: string;
  readonly settings: Settings;
  readonly logger: Logger;
  readonly clock?: Clock;
  readonly owner?: string;
}

export interface CompiledManuscript {
  /** Story-relative path of the manuscript (`story.md`). */
  readonly file: string;
  readonly words: number;
  /** Chapters in it, and chapters left out because they have no draft yet. */
  readonly included: readonly number[];
  readonly missing: readonly number[];
}

/**
 * Compile Manuscript: `story.md` from the chapters that exist, now, with no model call and no
 * key. Chapters with no draft yet are left out and named. It holds the story's lock like a run,
 * so it never assembles half-written files.
 */
export async function compileManuscript(options: CompileOptions): Promise<CompiledManuscript> {
  return withStorySession({ ...options, generator: NO_GENERATION }, async (ctx) => {
    const state = ctx.story.state();
    if (state.chapters.length === 0) throw new StageInputError(MANUSCRIPT_FILE, 'there are no chapters to compile yet: the outline lists none, so write the outline first');
    const item = buildGraph(state.chapters, ctx.settings['workflow.draftMode']).find((i) => i.stage === 'manuscript');
    if (!item) throw new Error('the build graph has no manuscript item');
    const written = manuscriptInputs(state.chapters, state.items).filter((file) => ctx.story.snapshot.file(file).read.kind !== 'missing');
    if (written.length === 0) throw new StageInputError(MANUSCRIPT_FILE, 'no chapter has a draft yet: generate the drafts first (Generate Draft), then compile');
    const assembled = await assembleStory(ctx, item);
    if (assembled.missing.length > 0) ctx.log.warn(`Compiled ${MANUSCRIPT_FILE} without chapter ${assembled.missing.join(', ')} (no draft yet)`);
    return { file: MANUSCRIPT_FILE, words: assembled.words, included: assembled.included, missing: assembled.missing };
  });
}

/** Compiling never asks a model: a call here is a bug, said plainly. */
const NO_GENERATION: TextGenerator = {
  generateText: () => Promise.reject(new GenerationError('unexpected', 'Compile Manuscript makes no model call')),
  generateJson: () => Promise.reject(new GenerationError('unexpected', 'Compile Manuscript makes no model call')),
};
