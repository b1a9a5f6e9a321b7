import type { z } from 'zod';
import type { Settings } from '../../config/settings';
import { RunBudget } from '../../cost';
import { requestFor } from '../../generation/requestSettings';
import type { CallOptions, GenerateRequest, JsonResult, TextGenerator, TextResult } from '../../generation/textGenerator';
import type { StagePrompt } from '../../prompts/stagePrompt';
import type { ModelStage } from '../../stages';
import type { GraphItem } from '../state/graph';
import type { RunTally } from './runTally';

/** What a stage passes per call; the run adds its signal and the item's label. */
export type StageCallOptions = Omit<CallOptions, 'signal' | 'label'>;

/**
 * The generator as the run's stages see it: requests built from the settings for the stage's
 * model (model-neutral: the generator maps thinking and length to what the model accepts), every call counted in the tally, labelled with its item, and cancelled with the run.
 */
export class CountedGenerator {
  /** `storyWriter.budget.maxUsdPerRun`: every call is checked against it before it is sent. */
  readonly budget: RunBudget;

  constructor(
    private readonly generator: TextGenerator,
    private readonly settings: Settings,
    private readonly tally: RunTally,
    private readonly signal: AbortSignal,
  ) {
    this.budget = new RunBudget(settings['budget.maxUsdPerRun'], settings.prices);
  }

  modelFor(stage: ModelStage): string {
    return this.settings.stageModels[stage] ?? this.settings.model;
  }

  request(prompt: StagePrompt): GenerateRequest {
    return requestFor(prompt, this.modelFor(prompt.stage), this.settings);
  }

  generateText(item: GraphItem, request: GenerateRequest, options: StageCallOptions): Promise<TextResult> {
    return this.tally.call(() => this.generator.generateText(request, { ...options, ...this.admission(), signal: this.signal, label: item.id }));
  }

  generateJson<T>(item: GraphItem, request: GenerateRequest, schema: z.ZodType<T>, options: StageCallOptions): Promise<JsonResult<T>> {
    return this.tally.call(() => this.generator.generateJson(request, schema, { ...options, ...this.admission(), signal: this.signal, label: item.id }));
  }

  /** Every request checked against the budget, when the run has one. */
  private admission(): Pick<CallOptions, 'admit'> {
    return this.budget.limited ? { admit: this.budget.admit } : {};
  }
}
