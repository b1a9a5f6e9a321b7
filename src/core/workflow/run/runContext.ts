import type { Settings } from '../../config/settings';
import type { ContextCaches } from '../../generation/contextCache';
import type { TextGenerator } from '../../generation/textGenerator';
import type { Clock, FileSystem, Logger } from '../../ports';
import type { RunRecords } from '../state/runRecords';
import { StoryInputs } from '../state/storyInputs';
import type { StorySnapshot } from '../state/storySnapshot';
import { CheckpointWriter } from './checkpointWriter';
import { CountedGenerator } from './countedGenerator';
import { ProgressReporter, type RunHooks } from './progressReporter';
import { RunTally } from './runTally';
import { StageCaches } from './stageCaches';
import { StoryView } from './storyView';

export interface RunContextOptions {
  readonly fs: FileSystem;
  readonly storyDir: string;
  readonly generator: TextGenerator;
  readonly settings: Settings;
  readonly log: Logger;
  readonly clock: Clock;
  /** Aborts on the writer's cancel and on a failure that stops the run. */
  readonly signal: AbortSignal;
  readonly snapshot: StorySnapshot;
  readonly records: RunRecords;
  readonly hooks: RunHooks;
  /** Explicit context caches for the chapter stages; absent, calls rely on the implicit cache alone. */
  readonly contextCaches?: ContextCaches;
}

/**
 * What one run's stages share, as named collaborators: the story as last seen (`story`), its
 * documents (`inputs`), the counted generator (`generation`), the file writer (`checkpoints`),
 * the reporting (`progress`) and the counts (`tally`). The runner decides what to run.
 */
export class RunContext {
  readonly fs: FileSystem;
  readonly storyDir: string;
  readonly settings: Settings;
  readonly log: Logger;
  readonly clock: Clock;
  readonly signal: AbortSignal;
  readonly story: StoryView;
  readonly inputs: StoryInputs;
  readonly tally: RunTally;
  readonly generation: CountedGenerator;
  readonly progress: ProgressReporter;
  readonly checkpoints: CheckpointWriter;
  readonly caches: StageCaches;

  constructor(options: RunContextOptions) {
    this.fs = options.fs;
    this.storyDir = options.storyDir;
    this.settings = options.settings;
    this.log = options.log;
    this.clock = options.clock;
    this.signal = options.signal;
    this.tally = new RunTally(options.settings.prices);
    this.story = new StoryView(options.storyDir, options.snapshot, options.records, options.settings);
    this.inputs = new StoryInputs(options.snapshot, (message) => options.log.warn(message));
    this.generation = new CountedGenerator(options.generator, options.settings, this.tally, options.signal);
    const { fs, storyDir, clock, log } = options;
    this.progress = new ProgressReporter({ storyDir, hooks: options.hooks, tally: this.tally, clock, log, lanes: options.settings['rateLimit.maxConcurrent'] });
    // Creating a context cache is billed outside the budget's request-by-request check: under a budget, only Gemini's implicit cache applies.
    const contextCaches = this.generation.budget.limited ? undefined : options.contextCaches;
    if (options.contextCaches && !contextCaches) log.info('A budget is set (budget.maxUsdPerRun): no explicit context cache is made; the implicit cache still applies');
    this.caches = new StageCaches(contextCaches, { log, clock, signal: options.signal, title: () => this.inputs.brief().title });
    this.checkpoints = new CheckpointWriter({ fs, storyDir, story: this.story, tally: this.tally, reporter: this.progress, clock, log, prices: options.settings.prices });
  }
}
