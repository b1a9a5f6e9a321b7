import type { CheckpointFlag } from '../../checkpoint/meta';
import type { MarkdownPrompt, StructuredPrompt } from '../../prompts/stagePrompt';
import { bibleFallbackPrompt, conceptFallbackPrompt, outlineFallbackPrompt } from '../../prompts/fallbackPrompts';
import { biblePrompt, conceptPrompt, outlinePrompt } from '../../prompts/structuredPrompts';
import { renderBible } from '../../documents/bibleMarkdown';
import { renderConcept } from '../../documents/conceptMarkdown';
import type { CompleteResult } from '../../documents/lenient';
import type { Outline } from '../../documents/outline';
import { renderOutline } from '../../documents/outlineMarkdown';
import type { StructuredStage } from '../../stages';
import { countWords } from '../../documents/wordCount';
import { withDefaults } from '../../documents/withDefaults';
import { fitChapterTargets, planChapters } from '../../story/chapterPlan';
import type { CacheMode, JsonResult, TextResult } from '../../generation/textGenerator';
import { generateOutlineInParts, needsParts } from './outlineInParts';
import { withAttempts, type MakeMode } from './attempts';
import { classifyFailure, UnusableReplyError } from '../failures';
import type { GraphItem } from '../state/graph';
import type { RunContext } from '../run/runContext';
import type { CommitParts } from '../run/checkpointWriter';
import type { StageCallOptions } from '../run/countedGenerator';
import { StructuredPreview } from './structuredPreview';

/** One structured stage: its JSON prompt, how to complete and render the reply, its fallback. */
interface StructuredSpec<R, T> {
  readonly main: StructuredPrompt<R>;
  readonly complete: (raw: unknown) => CompleteResult<T>;
  readonly fallback: () => MarkdownPrompt<T>;
  readonly render: (value: T) => string;
  /** How the live view renders the reply while it streams, when not as `render` (which may need the whole reply). */
  readonly preview?: (value: T) => string;
  /** Replaces the one JSON call of `main` (a long outline comes in parts). */
  readonly generate?: (cache: CacheMode) => Promise<JsonResult<R>>;
}

interface Made {
  readonly body: string;
  readonly result: TextResult;
  readonly promptHash: string;
  readonly flags: CheckpointFlag[];
}

/** A structured stage's file, made and not yet written: its body and its front matter's parts. */
export interface StructuredDraft {
  readonly body: string;
  readonly parts: CommitParts;
}

/**
 * Concept, bible or outline: JSON through the stage's schema, completed with defaults for
 * non-critical fields, rendered to the stage's Markdown. After `maxRetriesPerStage` failed
 * attempts, one try with the simpler fallback prompt (Markdown, no schema) before giving up.
 */
export async function generateStructured(ctx: RunContext, item: GraphItem, mode: MakeMode): Promise<{ words: number; cached: boolean }> {
  return commitStructured(ctx, item, await makeStructured(ctx, item, mode));
}

/** Makes the stage's file without writing anything (a speculation holds it until Continue). */
export async function makeStructured(ctx: RunContext, item: GraphItem, mode: MakeMode): Promise<StructuredDraft> {
  const stage = item.stage as StructuredStage;
  const inputs = ctx.story.hashes().record(item.inputs);
  const started = ctx.clock.now();
  const made = await make(ctx, item, stage, mode);
  const parts: CommitParts = {
    model: made.result.model,
    promptHash: made.promptHash,
    inputs,
    usage: made.result.usage,
    durationMs: ctx.clock.now() - started,
    words: countWords(made.body),
    flags: made.flags,
    cached: made.result.fromCache,
  };
  return { body: made.body, parts };
}

/** Writes a made file with its front matter. */
export async function commitStructured(ctx: RunContext, item: GraphItem, draft: StructuredDraft): Promise<{ words: number; cached: boolean }> {
  await ctx.checkpoints.commit(item, draft.body, draft.parts);
  return { words: draft.parts.words, cached: draft.parts.cached === true };
}

