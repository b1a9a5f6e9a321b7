// The models the server knows, and their `GET /models` descriptions in Gemini's shape.
import type { FakeModelInfo } from './types';

export const DEFAULT_MODELS: readonly string[] = ['gemini-2.5-flash', 'gemini-2.5-pro', 'gemini-2.5-flash-lite', 'gemini-2.0-flash'];

export interface ModelCatalog {
  find(id: string): FakeModelInfo | undefined;
  all(): readonly FakeModelInfo[];
}

export function modelCatalog(models: ReadonlyArray<string | FakeModelInfo> = DEFAULT_MODELS): ModelCatalog {
  const infos = models.map((m) => (typeof m === 'string' ? { id: m } : m));
  const byId = new Map(infos.map((m) => [m.id, m]));
  return {
    find: (id) => byId.get(id.replace(/^models\//, '')),
    all: () => infos,
  };
}

/** The 2.5 family thinks by default, except Flash-Lite (thinking off unless asked). */
export function thinks(model: FakeModelInfo): boolean {
  return model.thinking ?? (model.id.includes('2.5') && !model.id.includes('lite'));
}

/** A `Model` resource as `GET /v1beta/models/{id}` returns it. */
export function modelResource(model: FakeModelInfo): Record<string, unknown> {
  return {
    name: `models/${model.id}`,
    version: '001',
    displayName: model.displayName ?? displayNameFor(model.id),
    description: `Fake ${displayNameFor(model.id)} served by the Story Writer test server.`,
    inputTokenLimit: model.inputTokenLimit ?? 1_048_576,
    outputTokenLimit: model.outputTokenLimit ?? (thinks(model) ? 65_536 : 8_192),
    supportedGenerationMethods: ['generateContent', 'countTokens', 'createCachedContent', 'batchGenerateContent'],
    temperature: 1,
    topP: 0.95,
    topK: 64,
    maxTemperature: 2,
    ...(thinks(model) ? { thinking: true } : {}),
  };
}

/** `gemini-2.5-flash-lite` → `Gemini 2.5 Flash-Lite`, as Google names them. */
function displayNameFor(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ')
    .replace(/ Lite$/, '-Lite');
}
