import { classifyFailure } from './failures';
import type { GraphItem } from './graph';
import type { RunContext } from './runContext';

/**
 * Runs `attempt` up to `workflow.maxRetriesPerStage` times (at least once) while its failures are
 * of the kind another attempt may cure; rethrows the last failure. Later attempts bypass the
 * cache, so a cached bad reply is never served twice.
 */
export async function withAttempts<T>(ctx: RunContext, item: GraphItem, attempt: (n: number, bypassCache: boolean) => Promise<T>, bypassCache: boolean): Promise<T> {
  const max = Math.max(1, ctx.settings['workflow.maxRetriesPerStage']);
  for (let n = 1; ; n++) {
    try {
      return await attempt(n, bypassCache || n > 1);
    } catch (e) {
      const failure = classifyFailure(e, ctx.signal);
      if (failure.scope !== 'attempt' || n >= max) throw e;
      ctx.totals.retries++;
      ctx.log.warn(`${item.id}: attempt ${n} of ${max} failed; trying again`, { kind: failure.kind, message: failure.message });
    }
  }
}
