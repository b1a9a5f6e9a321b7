import { setMaxListeners } from 'node:events';

/**
 * The one abort toolkit (as cockatiel keeps `common/abort.ts`): every place that links a caller's
 * cancellation to its own uses these, so no file writes listener bookkeeping by hand.
 */

/**
 * A controller that aborts when any parent does (with that parent's reason), and that its owner
 * can also abort on its own. Its signal takes any number of listeners: one run's or one service's
 * signal is shared by every call in flight, so more than Node's default of 10 is expected, not a
 * leak. `dispose` detaches from the parents once the work is over, so a long-lived parent does not
 * collect listeners.
 */
export function deriveAbortController(...parents: ReadonlyArray<AbortSignal | undefined>): { readonly controller: AbortController; dispose(): void } {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const sources = parents.filter((s): s is AbortSignal => s !== undefined);
  const already = sources.find((s) => s.aborted);
  if (already) {
    controller.abort(already.reason);
    return { controller, dispose: () => {} };
  }
  const removers = sources.map((source) => {
    const onAbort = () => controller.abort(source.reason);
    source.addEventListener('abort', onAbort, { once: true });
    return () => source.removeEventListener('abort', onAbort);
  });
  return { controller, dispose: () => removers.forEach((remove) => remove()) };
}

/**
 * A signal that aborts when any of the given signals does, with the first one's reason. Like
 * `AbortSignal.any`, which the Node of VS Code 1.85 (18.15) lacks.
 */
export function linkedSignal(...signals: ReadonlyArray<AbortSignal | undefined>): { readonly signal: AbortSignal; dispose(): void } {
  const { controller, dispose } = deriveAbortController(...signals);
  return { signal: controller.signal, dispose };
}

/** The promise's outcome, or a rejection with the signal's reason as soon as it aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}
