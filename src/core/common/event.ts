/** A disposable subscription, shaped like VS Code's `Disposable` so the extension can push it as is. */
export interface Subscription {
  dispose(): void;
}

export type Listener<T> = (event: T) => void;

/**
 * The one typed event emitter (the core and the service cannot use `vscode.EventEmitter`):
 * `emitter.event(listener)` subscribes, like `vscode.Event<T>`. A listener that throws is
 * isolated: it cannot break the run, the service or the other listeners; `onListenerError` hears
 * about it (a log line), and by default nothing does.
 */
export class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();

  constructor(private readonly onListenerError: (error: unknown) => void = () => {}) {}

  readonly event = (listener: Listener<T>): Subscription => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(event: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  dispose(): void {
    this.listeners.clear();
  }
}
