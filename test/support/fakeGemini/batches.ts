// Batch jobs (`models/{model}:batchGenerateContent`, `batches/{id}`, `batches/{id}:cancel`) as the
// Developer API runs them: created PENDING, RUNNING at the next look, SUCCEEDED after
// `pollsToFinish` looks with one inlined response (or error) per request, in order. Shapes: the
// SDK's `createInlinedGenerateContentRequest`, `batchJobFromMldev` and `inlinedResponseFromMldev`
// (@google/genai 2.32, dist/node/index.cjs) and https://ai.google.dev/api/batch-mode (the body is
// `{batch: {displayName, inputConfig: {requests: {requests: [{request, metadata}]}}}}`, the reply
// an Operation whose `metadata` is the batch, `metadata.output.inlinedResponses.inlinedResponses`).
import { randomUUID } from 'node:crypto';
import { errorBody } from './errorBodies';
import { asObject } from './geminiRequest';

export type BatchState = 'BATCH_STATE_PENDING' | 'BATCH_STATE_RUNNING' | 'BATCH_STATE_SUCCEEDED' | 'BATCH_STATE_CANCELLED';

/** One entry's answer: a GenerateContentResponse body, or the error Gemini would have sent for it. */
export type EntryAnswer = { readonly response: Record<string, unknown> } | { readonly error: { readonly code: number; readonly message: string; readonly status?: string } };

export interface StoredBatch {
  readonly name: string;
  readonly model: string;
  readonly displayName: string;
  readonly requests: ReadonlyArray<{ readonly request: unknown; readonly metadata?: unknown }>;
  readonly createTime: string;
  state: BatchState;
  looks: number;
  responses?: ReadonlyArray<EntryAnswer & { readonly metadata?: unknown }>;
}

/** Whether a request body is a whole `batchGenerateContent` (not one of its entries). */
export function isBatchCreate(body: unknown): boolean {
  return asObject(asObject(body)?.['batch']) !== undefined;
}

export class Batches {
  private readonly jobs = new Map<string, StoredBatch>();
  /** Every job created (tests count them). */
  readonly created: StoredBatch[] = [];

  constructor(
    private readonly now: () => number,
    /** Looks (GETs) after which a job has finished; Infinity holds every job pending. */
    private readonly pollsToFinish: () => number,
    private readonly answer: (model: string, request: unknown) => EntryAnswer,
  ) {}

  create(model: string, body: unknown): { status: number; body: unknown } {
    const batch = asObject(asObject(body)?.['batch']);
    const wrapper = asObject(asObject(asObject(batch?.['inputConfig'])?.['requests']));
    const requests = wrapper?.['requests'];
    if (!Array.isArray(requests) || requests.length === 0) {
      return { status: 400, body: errorBody(400, "Invalid value at 'batch.input_config': the batch has no requests.") };
    }
    const job: StoredBatch = {
      name: `batches/${randomUUID().replace(/-/g, '').slice(0, 20)}`,
      model,
      displayName: typeof batch?.['displayName'] === 'string' ? batch['displayName'] : '',
      requests: requests.map((r) => ({ request: asObject(r)?.['request'], metadata: asObject(r)?.['metadata'] })),
      createTime: new Date(this.now()).toISOString(),
      state: 'BATCH_STATE_PENDING',
      looks: 0,
    };
    this.jobs.set(job.name, job);
    this.created.push(job);
    return { status: 200, body: operation(job) };
  }

  get(name: string): { status: number; body: unknown } {
    const job = this.jobs.get(fullName(name));
    if (!job) return { status: 404, body: errorBody(404, `Requested entity was not found.`) };
    if (job.state === 'BATCH_STATE_PENDING' || job.state === 'BATCH_STATE_RUNNING') {
      job.looks++;
      if (job.looks >= this.pollsToFinish()) this.finish(job);
      else job.state = 'BATCH_STATE_RUNNING';
    }
    return { status: 200, body: operation(job) };
  }

  cancel(name: string): { status: number; body: unknown } {
    const job = this.jobs.get(fullName(name));
    if (!job) return { status: 404, body: errorBody(404, `Requested entity was not found.`) };
    if (job.state === 'BATCH_STATE_PENDING' || job.state === 'BATCH_STATE_RUNNING') job.state = 'BATCH_STATE_CANCELLED';
    return { status: 200, body: {} };
  }

  clear(): void {
    this.jobs.clear();
    this.created.length = 0;
  }

  private finish(job: StoredBatch): void {
    job.responses = job.requests.map((r) => ({ ...this.answer(job.model, r.request), ...(r.metadata !== undefined ? { metadata: r.metadata } : {}) }));
    job.state = 'BATCH_STATE_SUCCEEDED';
  }
}

function fullName(name: string): string {
  return name.startsWith('batches/') ? name : `batches/${name}`;
}

function operation(job: StoredBatch): Record<string, unknown> {
  const done = job.state === 'BATCH_STATE_SUCCEEDED' || job.state === 'BATCH_STATE_CANCELLED';
  const failed = job.responses?.filter((r) => 'error' in r).length ?? 0;
  const metadata = {
    '@type': 'type.googleapis.com/google.ai.generativelanguage.v1beta.GenerateContentBatch',
    model: `models/${job.model}`,
    displayName: job.displayName,
    createTime: job.createTime,
    updateTime: new Date().toISOString(),
    ...(done ? { endTime: new Date().toISOString() } : {}),
    batchStats: {
      requestCount: String(job.requests.length),
      ...(job.responses
        ? { successfulRequestCount: String(job.responses.length - failed), failedRequestCount: String(failed) }
        : { pendingRequestCount: String(job.requests.length) }),
    },
    state: job.state,
    name: job.name,
    ...(job.responses ? { output: { inlinedResponses: { inlinedResponses: job.responses } } } : {}),
  };
  return { name: job.name, metadata, ...(done ? { done: true } : {}) };
}
