/** A disposable subscription, shaped like VS Code's `Disposable` without importing it. */
export interface Subscription {
  dispose(): void;
}

/**
 * A minimal event in the VS Code style: `event(listener)` subscribes and returns a subscription.
 * A listener that throws never breaks the service or the other listeners.
 */
export class ChangeEvent {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly onListenerError: (error: unknown) => void = () => {}) {}

  readonly event = (listener: () => void): Subscription => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
