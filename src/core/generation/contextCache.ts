/**
 * The port for Gemini's explicit context caches: material many calls share (a chapter stage's
 * system instruction, bible, plan and premise) stored once, then named by each call instead of
 * sent again. The core owns it; the Gemini service implements it.
 */

/** What a cache holds: the system instruction and the shared opening of the stage's prompts. */
export interface SharedContext {
  readonly model: string;
  readonly systemInstruction: string;
  readonly text: string;
  /** Shown in the API's cache list, e.g. `story-writer draft: The Lighthouse Keeper`. */
  readonly displayName: string;
  /** Seconds until Gemini deletes it by itself: a run that dies leaves nothing billable for longer. */
  readonly ttlSeconds: number;
}

/** A cache was made, or why not (below the model's minimum, or the API refused): the run goes on uncached. */
export type CacheOutcome = { readonly kind: 'created'; readonly name: string; readonly tokens?: number } | { readonly kind: 'not-created'; readonly reason: string };

export interface ContextCaches {
  /** Never throws: a cache that cannot be made is `not-created` with the reason. */
  create(context: SharedContext, signal?: AbortSignal): Promise<CacheOutcome>;
  /** Best effort: a cache that is already gone (expired) is not an error. */
  delete(name: string): Promise<void>;
}
