import type { CacheMode } from '../../generation/textGenerator';
import { classifyFailure } from '../failures';
import type { GraphItem } from '../state/graph';
import type { RunContext } from '../run/runContext';

/**
 * How an item is made: `as-needed` continues a partial and may answer from the cache;
 * `regenerate` (the writer asked for a new take) starts afresh and bypasses the cache.
 */
export type MakeMode = 'as-needed' | 'regenerate';

/**
 * Runs `attempt` up to `workflow.maxRetriesPerStage` times (at least once) while its failures are
 * of the kind another attempt may cure; rethrows the last failure. Later attempts bypass the
 * cache, so a cached bad reply is never served twice.
 */
export async function withAttempts<T>(ctx: RunContext, item: GraphItem, mode: MakeMode, attempt: (cache: CacheMode) => Promise<T>): Promise<T> {
  const max = Math.max(1, ctx.settings['workflow.maxRetriesPerStage']);
  for (let n = 1; ; n++) {
    try {
      return await attempt(mode === 'regenerate' || n > 1 ? 'bypass-cache' : 'use-cache');
    } catch (e) {
      const failure = classifyFailure(e, ctx.signal);
      if (failure.scope !== 'attempt' || n >= max) throw e;
      ctx.tally.retried();
      ctx.log.warn(`${item.id}: attempt ${n} of ${max} failed; trying again`, { kind: failure.kind, message: failure.message });
    }
  }
}
