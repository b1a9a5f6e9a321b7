import type { BatchEntry, BatchEntryResult, BatchJobState, BatchJobStatus, BatchJobs } from '../core/generation/batchJobs';
import type { TextResult } from '../core/generation/textGenerator';
import { judgeReply } from './errorClassifier';
import type { GeminiService } from './geminiService';
import type { BatchJobInfo, BatchRequestParams, ResponseChunk } from './sdkClient';
import { emptyUsage, toUsage, visibleText } from './streamAttempt';

/**
 * Gemini's Batch API (`batches.create` with inline requests, `batches.get`, `batches.cancel`)
 * behind the core's port. Inline requests are limited to 20 MB for the whole create request
 * (https://ai.google.dev/gemini-api/docs/batch-api, "Inline requests"); a chapter stage's
 * requests are far below that (25 chapters of ~60 KB each), and a job that would not fit is
 * refused here with a clear message rather than sent.
 */

/** The inline limit, less room for the envelope. */
export const INLINE_BATCH_LIMIT_BYTES = 19 * 1024 * 1024;

/** The SDK's `JobState` (the API's `BATCH_STATE_*` already mapped by the SDK) in the core's words. */
const STATE_OF: Readonly<Record<string, BatchJobState>> = {
  JOB_STATE_QUEUED: 'queued',
  JOB_STATE_PENDING: 'queued',
  JOB_STATE_RUNNING: 'running',
  JOB_STATE_UPDATING: 'running',
  JOB_STATE_CANCELLING: 'running',
  JOB_STATE_PAUSED: 'running',
  JOB_STATE_SUCCEEDED: 'succeeded',
  JOB_STATE_PARTIALLY_SUCCEEDED: 'succeeded',
  JOB_STATE_FAILED: 'failed',
  JOB_STATE_CANCELLED: 'cancelled',
  JOB_STATE_EXPIRED: 'expired',
};

export class GeminiBatchJobs implements BatchJobs {
  constructor(private readonly service: GeminiService) {}

  submit(model: string, entries: readonly BatchEntry[], displayName: string, signal?: AbortSignal): Promise<BatchJobStatus> {
    return this.service.withClient(
      'batches.create',
      async ({ client, signal: linked, params }) => {
        const requests: BatchRequestParams[] = [];
        for (const entry of entries) requests.push({ ...(await params(entry.request)), key: entry.key });
        const bytes = Buffer.byteLength(JSON.stringify(requests));
        if (bytes > INLINE_BATCH_LIMIT_BYTES) {
          throw new Error(`The batch is ${Math.round(bytes / 1024 / 1024)} MB, over the 20 MB Gemini accepts inline; run the stage interactively.`);
        }
        const wireModel = requests[0]?.model ?? model;
        return this.statusOf(await client.createBatch(wireModel, requests, displayName, linked), wireModel, entries);
      },
      signal,
    );
  }

  status(name: string, signal?: AbortSignal): Promise<BatchJobStatus> {
    return this.service.withClient('batches.get', async ({ client, signal: linked }) => this.statusOf(await client.getBatch(name, linked), '', []), signal);
  }

  cancel(name: string): Promise<void> {
    return this.service.withClient('batches.cancel', ({ client, signal }) => client.cancelBatch(name, signal));
  }

  private statusOf(info: BatchJobInfo, model: string, entries: readonly BatchEntry[]): BatchJobStatus {
    const state = STATE_OF[info.state] ?? 'running';
    if (!info.responses || state !== 'succeeded') return { name: info.name, state };
    const results = info.responses.map((r, i): BatchEntryResult => {
      const key = r.key ?? entries[i]?.key ?? String(i);
      if (r.error || !r.response) return { key, kind: 'error', message: r.error?.message ?? 'no response for this request' };
      return entryResult(key, r.response, model || (r.response as { modelVersion?: string }).modelVersion || '');
    });
    return { name: info.name, state, results };
  }
}

/** One inline response judged as a streamed reply is: usable text, cut at the limit, or an error. */
function entryResult(key: string, response: ResponseChunk & { readonly modelVersion?: string }, model: string): BatchEntryResult {
  const candidate = response.candidates?.[0];
  const text = visibleText(response);
  const verdict = judgeReply(
    { text, finishReason: candidate?.finishReason, blockReason: response.promptFeedback?.blockReason, sawCandidates: (response.candidates?.length ?? 0) > 0 },
    { model },
  );
  const usage = response.usageMetadata ? toUsage(response.usageMetadata) : emptyUsage();
  const result = (truncated: boolean): TextResult => ({
    text,
    finishReason: candidate?.finishReason ?? 'STOP',
    truncated,
    usage,
    fromCache: false,
    apiCalls: 1,
    model,
    durationMs: 0,
  });
  switch (verdict.outcome) {
    case 'complete':
      return { key, kind: 'reply', result: result(false) };
    case 'truncated':
      return { key, kind: 'reply', result: result(true) };
    case 'blocked':
    case 'unusable':
      return { key, kind: 'error', message: verdict.error.message };
    case 'cut':
    case 'max-tokens-empty':
      return { key, kind: 'error', message: `Gemini (${model}) returned no usable text for this request (${candidate?.finishReason ?? 'no finish reason'}).` };
  }
}
