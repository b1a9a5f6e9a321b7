import { posix } from 'node:path';
import { classifyCheckpoint } from '../../checkpoint/checkpointFile';
import type { CheckpointFlag } from '../../checkpoint/meta';
import { continueChapterPrompt, draftChapterPrompt, reviseChapterPrompt } from '../../prompts/chapterPrompts';
import type { StagePrompt } from '../../prompts/stagePrompt';
import { parseChapter, proseFromModel, renderChapter } from '../../documents/chapter';
import { summarizeForNext } from '../../documents/chapterSummary';
import { joinContinuation } from '../../documents/continuation';
import { countWords } from '../../documents/wordCount';
import type { Usage } from '../../generation/textGenerator';
import { addUsage, NO_USAGE } from '../../generation/usage';
import { withAttempts, type MakeMode } from './attempts';
import { classifyFailure, UnusableReplyError } from '../failures';
import type { ChapterGraphItem, GraphItem, OutlineChapterRef } from '../state/graph';
import { NoPartial, PartialSaver, type PartialSink } from './partialSaver';
import type { CommitParts } from '../run/checkpointWriter';
import type { RunContext } from '../run/runContext';
import { chapterDir, stageFile, partialFile } from '../../stages';
import type { FindingToFix } from '../../continuity/runContinuity';

/**
 * A chapter (draft or revision) under this share of its target is extended. Models write short
 * (a common one writes 70–95 % of what it is asked): extending only below 90 % would leave every
 * chapter, and so the story, several percent short; 95 % keeps the manuscript within 5 % of the
 * brief's target.
 */
const EXTEND_BELOW = 0.95;
/** A chapter still under this share of its target after its extensions is flagged. */
const FLAG_BELOW = 0.9;

/**
 * Fewer words than this in a chapter is no chapter: an empty reply, or a one-line refusal. It is
 * a failed attempt (tried again, then a failed item), never a `done` file.
 */
const NEAR_EMPTY_WORDS = 40;

/** Under this many words a reply is no chapter: `NEAR_EMPTY_WORDS`, or half the target of a chapter planned shorter than that. */
export function nearEmptyBelow(targetWords: number): number {
  return Math.min(NEAR_EMPTY_WORDS, Math.max(1, Math.floor(targetWords / 2)));
}

export interface ChapterJob {
  readonly item: ChapterGraphItem;
  readonly chapter: OutlineChapterRef;
  /** `regenerate`: start afresh (drop any partial) and bypass the cache. */
  readonly mode: MakeMode;
  /** For a revision: the draft's continuity findings, to fix. */
  readonly fix?: readonly FindingToFix[];
}

/**
 * Drafts or revises one chapter, streaming. While text streams it is saved to the chapter's
 * `.partial.md` (throttled), and on failure or cancel at once, so nothing streamed is lost; a
 * partial left by an earlier run is continued rather than paid for again. A chapter that comes
 * out under 95 % of its target is extended, up to `workflow.maxRetriesPerStage` times while each
 * extension adds something; one still under 90 % is flagged, one far over its target is flagged,
 * neither is cut.
 */
export async function generateChapter(ctx: RunContext, job: ChapterJob): Promise<{ words: number; cached: boolean }> {
  return commitChapter(ctx, job.item, await makeChapter(ctx, job, 'save-partials'));
}

/**
 * Where a chapter's text goes while it streams: `save-partials` (the run: a partial file, and
 * a partial left by an earlier run is continued), or `hold` (a speculation: nothing is saved, and
 * the chapter starts afresh; it is only made ahead when there is no partial to continue).
 */
export type ChapterOutput = 'save-partials' | 'hold';

/** A chapter made and not yet written: its file's body and front matter, and its partial sink. */
export interface ChapterDraft {
  readonly body: string;
  readonly parts: CommitParts;
  readonly sink: PartialSink;
}

/** Makes the chapter's file without writing it (partials aside, under `save-partials`). */
export async function makeChapter(ctx: RunContext, job: ChapterJob, output: ChapterOutput): Promise<ChapterDraft> {
  const { item, chapter } = job;
  const inputs = ctx.story.hashes().record(item.inputs);
  const started = ctx.clock.now();
  const prefix = output === 'hold' ? '' : job.mode === 'regenerate' ? await dropPartial(ctx, item) : await usablePartial(ctx, item, inputs);
  const firstPrompt = prefix ? continuePrompt(ctx, item, prefix, chapter.targetWords - countWords(prefix)) : mainPrompt(ctx, item, job.fix);
  const file = partialFile(item.stage, item.chapter);
  const saver =
    output === 'hold'
      ? new NoPartial(file)
      : new PartialSaver(
          { fs: ctx.fs, storyDir: ctx.storyDir, file, clock: ctx.clock },
          { stage: item.stage, chapter: item.chapter, model: ctx.generation.modelFor(item.stage), promptHash: firstPrompt.promptHash, inputs },
          { initial: prefix },
        );
  const stream = new ChapterStream(ctx, item, saver, job.mode, nearEmptyBelow(chapter.targetWords));

  let prose: string;
  try {
    prose = await stream.run(firstPrompt, prefix);
    prose = await extendShortChapter(ctx, stream, item, chapter, prose);
  } catch (e) {
    await emergencySave(ctx, saver, stream, e);
    throw e;
  }

  const words = countWords(prose);
  const flags: CheckpointFlag[] = [...stream.flags, ...lengthFlags(ctx, chapter, words)];
  // No partial write may land after the chapter is committed: a kill between the two would leave
  // a partial newer than its chapter, which the next run could not tell from an interrupted regeneration.
  await saver.close();
  const parts: CommitParts = {
    model: stream.model ?? ctx.generation.modelFor(item.stage),
    promptHash: firstPrompt.promptHash,
    inputs,
    usage: stream.usage,
    durationMs: ctx.clock.now() - started,
    words,
    flags,
    cached: stream.allCached,
  };
  return { body: renderChapter(item.chapter, chapter.title, prose), parts, sink: saver };
}

