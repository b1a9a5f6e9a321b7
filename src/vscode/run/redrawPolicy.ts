/**
 * When a live document is told that its text changed. VS Code answers a content provider's change
 * by diffing the new text in a worker and applying the edits, and a newer change *cancels* the
 * one still being applied (MainThreadDocumentContentProviders.$onVirtualDocumentChange). Firing on
 * a fixed clock that is faster than that round trip therefore made updates cancel each other
 * while chapters streamed in parallel, and a chunk could wait several rounds to be shown (the
 * p95 of chunk → editor, bench/README.md). So: at most one change in flight per document; the
 * next one is fired as soon as the editor shows the last (or after `confirmTimeoutMs`, when no
 * edit comes back, e.g. a document that is not open), never sooner than `minIntervalMs` after the
 * previous one.
 *
 * Plain timers, no `vscode`: the policy is unit-tested on a fake clock.
 */
export interface RedrawTimers {
  now(): number;
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface RedrawOptions {
  readonly minIntervalMs: number;
  readonly confirmTimeoutMs: number;
}

export class RedrawPolicy {
  private readonly dirty = new Set<string>();
  private readonly inFlight = new Map<string, unknown>();
  private timer: unknown;
  private lastFire = Number.NEGATIVE_INFINITY;

  constructor(
    /** Tells the editor that `key` changed; false when there was nothing new to show (nothing is then in flight). */
    private readonly fire: (key: string) => boolean,
    private readonly timers: RedrawTimers,
    private readonly options: RedrawOptions,
  ) {}

  /** `key` has new text. */
  changed(key: string): void {
    this.dirty.add(key);
    this.schedule();
  }

  /** The editor shows the text last fired for `key`. */
  shown(key: string): void {
    const pending = this.inFlight.get(key);
    if (pending === undefined) return;
    this.timers.clear(pending);
    this.inFlight.delete(key);
    if (this.dirty.has(key)) this.schedule();
  }

  forget(key: string): void {
    this.dirty.delete(key);
    const pending = this.inFlight.get(key);
    if (pending !== undefined) this.timers.clear(pending);
    this.inFlight.delete(key);
  }

  dispose(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    for (const pending of this.inFlight.values()) this.timers.clear(pending);
    this.inFlight.clear();
    this.dirty.clear();
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = this.timers.set(() => this.flush(), Math.max(0, this.lastFire + this.options.minIntervalMs - this.timers.now()));
  }

  private flush(): void {
    this.timer = undefined;
    for (const key of [...this.dirty]) {
      if (this.inFlight.has(key)) continue; // fired when the editor shows the text in flight
      this.dirty.delete(key);
      if (!this.fire(key)) continue;
      this.lastFire = this.timers.now();
      this.inFlight.set(
        key,
        this.timers.set(() => this.shown(key), this.options.confirmTimeoutMs),
      );
    }
  }
}
