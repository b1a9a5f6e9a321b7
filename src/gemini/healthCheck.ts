import { GenerationError } from '../core/generation/generationError';
import type { Usage } from '../core/generation/textGenerator';
import type { Clock, Logger } from '../core/ports';
import { classifyError, formatSeconds, type ClassifyContext } from './errorClassifier';
import { generationConfigFor } from './generationConfig';
import type { ModelProfile } from './modelProfiles';
import type { GeminiClient } from './sdkClient';
import { newProgress, streamAttempt } from './streamAttempt';
import type { HealthResult } from './types';

/** The health check's generation: as small as a reply gets, to prove the key may generate. */
const HEALTH_PROMPT = 'Reply with the single word: ready';
const HEALTH_OUTPUT_TOKENS = 256;

export interface HealthProbe {
  readonly clock: Clock;
  /** The whole check's deadline. */
  readonly timeoutMs: number;
  readonly log: Logger;
  readonly client: () => Promise<GeminiClient>;
  readonly profile: (client: GeminiClient, model: string, signal: AbortSignal) => Promise<ModelProfile>;
  readonly onUsage: (usage: Usage) => void;
}

/**
 * Validates the key and the model: `models.get`, then one minimal generation (the smallest
 * output, the least thinking), because a key can list models and still be refused generation
 * (credits used up, a model not on its plan, a retired model). Never throws.
 */
export async function probeHealth(probe: HealthProbe, model: string, apiKey: string): Promise<HealthResult> {
  const context: ClassifyContext & { timeoutMs: number } = { model, apiKey, timeoutMs: probe.timeoutMs };
  const controller = new AbortController();
  const timer = new AbortController();
  let timedOut = false;
  probe.clock.sleep(probe.timeoutMs, timer.signal).then(
    () => {
      timedOut = true;
      controller.abort(new Error('timeout'));
    },
    () => {},
  );
  try {
    const client = await probe.client();
    const profile = await probe.profile(client, model, controller.signal);
    const request = { model, prompt: HEALTH_PROMPT, maxOutputTokens: HEALTH_OUTPUT_TOKENS, thinking: 'minimal' as const };
    const params = { model: profile.id, prompt: HEALTH_PROMPT, config: generationConfigFor(request, profile) };
    const reply = await streamAttempt({ client, params, clock: probe.clock, context, signal: controller.signal, progress: newProgress() }).catch((error: unknown) => {
      // Thinking that fills even a tiny budget still proves the key may generate.
      if (error instanceof GenerationError && error.kind === 'max-tokens') return undefined;
      throw error;
    });
    if (reply) probe.onUsage(reply.usage);
    probe.log.info('Health check passed', { model });
    return profile.displayName ? { status: 'ok', model, displayName: profile.displayName } : { status: 'ok', model };
  } catch (error) {
    const failure = timedOut
      ? new GenerationError('timeout', `Gemini did not answer within ${formatSeconds(probe.timeoutMs)} s. Check your connection or storyWriter.apiBaseUrl.`)
      : classifyError(error, context);
    probe.log.warn('Health check failed', { model, kind: failure.kind, message: failure.message });
    return { status: healthStatusOf(failure), model, message: failure.message, kind: failure.kind };
  } finally {
    timer.abort();
  }
}

function healthStatusOf(failure: GenerationError): Exclude<HealthResult['status'], 'ok'> {
  switch (failure.kind) {
    case 'auth':
      return 'invalid-key';
    case 'model-not-found':
      return 'unknown-model';
    case 'network':
    case 'timeout':
      return 'unreachable';
    default:
      return 'error';
  }
}