/** Writes a made chapter, then removes its partial (the chapter is safe in its file). */
export async function commitChapter(ctx: RunContext, item: ChapterGraphItem, draft: ChapterDraft): Promise<{ words: number; cached: boolean }> {
  await ctx.checkpoints.commit(item, draft.body, draft.parts);
  await draft.sink.remove();
  ctx.story.snapshot.setPartial(draft.sink.file, false);
  ctx.story.touch();
  return { words: draft.parts.words, cached: draft.parts.cached === true };
}

/** Streams one prompt (with attempts), feeding the partial saver; returns prefix + new prose. */
class ChapterStream {
  usage: Usage = NO_USAGE;
  model: string | undefined;
  allCached = true;
  readonly flags = new Set<CheckpointFlag>();
  /** Prefix and text of the attempt in flight, for the emergency save. */
  current = { prefix: '', soFar: '' };

  constructor(
    private readonly ctx: RunContext,
    private readonly item: ChapterJob['item'],
    private readonly saver: PartialSink,
    private readonly mode: MakeMode,
    private readonly noChapterBelow: number,
  ) {}

  async run(prompt: StagePrompt, prefix: string): Promise<string> {
    const { ctx, item } = this;
    return withAttempts(ctx, item, this.mode, async (cache) => {
      this.current = { prefix, soFar: '' };
      const result = await ctx.caches.send(prompt, ctx.generation.request(prompt), (request) =>
        ctx.generation.generateText(item, request, {
          cache,
          onText: (delta, soFar) => {
            this.current = { prefix, soFar };
            const whole = joinWhileStreaming(prefix, soFar);
            this.saver.update(whole);
            ctx.progress.streamed(item, delta, whole);
          },
          // The stream was cut and starts over: what it showed is void, so the partial must not keep it.
          onRestart: () => {
            this.current = { prefix, soFar: '' };
            this.saver.update(prefix);
            ctx.tally.restarted();
            ctx.progress.restarted(item);
          },
        }),
      );
      this.add(result.usage, result.model, result.fromCache);
      if (result.truncated) this.flags.add('truncated');
      const prose = proseFromModel(result.text);
      // A reply cut at the output limit is a real beginning: it is continued, not refused.
      if (!prefix && !result.truncated && countWords(prose) < this.noChapterBelow) {
        // Nothing of it is worth keeping as a partial either.
        this.current = { prefix, soFar: '' };
        await this.saver.discard();
        throw new UnusableReplyError(`${item.id}: the model returned no chapter (${countWords(prose)} words${prose.trim() ? `: “${prose.trim().slice(0, 80)}”` : ''})`);
      }
      return join(prefix, prose);
    });
  }

  private add(usage: Usage, model: string, cached: boolean): void {
    this.usage = addUsage(this.usage, usage);
    this.model = model;
    this.allCached &&= cached;
  }
}

/**
 * Asks for the rest of a chapter under 95 % of its target, as often as the retry limit allows,
 * and stops early when an extension adds (almost) nothing: a model that has finished its scene is
 * not made to pad it.
 */
async function extendShortChapter(ctx: RunContext, stream: ChapterStream, item: ChapterGraphItem, chapter: OutlineChapterRef, prose: string): Promise<string> {
  const limit = Math.max(1, ctx.settings['workflow.maxRetriesPerStage']);
  let text = prose;
  for (let n = 1; n <= limit; n++) {
    const words = countWords(text);
    if (words >= EXTEND_BELOW * chapter.targetWords) break;
    ctx.log.info(`${item.id}: ${words} of ${chapter.targetWords} words; asking for the rest (${n} of at most ${limit})`);
    const longer = await stream.run(continuePrompt(ctx, item, text, chapter.targetWords - words), text);
    const added = countWords(longer) - words;
    text = longer;
    if (added < MIN_EXTENSION_WORDS) break;
  }
  return text;
}

/** An extension that adds fewer words than this means the chapter is finished. */
const MIN_EXTENSION_WORDS = 20;

/** A finished chapter far over its target, or still well under it, is flagged (never cut or padded). */
export function lengthFlags(ctx: RunContext, chapter: OutlineChapterRef, words: number): CheckpointFlag[] {
  const flags: CheckpointFlag[] = [];
  if (words > chapterMaxWords(ctx, chapter)) flags.push('overMaxWords');
  if (words < FLAG_BELOW * chapter.targetWords) flags.push('underTargetWords');
  return flags;
}

