import type { Settings } from '../config/settings';
import { costOf, type Cost } from '../cost';
import { parseChapter } from '../documents/chapter';
import { summarizeForNext } from '../documents/chapterSummary';
import type { Outline } from '../documents/outline';
import { requestFor, thinkingFor } from '../generation/requestSettings';
import type { ThinkingEffort } from '../generation/textGenerator';
import type { TokenCounter } from '../generation/tokenCounter';
import type { FileSystem } from '../ports';
import { draftChapterPrompt, reviseChapterPrompt } from '../prompts/chapterPrompts';
import type { StagePrompt } from '../prompts/stagePrompt';
import { biblePrompt, conceptPrompt, outlinePrompt } from '../prompts/structuredPrompts';
import { stageFile, stagesUpTo, type ModelStage, type WorkflowStage } from '../stages';
import type { Brief } from '../story/brief';
import { planChapters } from '../story/chapterPlan';
import { partRanges } from './stages/outlineInParts';
import { itemId, type ItemId } from './state/items';
import { StoryInputs } from './state/storyInputs';
import { StorySnapshot } from './state/storySnapshot';
import { stateFromSnapshot, type ItemState } from './state/storyState';
import { readRunRecords } from './state/runRecords';

/**
 * What a run would cost before it starts: the items the runner would make (pending, stale,
 * partial or failed, and everything downstream of one of those, which its remaking turns stale;
 * edited files are the writer's and are kept), each with its input, output and thinking tokens
 * and its price. A prompt whose documents all exist is built exactly as the run builds it and
 * counted with `countTokens`; one that depends on a document the run has yet to write follows
 * the stated model below (`ESTIMATE_MODEL`, printed with every estimate).
 */

/** The stated model, in words a writer can check. */
export const ESTIMATE_MODEL: readonly string[] = [
  'Prompts whose documents exist are counted with countTokens, built exactly as the run builds them.',
  'Documents the run has yet to write are counted at: concept 250 words; bible 120 words for each character of the smallest cast its prompt asks for (2 under 5,000 words, 3 under 20,000, 4 under 60,000, else 5) plus 150 for the world; outline 80 words a chapter; a chapter its target length. 1.3 tokens a word of prose, 1.5 a word of JSON. A chapter prompt carries the brief, the bible, half the outline (titles and summaries) and, to revise, the draft.',
  'Output: each chapter its target length (drafts and revisions), the planning documents at the sizes above.',
  'Thinking per request: minimal 20, low 230, medium 950, high 3,250 tokens.',
  'Models write short, so every draft and revision is counted with one extension request, carrying the brief, the bible and the chapter so far (85 % of it).',
  'No retries, no implicit cache hits; a partial chapter is counted whole.',
];

const PROSE_TOKENS_PER_WORD = 1.3;
const JSON_TOKENS_PER_WORD = 1.5;
const STATED_WORDS = { concept: 250, biblePerCharacter: 120, bibleWorld: 150, outlinePerChapter: 80 } as const;
/** How far a chapter has got when it is extended (a model writes 70–95 % of what it is asked). */
const SHORT_SHARE = 0.85;
/** A chapter prompt carries every chapter's title and summary (not the beats): about half the outline. */
const CHAPTER_PLAN_SHARE = 0.5;
const STATED_THINKING: Readonly<Record<ThinkingEffort, number>> = { minimal: 20, low: 230, medium: 950, high: 3_250 };

export type EstimateBasis = 'counted' | 'stated';

export interface ItemEstimate {
  readonly id: ItemId;
  readonly stage: ModelStage;
  readonly chapter?: number;
  readonly model: string;
  /** Requests the item takes (an outline over ten chapters is written in parts). */
  readonly requests: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly thinkingTokens: number;
  /** Undefined for a model without a price. */
  readonly costUsd: number | undefined;
  /** How the input was found: `countTokens` on the real prompt, or the stated model. */
  readonly basis: EstimateBasis;
}

export interface EstimateTotals {
  readonly items: number;
  readonly requests: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly thinkingTokens: number;
  readonly costUsd: number;
}

