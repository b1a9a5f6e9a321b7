import { GenerationError } from '../core/generation/generationError';
import { bareModelId, traitsOf, type ModelTraits, type ThinkingControl } from './modelTable';
import type { GeminiClient, ModelInfo } from './sdkClient';

/** Everything the service needs to build a request a model accepts. */
export interface ModelProfile extends ModelTraits {
  readonly id: string;
  readonly displayName?: string;
  /** From `models.get`, else the table's. */
  readonly outputTokenLimit: number;
}

/** Failures of `models.get` that generation would hit too: report them instead of guessing. */
const FINAL_LOOKUP_FAILURES = new Set<GenerationError['kind']>(['auth', 'permission', 'location', 'billing', 'model-not-found', 'model-retired']);

/**
 * Each model's profile, learned once per session from `models.get` (output limit, whether it
 * thinks) and the built-in table (how it is told to think, sampling). A lookup that fails for a
 * passing reason (network, overload) falls back to the table and is tried again next time; one
 * that names a final problem (bad key, unknown or retired model) is thrown.
 */
export class ModelProfiles {
  private readonly known = new Map<string, Promise<ModelProfile>>();

  constructor(private readonly classify: (error: unknown, model: string) => GenerationError) {}

  get(client: GeminiClient, model: string, signal: AbortSignal): Promise<ModelProfile> {
    const id = bareModelId(model);
    let profile = this.known.get(id);
    if (!profile) {
      profile = this.lookUp(client, id, signal);
      this.known.set(id, profile);
      // Only a lookup that answered is kept; the next call asks again after anything else.
      profile.catch(() => this.known.delete(id));
    }
    return profile;
  }

  /** Whether the model's profile is known or being looked up. */
  has(model: string): boolean {
    return this.known.has(bareModelId(model));
  }

  /** What Gemini said about a model outranks the table, for the rest of the session. */
  correct(profile: ModelProfile): void {
    this.known.set(profile.id, Promise.resolve(profile));
  }

  /** Forget everything (a new key or endpoint may see other models). */
  clear(): void {
    this.known.clear();
  }

  private async lookUp(client: GeminiClient, id: string, signal: AbortSignal): Promise<ModelProfile> {
    let info: ModelInfo;
    try {
      info = await client.getModel(id, signal);
    } catch (error) {
      const failure = this.classify(error, id);
      // A lookup stopped by the service's shutdown or its timeout falls back too: the call
      // itself then meets the shutdown (cancelled) or Gemini's real answer.
      if (FINAL_LOOKUP_FAILURES.has(failure.kind)) throw failure;
      this.known.delete(id);
      return profileOf(id, {});
    }
    return profileOf(id, info);
  }
}

export function profileOf(id: string, info: ModelInfo): ModelProfile {
  const traits = traitsOf(id);
  // The API's word wins on whether the model thinks at all; the table says how.
  const thinking: ThinkingControl = info.thinking === false ? { by: 'none' } : traits.thinking;
  return {
    ...traits,
    id,
    ...(info.displayName ? { displayName: info.displayName } : {}),
    thinking,
    outputTokenLimit: info.outputTokenLimit && info.outputTokenLimit > 0 ? info.outputTokenLimit : traits.outputTokenLimit,
  };
}
