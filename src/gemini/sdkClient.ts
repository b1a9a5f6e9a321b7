import type { GoogleGenAI } from '@google/genai';

/**
 * The thin seam between the service and `@google/genai`. The SDK is loaded on first use only, so
 * the extension activates (and the CLI prints `--help`) without paying for it.
 */

/** The generation settings the service sends; a subset of the SDK's `GenerateContentConfig`. */
export interface GenerationConfig {
  readonly temperature?: number;
  readonly maxOutputTokens?: number;
  /** One of the two, never both: Gemini answers both together with a 400. */
  readonly thinkingConfig?: { readonly thinkingBudget: number } | { readonly thinkingLevel: WireThinkingLevel };
  readonly responseMimeType?: string;
  readonly responseJsonSchema?: unknown;
}

/** `ThinkingLevel` of `@google/genai` as it goes on the wire. */
export type WireThinkingLevel = 'MINIMAL' | 'LOW' | 'MEDIUM' | 'HIGH';

export interface GenerateParams {
  readonly model: string;
  readonly prompt: string;
  /** Never together with `cachedContent`: Gemini answers both with a 400 (the cache holds it). */
  readonly systemInstruction?: string;
  /** An explicit context cache (`cachedContents/…`) whose contents the model reads before `prompt`. */
  readonly cachedContent?: string;
  readonly config: GenerationConfig;
}

/** An explicit context cache to create: one user turn of shared text under a system instruction. */
export interface CacheParams {
  readonly model: string;
  readonly systemInstruction: string;
  readonly text: string;
  readonly ttlSeconds: number;
  readonly displayName: string;
}

/** One request of a batch job, with the key its response comes back under. */
export interface BatchRequestParams extends GenerateParams {
  readonly key: string;
}

/** A batch job as `batches.get` reports it; `responses` once it has finished, in request order. */
export interface BatchJobInfo {
  readonly name: string;
  /** The SDK's `JobState`, e.g. `JOB_STATE_RUNNING`. */
  readonly state: string;
  readonly responses?: ReadonlyArray<{
    readonly key?: string;
    readonly response?: ResponseChunk;
    readonly error?: { readonly code?: number; readonly message?: string };
  }>;
}

/** The parts of a streamed `GenerateContentResponse` the service reads. */
export interface ResponseChunk {
  readonly candidates?: ReadonlyArray<{
    readonly content?: { readonly parts?: ReadonlyArray<{ readonly text?: string; readonly thought?: boolean }> };
    readonly finishReason?: string;
  }>;
  readonly promptFeedback?: { readonly blockReason?: string };
  readonly usageMetadata?: {
    readonly promptTokenCount?: number;
    readonly candidatesTokenCount?: number;
    readonly thoughtsTokenCount?: number;
    readonly totalTokenCount?: number;
    /** The part of the prompt served from an implicit or explicit cache. */
    readonly cachedContentTokenCount?: number;
  };
}

/** What `models.get` / `models.list` report about a model (the SDK's `Model`, the parts we read). */
export interface ModelInfo {
  readonly name?: string;
  readonly displayName?: string;
  readonly description?: string;
  readonly inputTokenLimit?: number;
  readonly outputTokenLimit?: number;
  /** Whether the model thinks at all; not how it is told to. */
  readonly thinking?: boolean;
  /** `supportedGenerationMethods` on the wire, e.g. `generateContent`. */
  readonly supportedActions?: readonly string[];
}

export interface GeminiClient {
  generateStream(params: GenerateParams, signal: AbortSignal): Promise<AsyncIterable<ResponseChunk>>;
  getModel(model: string, signal: AbortSignal): Promise<ModelInfo>;
  listModels(signal: AbortSignal): Promise<ModelInfo[]>;
  /** `caches.create`: the cache's name and the tokens it holds. */
  createCache(params: CacheParams, signal: AbortSignal): Promise<{ name: string; tokens?: number }>;
  deleteCache(name: string, signal: AbortSignal): Promise<void>;
  /** `batches.create` with inline requests (the Developer API's limit is 20 MB for the whole request). */
  createBatch(model: string, requests: readonly BatchRequestParams[], displayName: string, signal: AbortSignal): Promise<BatchJobInfo>;
  getBatch(name: string, signal: AbortSignal): Promise<BatchJobInfo>;
  cancelBatch(name: string, signal: AbortSignal): Promise<void>;
  /** Input tokens of these texts, each as its own user content (`models.countTokens`). */
  countTokens(model: string, texts: readonly string[], signal: AbortSignal): Promise<number>;
}

export interface ClientSettings {
  readonly apiKey: string;
  /** Empty: the SDK's default, which honours GOOGLE_GEMINI_BASE_URL. */
  readonly baseUrl: string;
}

export type ClientFactory = (settings: ClientSettings) => Promise<GeminiClient>;

type GenAiModule = typeof import('@google/genai');

/**
 * `load` once, its result kept for every later call; a failed load is not kept, so the next call
 * tries again (a bundle replaced or unreadable for a moment must not break the session for good).
 */
export function loadOnceUnlessFailed<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

const loadSdk: () => Promise<GenAiModule> = loadOnceUnlessFailed(() => import('@google/genai'));

/**
 * Loads the SDK, and the parts of Node's fetch it calls on a request, ahead of the first request:
 * a host calls it when it is idle (the extension soon after activation), so that the writer's
 * first Generate does not wait for them. Never throws: a failed load is tried again on the request.
 */
