/** A disposable subscription, shaped like VS Code's so the extension can push it as is. */
export interface Subscription {
  dispose(): void;
}

export type Listener<T> = (event: T) => void;

/**
 * A minimal typed event emitter (the core cannot use `vscode.EventEmitter`). A listener that
 * throws is isolated: it cannot break the run or the other listeners.
 */
export class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();

  /** Subscribe: `emitter.event(listener)`, like `vscode.Event<T>`. */
  readonly event = (listener: Listener<T>): Subscription => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(event: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A view's bug must not stop the writing.
      }
    }
  }

  dispose(): void {
    this.listeners.clear();
  }
}
