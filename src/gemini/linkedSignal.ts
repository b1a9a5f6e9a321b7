/**
 * A signal that aborts when any of the given signals does, with the first one's reason. Like
 * `AbortSignal.any`, which the Node of VS Code 1.85 (18.15) lacks; `dispose` removes the
 * listeners once the call is over, so a long-lived caller signal does not collect them.
 */
export function linkedSignal(...signals: ReadonlyArray<AbortSignal | undefined>): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const sources = signals.filter((s): s is AbortSignal => s !== undefined);
  const already = sources.find((s) => s.aborted);
  if (already) {
    controller.abort(already.reason);
    return { signal: controller.signal, dispose: () => {} };
  }
  const listeners = sources.map((source) => {
    const onAbort = () => controller.abort(source.reason);
    source.addEventListener('abort', onAbort, { once: true });
    return () => source.removeEventListener('abort', onAbort);
  });
  return { signal: controller.signal, dispose: () => listeners.forEach((remove) => remove()) };
}
