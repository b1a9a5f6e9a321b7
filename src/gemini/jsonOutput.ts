import * as z from 'zod';
import { GenerationError } from '../core/generation/generationError';

/** The JSON Schema Gemini is asked to follow: the input side of the zod schema we validate with. */
export function responseJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  // Gemini's schema subset has no use for the meta-schema URI.
  const { $schema: _ignored, ...rest } = json;
  return rest;
}

export type JsonParse<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** Models sometimes wrap JSON in a Markdown fence even when asked not to. */
export function stripJsonFences(text: string): string {
  const fenced = /^\s*```[a-zA-Z]*[ \t]*\r?\n?([\s\S]*?)\r?\n?```\s*$/.exec(text);
  return (fenced ? fenced[1]! : text).trim();
}

export function parseJsonReply<T>(text: string, schema: z.ZodType<T>): JsonParse<T> {
  let data: unknown;
  try {
    data = JSON.parse(stripJsonFences(text));
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: `does not match the schema: ${limit(z.prettifyError(result.error), 2000)}` };
}

const MAX_ECHOED_REPLY = 100_000;

/** The follow-up prompt of the one repair attempt: the task, the bad reply, what was wrong. */
export function repairPrompt(originalPrompt: string, badReply: string, problem: string): string {
  return [
    originalPrompt,
    '',
    '---',
    `Your previous reply to this request was rejected because it is ${problem}`,
    '',
    'Previous reply:',
    '<<<',
    limit(badReply, MAX_ECHOED_REPLY),
    '>>>',
    '',
    'Reply again with the corrected JSON only — no explanation, no Markdown code fences.',
  ].join('\n');
}

export function invalidJsonError(model: string, problem: string, reply: string): GenerationError {
  return new GenerationError(
    'invalid-json',
    `Gemini (${model}) did not return usable JSON, even after one repair attempt: the reply is ${limit(problem, 300).replace(/[.\s]+$/, '')}. Try again, or choose another model.`,
    { partialText: reply, reason: 'INVALID_JSON' },
  );
}

function limit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
