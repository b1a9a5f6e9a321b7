import type { z } from 'zod';
import { levelOf } from '../../src/core/generation/callPriority';
import type { CallOptions, GenerateRequest, JsonResult, TextGenerator, TextResult } from '../../src/core/generation/textGenerator';

/** One call the spy saw: whose it was when it started, its label, and how it ended. */
export interface SpiedCall {
  readonly level: 'writer' | 'speculative';
  readonly label: string | undefined;
  readonly settled: Promise<'ok' | 'failed'>;
}

/**
 * Wraps a generator (the real service) and notes each call's priority, so a test or a benchmark
 * can wait for a speculation to start or finish before answering an approval, without sleeping.
 */
export class SpeculationSpy implements TextGenerator {
  readonly calls: SpiedCall[] = [];
  private readonly started: Array<() => void> = [];

  constructor(private readonly inner: TextGenerator) {}

  generateText(request: GenerateRequest, options: CallOptions = {}): Promise<TextResult> {
    return this.track(options, this.inner.generateText(request, options));
  }

  generateJson<T>(request: GenerateRequest, schema: z.ZodType<T>, options: CallOptions = {}): Promise<JsonResult<T>> {
    return this.track(options, this.inner.generateJson(request, schema, options));
  }

  speculative(): SpiedCall[] {
    return this.calls.filter((c) => c.level === 'speculative');
  }

  /** Resolves once a speculative call has started (at once if one has). */
  speculationStarted(): Promise<SpiedCall> {
    const first = this.speculative()[0];
    if (first) return Promise.resolve(first);
    return new Promise((resolve) => this.started.push(() => resolve(this.speculative()[0]!)));
  }

  /** Resolves when every speculative call started so far has ended, after the first one started. */
  async speculationSettled(): Promise<void> {
    await this.speculationStarted();
    await Promise.all(this.speculative().map((c) => c.settled));
  }

  private track<R>(options: CallOptions, call: Promise<R>): Promise<R> {
    const level = levelOf(options.priority);
    const settled = call.then(
      () => 'ok' as const,
      () => 'failed' as const,
    );
    this.calls.push({ level, label: options.label, settled });
    if (level === 'speculative') for (const wake of this.started.splice(0)) wake();
    return call;
  }
}