export async function preloadSdk(): Promise<void> {
  try {
    await loadSdk();
    // Node loads its fetch implementation on first use of these globals.
    new Headers();
  } catch {
    // The first request loads it, or reports why it cannot.
  }
}

/**
 * The API version, set explicitly: `@google/genai` 2.x defaults to `v1beta` and 3.x to `v1`, and
 * `responseJsonSchema` and `thinkingConfig.thinkingLevel` are served on `v1beta`. (We stay on
 * the 2.x SDK: 3.x needs Node 22, and the headless command, tests and benchmarks run on Node 20.)
 */
const GEMINI_API_VERSION = 'v1beta';

/** The real client: `@google/genai` talking to the Gemini Developer API (never Vertex). */
export const createSdkClient: ClientFactory = async ({ apiKey, baseUrl }) => {
  const { GoogleGenAI } = await loadSdk();
  // No SDK retries (retryOptions unset) and no SDK timeout: the service owns both.
  const ai: GoogleGenAI = new GoogleGenAI({
    apiKey,
    vertexai: false,
    apiVersion: GEMINI_API_VERSION,
    httpOptions: { apiVersion: GEMINI_API_VERSION, ...(baseUrl ? { baseUrl } : {}) },
  });
  return {
    async generateStream(params, signal) {
      const stream = await ai.models.generateContentStream({
        model: params.model,
        contents: userTurn(params.prompt),
        config: { ...sdkConfig(params), abortSignal: signal },
      });
      return stream as AsyncIterable<ResponseChunk>;
    },
    async createCache(params, signal) {
      const cache = await ai.caches.create({
        model: params.model,
        config: {
          contents: userTurn(params.text),
          systemInstruction: params.systemInstruction,
          ttl: `${params.ttlSeconds}s`,
          displayName: params.displayName,
          abortSignal: signal,
        },
      });
      if (!cache.name) throw new Error('caches.create returned no name');
      return { name: cache.name, ...(cache.usageMetadata?.totalTokenCount !== undefined ? { tokens: cache.usageMetadata.totalTokenCount } : {}) };
    },
    async deleteCache(name, signal) {
      await ai.caches.delete({ name, config: { abortSignal: signal } });
    },
    async createBatch(model, requests, displayName, signal) {
      const job = await ai.batches.create({
        model,
        src: { inlinedRequests: requests.map((r) => ({ contents: userTurn(r.prompt), metadata: { key: r.key }, config: sdkConfig(r) })) },
        config: { displayName, abortSignal: signal },
      });
      return batchInfo(job);
    },
    async getBatch(name, signal) {
      return batchInfo(await ai.batches.get({ name, config: { abortSignal: signal } }));
    },
    async cancelBatch(name, signal) {
      await ai.batches.cancel({ name, config: { abortSignal: signal } });
    },
    async getModel(model, signal) {
      return modelInfo(await ai.models.get({ model, config: { abortSignal: signal } }));
    },
    async countTokens(model, texts, signal) {
      // The Developer API's countTokens takes no systemInstruction (the SDK refuses it outside
      // Vertex), so the caller passes it as a content of its own.
      const contents = texts.map((text) => ({ role: 'user', parts: [{ text }] }));
      const counted = await ai.models.countTokens({ model, contents, config: { abortSignal: signal } });
      return counted.totalTokens ?? 0;
    },
    async listModels(signal) {
      const models: ModelInfo[] = [];
      const pager = await ai.models.list({ config: { pageSize: 100, abortSignal: signal } });
      for await (const model of pager) models.push(modelInfo(model));
      return models;
    },
  };
};

function userTurn(text: string): import('@google/genai').Content[] {
  return [{ role: 'user', parts: [{ text }] }];
}

/** The generation config as the SDK takes it, with the system instruction or the cache (never both). */
function sdkConfig(params: GenerateParams): import('@google/genai').GenerateContentConfig {
  return {
    ...params.config,
    // Our literals are the wire values of the SDK's `ThinkingLevel` enum.
    thinkingConfig: params.config.thinkingConfig as import('@google/genai').ThinkingConfig | undefined,
    ...(params.cachedContent ? { cachedContent: params.cachedContent } : params.systemInstruction ? { systemInstruction: params.systemInstruction } : {}),
  };
}

function batchInfo(job: import('@google/genai').BatchJob): BatchJobInfo {
  if (!job.name) throw new Error('the batch job has no name');
  const inlined = job.dest?.inlinedResponses;
  return {
    name: job.name,
    state: job.state ?? 'JOB_STATE_UNSPECIFIED',
    ...(inlined
      ? {
          responses: inlined.map((r) => ({
            ...(r.metadata?.['key'] !== undefined ? { key: r.metadata['key'] } : {}),
            ...(r.response ? { response: r.response as ResponseChunk } : {}),
            ...(r.error
              ? { error: { ...(r.error.code !== undefined ? { code: r.error.code } : {}), ...(r.error.message !== undefined ? { message: r.error.message } : {}) } }
              : {}),
          })),
        }
      : {}),
  };
}

function modelInfo(model: import('@google/genai').Model): ModelInfo {
  return {
    name: model.name,
    displayName: model.displayName,
    description: model.description,
    inputTokenLimit: model.inputTokenLimit,
    outputTokenLimit: model.outputTokenLimit,
    thinking: model.thinking,
    supportedActions: model.supportedActions,
  };
}
