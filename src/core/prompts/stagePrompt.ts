import * as z from 'zod';
import type { ModelStage } from '../stages';
import { contentHash } from '../hash';
import type { ParseResult } from '../story/problem';

/**
 * What every prompt builder returns: the model-independent half of a `GenerateRequest` (the
 * runner adds model, temperature and token limits from settings) and a hash of it. The hash goes
 * into the generated file's front matter: when a prompt template or an input changes, the hash
 * changes and the stage is stale; when nothing changed, nothing is re-run.
 */
export interface StagePrompt {
  readonly stage: ModelStage;
  /** Which template: `main`, `fallback` (after repeated failures) or `continue` (resume / extend). */
  readonly variant: 'main' | 'fallback' | 'continue';
  readonly systemInstruction: string;
  readonly prompt: string;
  readonly promptHash: string;
  /** Words the reply is expected to hold (a chapter's length, an outline's entries): sizes the output budget. */
  readonly replyWords?: number;
}

/** The prompt with the size of the reply it asks for. */
export function expectingWords<P extends StagePrompt>(prompt: P, replyWords: number): P {
  return { ...prompt, replyWords: Math.max(1, Math.round(replyWords)) };
}

/** A structured stage's prompt: the reply is JSON for `schema` (send it as `responseJsonSchema`). */
export interface StructuredPrompt<T> extends StagePrompt {
  readonly schema: z.ZodType<T>;
}

/**
 * A fallback prompt asks for the stage's Markdown file itself instead of JSON (no schema to trip
 * over); `parseReply` reads the reply with the same tolerant reader used for the writer's edits.
 */
export interface MarkdownPrompt<T> extends StagePrompt {
  readonly parseReply: (text: string) => ParseResult<T>;
}

/** Bump when the meaning of the hashed material changes without its text changing. */
export const PROMPT_FORMAT_VERSION = 1;

export function promptHash(parts: { stage: ModelStage; variant: StagePrompt['variant']; systemInstruction: string; prompt: string; schema?: z.ZodType }): string {
  const schemaJson = parts.schema ? JSON.stringify(z.toJSONSchema(parts.schema)) : '';
  return contentHash(JSON.stringify([PROMPT_FORMAT_VERSION, parts.stage, parts.variant, parts.systemInstruction, parts.prompt, schemaJson]));
}

export function stagePrompt(stage: ModelStage, variant: StagePrompt['variant'], systemInstruction: string, prompt: string): StagePrompt {
  return { stage, variant, systemInstruction, prompt, promptHash: promptHash({ stage, variant, systemInstruction, prompt }) };
}

export function structuredPrompt<T>(stage: ModelStage, systemInstruction: string, prompt: string, schema: z.ZodType<T>): StructuredPrompt<T> {
  return { stage, variant: 'main', systemInstruction, prompt, schema, promptHash: promptHash({ stage, variant: 'main', systemInstruction, prompt, schema }) };
}
