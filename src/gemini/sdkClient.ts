import type { GoogleGenAI } from '@google/genai';

/**
 * The thin seam between the service and `@google/genai`. The SDK is loaded on first use only, so
 * the extension activates (and the CLI prints `--help`) without paying for it.
 */

/** The generation settings the service sends; a subset of the SDK's `GenerateContentConfig`. */
export interface GenerationConfig {
  readonly temperature?: number;
  readonly maxOutputTokens?: number;
  readonly thinkingConfig?: { readonly thinkingBudget: number };
  readonly responseMimeType?: string;
  readonly responseJsonSchema?: unknown;
}

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

export interface ModelInfo {
  readonly name?: string;
  readonly displayName?: string;
}

export interface GeminiClient {
  generateStream(params: GenerateParams, signal: AbortSignal): Promise<AsyncIterable<ResponseChunk>>;
  getModel(model: string, signal: AbortSignal): Promise<ModelInfo>;
}

export interface ClientSettings {
  readonly apiKey: string;
  /** Empty: the SDK's default, which honours GOOGLE_GEMINI_BASE_URL. */
  readonly baseUrl: string;
}

export type ClientFactory = (settings: ClientSettings) => Promise<GeminiClient>;

type GenAiModule = typeof import('@google/genai');

let sdkModule: Promise<GenAiModule> | undefined;

function loadSdk(): Promise<GenAiModule> {
  sdkModule ??= import('@google/genai');
  return sdkModule;
}

/** The real client: `@google/genai` talking to the Gemini Developer API (never Vertex). */
export const createSdkClient: ClientFactory = async ({ apiKey, baseUrl }) => {
  const { GoogleGenAI } = await loadSdk();
  // No SDK retries (retryOptions unset) and no SDK timeout: the service owns both.
  const ai: GoogleGenAI = new GoogleGenAI({
    apiKey,
    vertexai: false,
    ...(baseUrl ? { httpOptions: { baseUrl } } : {}),
  });
  return {
    async generateStream(params, signal) {
      const stream = await ai.models.generateContentStream({
        model: params.model,
        contents: [{ role: 'user', parts: [{ text: params.prompt }] }],
        config: {
          ...params.config,
          ...(params.systemInstruction ? { systemInstruction: params.systemInstruction } : {}),
          abortSignal: signal,
        },
      });
      return stream as AsyncIterable<ResponseChunk>;
    },
    async getModel(model, signal) {
      const info = await ai.models.get({ model, config: { abortSignal: signal } });
      return { name: info.name, displayName: info.displayName };
    },
  };
};
