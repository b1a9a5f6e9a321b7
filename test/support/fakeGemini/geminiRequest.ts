// What the server needs from a generateContent / countTokens body, read defensively: the body
// comes from the real SDK, but a test may also send anything.
import { createHash } from 'node:crypto';
import type { FakeThinkingLevel } from './types';

type JsonObject = Readonly<Record<string, unknown>>;

export interface ParsedGenerateBody {
  /** All text parts of `contents`, joined with newlines. */
  readonly promptText: string;
  readonly systemInstruction?: string;
  readonly generationConfig?: JsonObject;
  /** `responseMimeType: application/json`. */
  readonly wantsJson: boolean;
  /** The JSON Schema or Gemini Schema to answer with, when the call asks for JSON. */
  readonly responseSchema?: unknown;
  readonly maxOutputTokens?: number;
  /** `thinkingConfig.thinkingBudget`, when given. */
  readonly thinkingBudget?: number;
  /** `thinkingConfig.thinkingLevel`, lower-cased, when given. */
  readonly thinkingLevel?: FakeThinkingLevel;
  /** Texts of each content's parts, for countTokens' per-content breakdown. */
  readonly contentTexts: readonly (readonly string[])[];
}

export function parseGenerateBody(body: unknown): ParsedGenerateBody {
  const root = asObject(body) ?? {};
  // countTokens may wrap a whole generate request.
  const inner = asObject(root['generateContentRequest']) ?? root;
  const contents = Array.isArray(inner['contents']) ? inner['contents'] : [];
  const contentTexts = contents.map((c) => partTexts(asObject(c)?.['parts']));
  const system = asObject(inner['systemInstruction']);
  const systemText = system ? partTexts(system['parts']).join('\n') : undefined;
  const config = asObject(inner['generationConfig']);
  const wantsJson = config?.['responseMimeType'] === 'application/json';
  const schema = config?.['responseJsonSchema'] ?? config?.['responseSchema'];
  const thinking = asObject(config?.['thinkingConfig']);
  return {
    promptText: contentTexts.map((parts) => parts.join('\n')).join('\n'),
    ...(systemText !== undefined ? { systemInstruction: systemText } : {}),
    ...(config ? { generationConfig: config } : {}),
    wantsJson,
    ...(wantsJson && schema !== undefined ? { responseSchema: schema } : {}),
    ...optionalNumber('maxOutputTokens', config?.['maxOutputTokens']),
    ...optionalNumber('thinkingBudget', thinking?.['thinkingBudget']),
    ...(typeof thinking?.['thinkingLevel'] === 'string' ? { thinkingLevel: thinking['thinkingLevel'].toLowerCase() as FakeThinkingLevel } : {}),
    contentTexts,
  };
}

/** Identical requests → identical hash → identical reply (stream or not). */
export function requestHash(model: string, body: unknown): string {
  const root = asObject(body) ?? {};
  const key = JSON.stringify([model, root['contents'] ?? null, root['systemInstruction'] ?? null, root['generationConfig'] ?? null]);
  return createHash('sha256').update(key).digest('hex');
}

function partTexts(parts: unknown): string[] {
  if (!Array.isArray(parts)) return [];
  return parts.map((p) => asObject(p)?.['text']).filter((t): t is string => typeof t === 'string');
}

function optionalNumber<K extends string>(key: K, value: unknown): Partial<Record<K, number>> {
  return typeof value === 'number' && Number.isFinite(value) ? ({ [key]: value } as Record<K, number>) : {};
}

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}