export interface CostEstimate {
  readonly items: readonly ItemEstimate[];
  readonly stages: ReadonlyArray<EstimateTotals & { readonly stage: ModelStage }>;
  readonly total: EstimateTotals;
  /** Models with no price (their items are not in the cost). */
  readonly unpricedModels: readonly string[];
  readonly model: readonly string[];
  /** What the estimate could not do as planned (countTokens unavailable, …). */
  readonly notes: readonly string[];
}

export interface EstimateOptions {
  readonly fs: FileSystem;
  readonly storyDir: string;
  readonly settings: Settings;
  /** Counts prompts that are known; without it they are counted at four characters a token. */
  readonly counter?: TokenCounter;
  readonly target?: WorkflowStage | 'all';
  readonly signal?: AbortSignal;
}

const TO_MAKE: ReadonlySet<ItemState['state']> = new Set(['pending', 'stale', 'partial', 'failed', 'running']);

export async function estimateRunCost(options: EstimateOptions): Promise<CostEstimate> {
  const { fs, storyDir, settings } = options;
  const [snapshot, records] = await Promise.all([StorySnapshot.load(fs, storyDir), readRunRecords(fs, storyDir)]);
  const state = stateFromSnapshot(storyDir, snapshot, (id) => records.get(id), { draftMode: settings['workflow.draftMode'] });
  if (!state.brief?.ok) throw new Error(`${storyDir}: the brief cannot be read, so nothing can be estimated`);
  const estimator = new Estimator(options, new StoryInputs(snapshot), state.brief.brief, state.items);
  const items = await estimator.run(stagesUpTo(options.target ?? 'all'));
  const notes = estimator.counterFailure
    ? [`countTokens failed (${estimator.counterFailure}): known prompts were counted at four characters a token.`]
    : options.counter
      ? []
      : ['No API key: known prompts were counted at four characters a token instead of with countTokens.'];
  return { ...summarise(items), notes };
}

class Estimator {
  private readonly todo = new Set<ItemId>();
  /** Why countTokens could not be used, once it failed: later prompts are counted locally. */
  counterFailure: string | undefined;

  constructor(
    private readonly options: EstimateOptions,
    private readonly inputs: StoryInputs,
    private readonly brief: Brief,
    private readonly items: readonly ItemState[],
  ) {}

  async run(stages: ReadonlySet<WorkflowStage>): Promise<ItemEstimate[]> {
    const plan = this.plannedItems(stages);
    for (const item of plan) this.todo.add(item.id);
    return Promise.all(plan.map((item) => this.estimate(item)));
  }

  /** The runner's plan: what needs making, and what making it turns stale. */
  private plannedItems(stages: ReadonlySet<WorkflowStage>): Array<{ id: ItemId; stage: ModelStage; chapter?: number; targetWords: number }> {
    const plan = planChapters(this.brief);
    const chapterTargets = this.outlineIfReady()?.chapters.map((c) => ({ number: c.number, targetWords: c.targetWords }));
    const chapters = chapterTargets ?? Array.from({ length: plan.chapterCount }, (_, i) => ({ number: i + 1, targetWords: plan.wordsPerChapter }));
    const stateOf = (id: ItemId) => this.items.find((i) => i.id === id)?.state ?? 'pending';
    const needs = (id: ItemId, upstream: boolean) => TO_MAKE.has(stateOf(id)) || (upstream && stateOf(id) !== 'edited');
    const out: Array<{ id: ItemId; stage: ModelStage; chapter?: number; targetWords: number }> = [];
    let upstream = false;
    for (const stage of ['concept', 'bible', 'outline'] as const) {
      if (!stages.has(stage)) return out;
      if (needs(stage, upstream)) {
        out.push({ id: stage, stage, targetWords: 0 });
        upstream = true;
      }
    }
    const sequential = this.options.settings['workflow.draftMode'] === 'sequential';
    let previousRemade = false;
    for (const c of chapters) {
      const draftId = itemId('draft', c.number);
      const draft: boolean = stages.has('draft') && needs(draftId, upstream || (sequential && previousRemade));
      if (draft) out.push({ id: draftId, stage: 'draft', chapter: c.number, targetWords: c.targetWords });
      previousRemade = draft;
      const revisionId = itemId('revision', c.number);
      if (stages.has('revision') && needs(revisionId, upstream || draft)) out.push({ id: revisionId, stage: 'revision', chapter: c.number, targetWords: c.targetWords });
    }
    return out;
  }

