// The Gemini service: plain Node, no `vscode`. Hosts construct it with `createGeminiService`.
export { GeminiService, createGeminiService, estimateTokens, type GeminiServiceOptions } from './geminiService';
export { configFromSettings, type GeminiServiceConfig } from './serviceConfig';
export {
  GeminiError,
  GEMINI_ERROR_KINDS,
  EXIT_CODES,
  exitCodeFor,
  isGeminiError,
  redact,
  type GeminiErrorKind,
  type GeminiErrorAction,
} from './errors';
export type { Subscription } from './changeEvent';
export type { GeminiClient, ClientSettings } from './sdkClient';
export type * from './types';
