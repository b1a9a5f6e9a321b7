// The models the server knows, what each accepts, and their `GET /models` descriptions in
// Gemini's shape. The catalog is the API's as of 2026-11 (the SDK 3.3.0 README uses
// gemini-3.8-flash); the 2.5 and 2.0 models answer new keys with the 404 of
// `404-model-retired-new-users.json`.
import type { FakeModelInfo, FakeThinking } from './types';

export const DEFAULT_MODELS: readonly string[] = [
  'gemini-3.8-flash',
  'gemini-3.7-flash',
  'gemini-3.6-flash',
  'gemini-3.5-flash',
  'gemini-3.5-flash-lite',
  'gemini-3.1-pro-preview',
  'gemini-flash-latest',
  'gemini-flash-lite-latest',
  'gemini-pro-latest',
];

/** Models that exist but are no longer offered to new keys. */
export const RETIRED_MODELS: readonly string[] = ['gemini-2.5-flash', 'gemini-2.5-pro', 'gemini-2.5-flash-lite', 'gemini-2.0-flash'];

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

/**
 * How a model is told to think, from its id unless given: 3.5 and later by level (3.5 Flash-Lite
 * and 3.6 Flash also take MINIMAL), 2.5 by budget (2.5 Pro cannot turn it off), others not at all.
 */
export function thinkingOf(model: FakeModelInfo): FakeThinking {
  if (model.thinking) return model.thinking;
  const id = model.id;
  if (/^gemini-3\.5-flash-lite|^gemini-3\.6-flash|^gemini-flash-lite-latest$/.test(id)) return { by: 'level', levels: ['minimal', 'low', 'medium', 'high'] };
  if (/^gemini-([3-9]|flash-latest$|pro-latest$)/.test(id)) return { by: 'level', levels: ['low', 'medium', 'high'] };
  if (/^gemini-2\.5-pro/.test(id)) return { by: 'budget', minBudget: 128 };
  if (/^gemini-2\.5-flash-lite/.test(id)) return { by: 'budget', minBudget: 0, offByDefault: true };
  if (/^gemini-2\.5/.test(id)) return { by: 'budget', minBudget: 0 };
  return { by: 'none' };
}

export function thinks(model: FakeModelInfo): boolean {
  return thinkingOf(model).by !== 'none';
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

/** `gemini-3.5-flash-lite` → `Gemini 3.5 Flash-Lite`, as Google names them. */
function displayNameFor(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ')
    .replace(/ Lite$/, '-Lite');
}