  private async estimate(item: { id: ItemId; stage: ModelStage; chapter?: number; targetWords: number }): Promise<ItemEstimate> {
    const settings = this.options.settings;
    const model = settings.stageModels[item.stage] ?? settings.model;
    const prose = item.stage === 'draft' || item.stage === 'revision';
    const requests = item.stage === 'outline' ? partRanges(planChapters(this.brief).chapterCount).length : prose ? 2 : 1;
    const known = this.knownPrompt(item);
    const mainInput = known ? await this.count(known, model) : this.statedInput(item);
    // The extension carries what the main prompt does, with the chapter so far in place of the chapter plan (drafts) or the draft (revisions).
    const extensionInput = item.stage === 'draft' ? mainInput + Math.round(SHORT_SHARE * item.targetWords * PROSE_TOKENS_PER_WORD) : mainInput;
    const outputTokens = Math.round(this.outputWords(item) * (prose ? PROSE_TOKENS_PER_WORD : JSON_TOKENS_PER_WORD));
    const thinkingTokens = STATED_THINKING[thinkingFor(item.stage, settings.thinking)] * requests;
    const promptTokens = prose ? mainInput + extensionInput : mainInput * requests;
    const usage = { promptTokens, outputTokens, thinkingTokens };
    const cost: Cost | undefined = costOf(model, usage, 'interactive', settings.prices);
    return {
      id: item.id,
      stage: item.stage,
      ...(item.chapter !== undefined ? { chapter: item.chapter } : {}),
      model,
      requests,
      inputTokens: usage.promptTokens,
      outputTokens,
      thinkingTokens,
      costUsd: cost?.usd,
      basis: known ? 'counted' : 'stated',
    };
  }

  private outputWords(item: { stage: ModelStage; targetWords: number }): number {
    switch (item.stage) {
      case 'concept':
        return STATED_WORDS.concept;
      case 'bible':
        return this.statedBibleWords();
      case 'outline':
        return STATED_WORDS.outlinePerChapter * planChapters(this.brief).chapterCount;
      case 'draft':
      case 'revision':
        return item.targetWords;
    }
  }

  /** The prompt the run would send, when every document it is built from exists and stays. */
  private knownPrompt(item: { id: ItemId; stage: ModelStage; chapter?: number }): StagePrompt | undefined {
    const brief = this.brief;
    const ready = (id: ItemId) => !this.todo.has(id);
    try {
      switch (item.stage) {
        case 'concept':
          return conceptPrompt(brief);
        case 'bible':
          return ready('concept') ? biblePrompt(brief, this.inputs.concept()) : undefined;
        case 'outline': {
          if (!ready('concept') || !ready('bible')) return undefined;
          const plan = planChapters(brief);
          return outlinePrompt({ brief, concept: this.inputs.concept(), bible: this.inputs.bible(), chapterCount: plan.chapterCount, wordsPerChapter: plan.wordsPerChapter });
        }
        case 'draft':
        case 'revision':
          return this.chapterPrompt(item.stage, item.chapter!, ready);
      }
    } catch {
      // A document that cannot be read: the run will say so; the estimate falls back on its model.
      return undefined;
    }
  }

  private chapterPrompt(stage: 'draft' | 'revision', chapter: number, ready: (id: ItemId) => boolean): StagePrompt | undefined {
    if (!ready('bible') || !ready('outline')) return undefined;
    const base = { brief: this.brief, bible: this.inputs.bible(), outline: this.inputs.outline(), chapterNumber: chapter };
    if (stage === 'revision') {
      const draft = itemId('draft', chapter);
      return ready(draft) ? reviseChapterPrompt({ ...base, draftProse: parseChapter(this.inputs.body(stageFile('draft', chapter))).prose }) : undefined;
    }
    if (this.options.settings['workflow.draftMode'] !== 'sequential' || chapter === base.outline.chapters[0]?.number) return draftChapterPrompt(base);
    const previous = base.outline.chapters[base.outline.chapters.findIndex((c) => c.number === chapter) - 1];
    if (!previous || !ready(itemId('draft', previous.number))) return undefined;
    return draftChapterPrompt({ ...base, previousSummary: summarizeForNext(parseChapter(this.inputs.body(stageFile('draft', previous.number))).prose) });
  }

