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
  readonly systemInstruction?: string;
  readonly config: GenerationConfig;
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
        contents: [{ role: 'user', parts: [{ text: params.prompt }] }],
        config: {
          ...params.config,
          // Our literals are the wire values of the SDK's `ThinkingLevel` enum.
          thinkingConfig: params.config.thinkingConfig as import('@google/genai').ThinkingConfig | undefined,
          ...(params.systemInstruction ? { systemInstruction: params.systemInstruction } : {}),
          abortSignal: signal,
        },
      });
      return stream as AsyncIterable<ResponseChunk>;
    },
    async getModel(model, signal) {
      return modelInfo(await ai.models.get({ model, config: { abortSignal: signal } }));
    },
    async listModels(signal) {
      const models: ModelInfo[] = [];
      const pager = await ai.models.list({ config: { pageSize: 100, abortSignal: signal } });
      for await (const model of pager) models.push(modelInfo(model));
      return models;
    },
  };
};

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
