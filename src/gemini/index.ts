// The Gemini service: plain Node, no `vscode`. Hosts construct it with `createGeminiService`; it
// implements the core's `TextGenerator` port and throws the core's `GenerationError`.
export { GeminiService, createGeminiService, type GeminiServiceOptions } from './geminiService';
export type { GeminiServiceConfig } from './serviceConfig';
export { redact } from './redact';
export { GeminiContextCaches } from './contextCaches';
export { GeminiBatchJobs } from './batchJobs';
export type { GeminiClient, ClientSettings, ModelInfo } from './sdkClient';
export type * from './types';
