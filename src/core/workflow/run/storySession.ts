import { acquireLock, type LockOptions } from '../../checkpoint/lock';
import { systemClock } from '../../clock';
import { deriveAbortController } from '../../common/abort';
import type { Settings } from '../../config/settings';
import type { ContextCaches } from '../../generation/contextCache';
import type { TextGenerator } from '../../generation/textGenerator';
import type { Clock, FileSystem, Logger } from '../../ports';
import { RunRecords } from '../state/runRecords';
import { StorySnapshot } from '../state/storySnapshot';
import { tidyStory } from '../tidy';
import type { RunHooks } from './progressReporter';
import { RunContext } from './runContext';

export interface StorySessionOptions {
  readonly fs: FileSystem;
  readonly storyDir: string;
  readonly generator: TextGenerator;
  readonly settings: Settings;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** The writer's cancel. */
  readonly signal?: AbortSignal;
  readonly hooks?: RunHooks;
  /** Named in the lock, so a refused run can say who holds the story. */
  readonly owner?: string;
  readonly lockOptions?: Omit<LockOptions, 'owner' | 'clock'>;
  /** Explicit context caches for the chapter stages (one per stage, deleted when it ends). */
  readonly contextCaches?: ContextCaches;
}

/**
 * Everything that writes to a story does it inside one of these: the story's lock is held (a
 * second writer is refused with `StoryLockedError` before anything is touched), leftovers are
 * tidied, the files are loaded once, and the lock is released however `work` ends. `work` gets
 * the run's context and the controller that stops it (aborted too by the writer's cancel).
 */
export async function withStorySession<T>(options: StorySessionOptions, work: (ctx: RunContext, stop: AbortController) => Promise<T>): Promise<T> {
  const clock = options.clock ?? systemClock;
  const lock = await acquireLock(options.fs, options.storyDir, { owner: options.owner ?? 'Story Writer', clock, ...options.lockOptions });
  const stop = deriveAbortController(options.signal);
  const log = options.logger.child('workflow');
  if (lock.tookOverFrom) log.info(`Took over the lock of a run that is gone (${lock.tookOverFrom.owner}, pid ${lock.tookOverFrom.pid})`);
  try {
    await tidyStory(options.fs, options.storyDir, log);
    const [snapshot, records] = await Promise.all([StorySnapshot.load(options.fs, options.storyDir), RunRecords.load(options.fs, options.storyDir)]);
    const ctx = new RunContext({
      fs: options.fs,
      storyDir: options.storyDir,
      generator: options.generator,
      settings: options.settings,
      log,
      clock,
      signal: stop.controller.signal,
      snapshot,
      records,
      hooks: options.hooks ?? {},
      ...(options.contextCaches ? { contextCaches: options.contextCaches } : {}),
    });
    return await work(ctx, stop.controller);
  } finally {
    stop.dispose();
    await lock.release();
  }
}
