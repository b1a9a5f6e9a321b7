import { Emitter, type Subscription } from '../common/event';

/**
 * Whose call it is: the `writer`'s (what they asked for, waiting on it now), or `speculative`
 * (made ahead, while the writer reviews a stage, in case they approve it unchanged). A
 * speculative call waits behind every writer call and leaves the rate limit's last room to them.
 */
export type PriorityLevel = 'writer' | 'speculative';

/**
 * The priority of one call, which may rise once: a speculative call the writer turns out to want
 * (they approved the stage unchanged while it was still queued) becomes a writer call, so it no
 * longer waits behind anyone. The generator reads `level` when it queues and listens for the rise.
 */
export class CallPriority {
  private current: PriorityLevel;
  private readonly raised = new Emitter<void>();
  /** Fires once, when a speculative call becomes the writer's. */
  readonly onRaised: (listener: () => void) => Subscription = this.raised.event;

  private constructor(level: PriorityLevel) {
    this.current = level;
  }

  static speculative(): CallPriority {
    return new CallPriority('speculative');
  }

  get level(): PriorityLevel {
    return this.current;
  }

  /** The writer wants this call now: it queues as theirs from here on. */
  raise(): void {
    if (this.current === 'writer') return;
    this.current = 'writer';
    this.raised.fire();
    this.raised.dispose();
  }
}

/** The level of a call's priority: a call with none is the writer's. */
export function levelOf(priority: CallPriority | undefined): PriorityLevel {
  return priority?.level ?? 'writer';
}