  /**
   * The stated model for a prompt built from documents not written yet: the concept's prompt
   * (brief, premise, instructions) as the base every later prompt also carries, plus each
   * document the prompt includes, at its stated size or its counted size when it exists.
   */
  private statedInput(item: { id: ItemId; stage: ModelStage; chapter?: number; targetWords: number }): number {
    const base = charsToTokens(conceptPrompt(this.brief));
    const chapters = planChapters(this.brief).chapterCount;
    const concept = this.documentTokens('concept', STATED_WORDS.concept * JSON_TOKENS_PER_WORD);
    const bible = this.documentTokens('bible', this.statedBibleWords() * JSON_TOKENS_PER_WORD);
    const outline = this.documentTokens('outline', STATED_WORDS.outlinePerChapter * chapters * JSON_TOKENS_PER_WORD);
    switch (item.stage) {
      case 'concept':
        return base;
      case 'bible':
        return base + concept;
      case 'outline':
        return base + concept + bible;
      case 'draft':
        return base + bible + Math.round(outline * CHAPTER_PLAN_SHARE);
      case 'revision':
        return base + bible + Math.round(outline * CHAPTER_PLAN_SHARE) + this.documentTokens(itemId('draft', item.chapter!), item.targetWords * PROSE_TOKENS_PER_WORD);
    }
  }

  /** The bible's stated size: the smallest cast the bible prompt asks for (`castSize`), and the world. */
  private statedBibleWords(): number {
    const t = this.brief.targetWords;
    const cast = t < 5_000 ? 2 : t < 20_000 ? 3 : t < 60_000 ? 4 : 5;
    return cast * STATED_WORDS.biblePerCharacter + STATED_WORDS.bibleWorld;
  }

  /** A document's tokens: as it is when it exists and stays, else its stated size. */
  private documentTokens(id: ItemId, stated: number): number {
    if (!this.todo.has(id)) {
      const file = this.items.find((i) => i.id === id)?.file;
      if (file) {
        try {
          return Math.ceil(this.inputs.body(file).length / 4);
        } catch {
          // Not readable: the stated size.
        }
      }
    }
    return Math.round(stated);
  }

  private async count(prompt: StagePrompt, model: string): Promise<number> {
    const request = requestFor(prompt, model, this.options.settings);
    if (!this.options.counter || this.counterFailure !== undefined) return charsToTokens(prompt);
    try {
      return await this.options.counter.countTokens({ model, prompt: request.prompt, systemInstruction: request.systemInstruction }, this.options.signal);
    } catch (e) {
      this.counterFailure ??= e instanceof Error ? e.message : String(e);
      return charsToTokens(prompt);
    }
  }

  /** The run's outline, when it exists and will not be rewritten (its chapter targets are the plan). */
  private outlineIfReady(): Outline | undefined {
    const state = this.items.find((i) => i.id === 'outline')?.state;
    if (state !== 'done' && state !== 'edited') return undefined;
    try {
      return this.inputs.outline();
    } catch {
      return undefined;
    }
  }
}

/** Four characters a token: Gemini's rule of thumb, for when no counter is at hand. */
function charsToTokens(prompt: Pick<StagePrompt, 'prompt' | 'systemInstruction'>): number {
  return Math.ceil((prompt.prompt.length + prompt.systemInstruction.length) / 4) + 2;
}

function summarise(items: ItemEstimate[]): Omit<CostEstimate, 'notes'> {
  const totals = (list: readonly ItemEstimate[]): EstimateTotals => ({
    items: list.length,
    requests: list.reduce((s, i) => s + i.requests, 0),
    inputTokens: list.reduce((s, i) => s + i.inputTokens, 0),
    outputTokens: list.reduce((s, i) => s + i.outputTokens, 0),
    thinkingTokens: list.reduce((s, i) => s + i.thinkingTokens, 0),
    costUsd: list.reduce((s, i) => s + (i.costUsd ?? 0), 0),
  });
  const stages = (['concept', 'bible', 'outline', 'draft', 'revision'] as const)
    .map((stage) => ({ stage, ...totals(items.filter((i) => i.stage === stage)) }))
    .filter((s) => s.items > 0);
  const unpricedModels = [...new Set(items.filter((i) => i.costUsd === undefined).map((i) => i.model))];
  return { items, stages, total: totals(items), unpricedModels, model: ESTIMATE_MODEL };
}
