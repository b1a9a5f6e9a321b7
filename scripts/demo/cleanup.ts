// Stops everything a demo started, once, whichever way it ends: normal exit, an error, or
// Ctrl+C / SIGTERM. Steps run last-started-first.
type Step = () => Promise<void> | void;

export class Cleanup {
  private readonly steps: Step[] = [];
  private running: Promise<void> | undefined;
  /** The signal that ended the demo, if one did (its errors are then expected, not news). */
  signalled: NodeJS.Signals | undefined;

  /** Registers a step. */
  add(step: Step): void {
    this.steps.push(step);
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step();
        } catch (e) {
          process.stderr.write(`demo: while stopping: ${(e as Error).message}\n`);
        }
      }
    })();
    return this.running;
  }

  /** On SIGINT/SIGTERM: run the steps, then exit 130 (143). `onSignal` runs first (e.g. to tell a child). */
  exitOnSignals(onSignal?: (signal: NodeJS.Signals) => void): void {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        this.signalled = signal;
        process.stderr.write(`\n${signal}: stopping what the demo started…\n`);
        onSignal?.(signal);
        void this.run().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
      });
    }
  }
}