/** Each stage's spec, built from the story's documents as they are now. */
function make(ctx: RunContext, item: GraphItem, stage: StructuredStage, mode: MakeMode): Promise<Made> {
  const brief = ctx.inputs.brief();
  switch (stage) {
    case 'concept':
      return makeWith(ctx, item, mode, {
        main: conceptPrompt(brief),
        complete: (raw) => withDefaults('concept', raw),
        fallback: () => conceptFallbackPrompt(brief),
        render: (concept) => renderConcept(concept.title ? concept : { ...concept, title: brief.title }),
      });
    case 'bible': {
      const concept = ctx.inputs.concept();
      return makeWith(ctx, item, mode, {
        main: biblePrompt(brief, concept),
        complete: (raw) => withDefaults('bible', raw),
        fallback: () => bibleFallbackPrompt(brief, concept),
        render: (bible) => renderBible(bible, { title: brief.title }),
      });
    }
    case 'outline': {
      const concept = ctx.inputs.concept();
      const bible = ctx.inputs.bible();
      const plan = planChapters(brief);
      const input = { brief, concept, bible, chapterCount: plan.chapterCount, wordsPerChapter: plan.wordsPerChapter };
      return makeWith(ctx, item, mode, {
        main: outlinePrompt(input),
        complete: (raw) => withDefaults('outline', raw, { targetWordsPerChapter: plan.wordsPerChapter }),
        fallback: () => outlineFallbackPrompt(input),
        render: (outline) => renderOutline(withFittedTargets(outline, brief.targetWords), { title: brief.title }),
        // Fitting the targets to the story's length takes every chapter: while streaming, the model's own.
        preview: (outline) => renderOutline(outline, { title: brief.title }),
        ...(needsParts(plan.chapterCount) ? { generate: (cache: CacheMode) => generateOutlineInParts(ctx, item, input, cache) } : {}),
      });
    }
  }
}

/** The outline with its chapter targets adding up to the brief's target. */
function withFittedTargets(outline: Outline, storyTarget: number): Outline {
  const fitted = fitChapterTargets(
    outline.chapters.map((c) => c.targetWords),
    storyTarget,
  );
  return { ...outline, chapters: outline.chapters.map((c, i) => ({ ...c, targetWords: fitted[i]! })) };
}

async function makeWith<R, T>(ctx: RunContext, item: GraphItem, mode: MakeMode, spec: StructuredSpec<R, T>): Promise<Made> {
  try {
    return await withAttempts(ctx, item, mode, (cache) => mainAttempt(ctx, item, spec, cache));
  } catch (e) {
    if (classifyFailure(e, ctx.signal).scope !== 'attempt') throw e;
    ctx.log.warn(`${item.id}: structured replies kept failing; trying the simpler fallback prompt`, { error: (e as Error).message });
    try {
      return await fallbackAttempt(ctx, item, spec);
    } catch (fallbackError) {
      const scope = classifyFailure(fallbackError, ctx.signal).scope;
      if (scope === 'run' || scope === 'cancel' || scope === 'stop') throw fallbackError;
      throw e;
    }
  }
}

async function mainAttempt<R, T>(ctx: RunContext, item: GraphItem, spec: StructuredSpec<R, T>, cache: CacheMode): Promise<Made> {
  const result = spec.generate
    ? await spec.generate(cache)
    : await ctx.generation.generateJson(item, ctx.generation.request(spec.main), spec.main.schema, { cache, ...liveView(ctx, item, spec) });
  const completed = spec.complete(result.value);
  if (!completed.ok) throw new UnusableReplyError(`${item.id}: the reply is missing essentials: ${completed.problems.map((p) => p.message).join('; ')}`);
  const flags: CheckpointFlag[] = completed.defaulted.length > 0 ? ['defaults'] : [];
  if (completed.defaulted.length > 0) ctx.log.info(`${item.id}: filled in defaults`, { fields: completed.defaulted });
  return { body: spec.render(completed.value), result, promptHash: spec.main.promptHash, flags };
}

/** The reply rendered to the stage's Markdown as it streams, for the host's live view. */
function liveView<R, T>(ctx: RunContext, item: GraphItem, spec: StructuredSpec<R, T>): Pick<StageCallOptions, 'onText' | 'onRestart'> {
  const render = spec.preview ?? spec.render;
  const preview = new StructuredPreview(spec.main.schema, (raw) => {
    const completed = spec.complete(raw);
    return completed.ok ? render(completed.value) : undefined;
  });
  let shown = '';
  return {
    onText: (_delta, soFar) => {
      const markdown = preview.markdown(soFar);
      if (markdown === undefined || markdown === shown) return;
      const delta = markdown.startsWith(shown) ? markdown.slice(shown.length) : markdown;
      shown = markdown;
      ctx.progress.streamed(item, delta, markdown);
    },
    // A retry or the one repair starts a new reply: what was shown is void.
    onRestart: () => {
      shown = '';
      ctx.progress.restarted(item);
    },
  };
}

async function fallbackAttempt<R, T>(ctx: RunContext, item: GraphItem, spec: StructuredSpec<R, T>): Promise<Made> {
  ctx.tally.retried();
  const prompt = spec.fallback();
  const result = await ctx.generation.generateText(item, ctx.generation.request(prompt), { cache: 'bypass-cache' });
  const parsed = prompt.parseReply(result.text);
  if (!parsed.ok) throw new UnusableReplyError(`${item.id}: the fallback reply could not be read: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return { body: spec.render(parsed.value), result, promptHash: prompt.promptHash, flags: ['fallbackPrompt'] };
}
