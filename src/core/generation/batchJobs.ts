import type { GenerateRequest, TextResult } from './textGenerator';

/**
 * The port for Gemini's Batch API: many independent requests sent as one job at half the price,
 * answered within hours (usually minutes). The core owns it; the Gemini service implements it.
 */

/** One request of a job, with the key its result comes back under (an item id, e.g. `draft:03`). */
export interface BatchEntry {
  readonly key: string;
  readonly request: GenerateRequest;
}

/** `queued` until Gemini starts it; `succeeded` once every entry has its result or its own error. */
export const BATCH_JOB_STATES = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'expired'] as const;
export type BatchJobState = (typeof BATCH_JOB_STATES)[number];

export type BatchEntryResult =
  { readonly key: string; readonly kind: 'reply'; readonly result: TextResult } | { readonly key: string; readonly kind: 'error'; readonly message: string };

export interface BatchJobStatus {
  readonly name: string;
  readonly state: BatchJobState;
  /** Once `succeeded`: one per entry. */
  readonly results?: readonly BatchEntryResult[];
}

export interface BatchJobs {
  /** Creates the job; its name is what a later run polls, so it must be kept before anything else happens. */
  submit(model: string, entries: readonly BatchEntry[], displayName: string, signal?: AbortSignal): Promise<BatchJobStatus>;
  status(name: string, signal?: AbortSignal): Promise<BatchJobStatus>;
  cancel(name: string): Promise<void>;
}

export function isFinished(state: BatchJobState): boolean {
  return state !== 'queued' && state !== 'running';
}
