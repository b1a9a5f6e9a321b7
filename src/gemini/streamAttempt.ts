import type { Clock } from '../core/ports';
import { cancelledError, classifyError, judgeReply, streamCutError, timeoutError, type ClassifyContext } from './errorClassifier';
import { deriveAbortController } from '../core/common/abort';
import { GenerationError } from '../core/generation/generationError';
import type { GeminiClient, GenerateParams, ResponseChunk } from './sdkClient';
import type { Usage } from '../core/generation/textGenerator';

/** What one attempt has received so far; readable after it fails (for partial text and usage). */
export interface AttemptProgress {
  text: string;
  usage: Usage | undefined;
  firstTextAt: number | undefined;
}

export interface AttemptInput {
  readonly client: GeminiClient;
  readonly params: GenerateParams;
  readonly clock: Clock;
  readonly context: ClassifyContext & { readonly timeoutMs: number };
  /** The caller's cancellation. */
  readonly signal?: AbortSignal;
  readonly onText?: (delta: string, soFar: string) => void;
  readonly progress: AttemptProgress;
}

export interface AttemptReply {
  readonly text: string;
  readonly finishReason: string;
  readonly truncated: boolean;
  readonly usage: Usage;
}

export function newProgress(): AttemptProgress {
  return { text: '', usage: undefined, firstTextAt: undefined };
}

/**
 * One HTTP attempt: stream the reply, pass text on as it arrives, and judge the result. Fails
 * with a GenerationError only. The timeout is a silence timeout — it restarts with every chunk — so
 * a long chapter that keeps streaming is never cut, while a stalled connection is.
 */
export async function streamAttempt(input: AttemptInput): Promise<AttemptReply> {
  const { clock, context, signal, progress } = input;
  // Aborted by the caller, or by this attempt's own silence timeout.
  const { controller: attempt, dispose: detach } = deriveAbortController(signal);
  const silence = new SilenceTimer(clock, context.timeoutMs, () => attempt.abort(new Error('timeout')));

  let finishReason: string | undefined;
  let blockReason: string | undefined;
  let sawCandidates = false;
  try {
    silence.restart();
    const stream = await input.client.generateStream(input.params, attempt.signal);
    for await (const chunk of stream) {
      silence.restart();
      const candidate = chunk.candidates?.[0];
      sawCandidates ||= (chunk.candidates?.length ?? 0) > 0;
      finishReason = candidate?.finishReason ?? finishReason;
      blockReason = chunk.promptFeedback?.blockReason ?? blockReason;
      if (chunk.usageMetadata) progress.usage = toUsage(chunk.usageMetadata);
      const delta = visibleText(chunk);
      if (delta) {
        progress.firstTextAt ??= clock.now();
        progress.text += delta;
        input.onText?.(delta, progress.text);
      }
    }
  } catch (error) {
    if (signal?.aborted) throw cancelledError(progress.text);
    if (silence.fired) throw timeoutError(context, progress.text || undefined);
    const failure = classifyError(error, context);
    throw progress.text ? failure.with({ partialText: progress.text }) : failure;
  } finally {
    silence.stop();
    detach();
  }

  const verdict = judgeReply({ text: progress.text, finishReason, blockReason, sawCandidates }, context);
  const usage = progress.usage ?? emptyUsage();
  switch (verdict.outcome) {
    case 'blocked':
    case 'unusable':
      throw verdict.error;
    case 'cut':
      throw streamCutError(progress.text);
    case 'max-tokens-empty':
      throw new GenerationError('max-tokens', 'Gemini spent the whole output budget on thinking.', { reason: 'MAX_TOKENS' });
    case 'truncated':
      return { text: progress.text, finishReason: 'MAX_TOKENS', truncated: true, usage };
    case 'complete':
      return { text: progress.text, finishReason: finishReason ?? 'STOP', truncated: false, usage };
  }
}

/** Text parts of the first candidate, without the model's thought summaries. */
export function visibleText(chunk: ResponseChunk): string {
  const parts = chunk.candidates?.[0]?.content?.parts ?? [];
  return parts
    .filter((part) => !part.thought && typeof part.text === 'string')
    .map((part) => part.text)
    .join('');
}

export function toUsage(meta: NonNullable<ResponseChunk['usageMetadata']>): Usage {
  const promptTokens = meta.promptTokenCount ?? 0;
  const outputTokens = meta.candidatesTokenCount ?? 0;
  const thinkingTokens = meta.thoughtsTokenCount ?? 0;
  const cachedTokens = meta.cachedContentTokenCount ?? 0;
  return {
    promptTokens,
    ...(cachedTokens > 0 ? { cachedTokens } : {}),
    outputTokens,
    thinkingTokens,
    totalTokens: meta.totalTokenCount ?? promptTokens + outputTokens + thinkingTokens,
  };
}

export function emptyUsage(): Usage {
  return { promptTokens: 0, outputTokens: 0, thinkingTokens: 0, totalTokens: 0 };
}

/**
 * Fires once when `ms` pass without a `restart`. Runs on the Clock, so fake time drives it.
 * `restart` runs for every streamed chunk, so it only moves the deadline: one sleep is pending at
 * a time, and when it wakes early (the deadline moved) it sleeps again for the rest.
 */
class SilenceTimer {
  fired = false;
  private deadline = 0;
  private current: AbortController | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly ms: number,
    private readonly onSilence: () => void,
  ) {}

  restart(): void {
    this.deadline = this.clock.now() + this.ms;
    if (!this.current) this.sleep(this.ms);
  }

  stop(): void {
    this.current?.abort();
    this.current = undefined;
  }

  private sleep(ms: number): void {
    const timer = new AbortController();
    this.current = timer;
    this.clock.sleep(ms, timer.signal).then(
      () => {
        if (this.current !== timer) return;
        const left = this.deadline - this.clock.now();
        if (left > 0) return this.sleep(left);
        this.current = undefined;
        this.fired = true;
        this.onSilence();
      },
      () => {},
    );
  }
}