/**
 * Words above which a chapter is flagged: its target scaled by how far the story may run over
 * its own (`story.maxWordCount` against `story.targetWordCount`), and never below its target.
 */
function chapterMaxWords(ctx: RunContext, chapter: OutlineChapterRef): number {
  const allowance = ctx.settings['story.maxWordCount'] / ctx.settings['story.targetWordCount'];
  return Math.round(chapter.targetWords * Math.max(1, allowance));
}

/** Text so far plus a continuation (a sentence the model repeated at the seam is dropped). */
function join(prefix: string, text: string): string {
  return prefix ? joinContinuation(prefix, text) : text;
}

/** Repeats at the seam are short: looking only this far keeps each streamed chunk cheap. */
const SEAM_CHARS = 600;

/** `join` for every streamed chunk: the seam is worked out on the head of the new text only. */
function joinWhileStreaming(prefix: string, soFar: string): string {
  return prefix ? joinContinuation(prefix, soFar.slice(0, SEAM_CHARS)) + soFar.slice(SEAM_CHARS) : soFar;
}

/**
 * Keeps what streamed before the failure: the longer of what we saw and what the service kept.
 * Text from a cut attempt the service already restarted is not here (onRestart cleared it).
 */
async function emergencySave(ctx: RunContext, saver: PartialSink, stream: ChapterStream, error: unknown): Promise<void> {
  const failure = classifyFailure(error, ctx.signal);
  const { prefix, soFar } = stream.current;
  const kept = failure.partialText && failure.partialText.length > soFar.length ? failure.partialText : soFar;
  saver.update(joinWhileStreaming(prefix, kept));
  try {
    await saver.flush();
  } finally {
    await saver.close();
  }
  if (saver.savedText.trim()) {
    ctx.story.snapshot.setPartial(saver.file, true);
    ctx.story.touch();
    ctx.log.info(`${saver.file}: kept ${countWords(saver.savedText)} streamed words for the next run`);
  }
}

/** The text of a partial left by an earlier run, if it was made from the inputs we have now. */
async function usablePartial(ctx: RunContext, item: ChapterJob['item'], inputs: Record<string, string>): Promise<string> {
  const file = partialFile(item.stage, item.chapter);
  const path = posix.join(ctx.storyDir, file);
  if (!(await ctx.fs.stat(path))) return '';
  const read = classifyCheckpoint(await ctx.fs.readFile(path), file);
  const sameInputs = read.kind === 'checkpoint' && JSON.stringify(sortKeys(read.meta.inputs)) === JSON.stringify(sortKeys(inputs));
  if (read.kind !== 'checkpoint' || !sameInputs) {
    ctx.log.info(`${file}: made from other inputs (or unreadable); starting the chapter afresh`);
    return dropPartial(ctx, item);
  }
  const prose = proseFromModel(read.body);
  ctx.log.info(`${file}: continuing from ${countWords(prose)} saved words`);
  return prose;
}

async function dropPartial(ctx: RunContext, item: ChapterJob['item']): Promise<''> {
  const file = partialFile(item.stage, item.chapter);
  const path = posix.join(ctx.storyDir, file);
  if (await ctx.fs.stat(path)) await ctx.fs.delete(path);
  ctx.story.snapshot.setPartial(file, false);
  return '';
}

function sortKeys(record: Readonly<Record<string, string>>): Array<[string, string]> {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function mainPrompt(ctx: RunContext, item: ChapterJob['item'], fix?: ChapterJob['fix']): StagePrompt {
  const base = { brief: ctx.inputs.brief(), bible: ctx.inputs.bible(), outline: ctx.inputs.outline(), chapterNumber: item.chapter };
  if (item.stage === 'revision')
    return reviseChapterPrompt({ ...base, draftProse: parseChapter(ctx.inputs.body(stageFile('draft', item.chapter))).prose, ...(fix?.length ? { fix } : {}) });
  const previous = previousDraftFile(item);
  const previousSummary = previous ? summarizeForNext(parseChapter(ctx.inputs.body(previous)).prose) : undefined;
  return draftChapterPrompt({ ...base, ...(previousSummary ? { previousSummary } : {}) });
}

function continuePrompt(ctx: RunContext, item: ChapterJob['item'], textSoFar: string, wordsMissing: number): StagePrompt {
  return continueChapterPrompt({
    brief: ctx.inputs.brief(),
    bible: ctx.inputs.bible(),
    outline: ctx.inputs.outline(),
    chapterNumber: item.chapter,
    textSoFar,
    // A resumed chapter already at its target still needs its ending.
    wordsMissing: Math.max(wordsMissing, 100),
    stage: item.stage,
  });
}

/** In sequential mode the graph lists the previous draft among a draft's inputs. */
function previousDraftFile(item: GraphItem): string | undefined {
  return item.inputs.find((key) => key.startsWith(`${chapterDir('draft')}/`) && key !== item.file);
}
