// Scripted faults: a FIFO queue for "the next requests", and matchers for "requests like this".
// A matching matcher wins over the queue, whose head then waits for the next request.
import type { Fault, RequestInfo, ScriptHandle } from './types';

interface Matcher {
  readonly predicate: (request: RequestInfo) => boolean;
  readonly fault: Fault;
  readonly times: number;
  used: number;
  cancelled: boolean;
}

export class FaultScript {
  private queue: Fault[] = [];
  private matchers: Matcher[] = [];

  enqueue(faults: readonly Fault[]): void {
    this.queue.push(...faults);
  }

  addMatcher(predicate: (request: RequestInfo) => boolean, fault: Fault, times = 1): ScriptHandle {
    const matcher: Matcher = { predicate, fault, times, used: 0, cancelled: false };
    this.matchers.push(matcher);
    return {
      get used() {
        return matcher.used;
      },
      cancel: () => {
        matcher.cancelled = true;
      },
    };
  }

  /** The fault for this request, consuming it; undefined for a normal reply. */
  take(request: RequestInfo): Fault | undefined {
    this.matchers = this.matchers.filter((m) => !m.cancelled && m.used < m.times);
    const matcher = this.matchers.find((m) => m.predicate(request));
    if (matcher) {
      matcher.used++;
      return matcher.fault;
    }
    return this.queue.shift();
  }

  /** Like `take`, but only a matcher's fault: the queue is for generate requests alone. */
  takeMatching(request: RequestInfo): Fault | undefined {
    this.matchers = this.matchers.filter((m) => !m.cancelled && m.used < m.times);
    const matcher = this.matchers.find((m) => m.predicate(request));
    if (matcher) matcher.used++;
    return matcher?.fault;
  }

  get pending(): number {
    return this.queue.length;
  }

  clear(): void {
    this.queue = [];
    for (const m of this.matchers) m.cancelled = true;
    this.matchers = [];
  }
}
