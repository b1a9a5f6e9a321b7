/**
 * Identical calls in flight at the same time share one piece of work: the first caller (the
 * leader) runs it, later ones (followers) wait for its outcome.
 */
export class SingleFlight<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  /** The shared promise for `key`, if a leader is running. */
  get(key: string): Promise<T> | undefined {
    return this.inFlight.get(key);
  }

  /** Starts `work` as the leader for `key`; the entry is removed when it settles. */
  lead(key: string, work: () => Promise<T>): Promise<T> {
    const promise = work().finally(() => {
      if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
    });
    this.inFlight.set(key, promise);
    return promise;
  }

  get size(): number {
    return this.inFlight.size;
  }
}
