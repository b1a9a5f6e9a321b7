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
  /**
   * The opening of `prompt` that every chapter call of the stage sends in identical bytes, with
   * the same system instruction: the material they share (see `sharedOpening`). Gemini's implicit
   * cache reuses an identical request prefix; an explicit context cache holds exactly this.
   */
  readonly shared?: string;
}

/** Between the shared material and what is particular to one call. */
export const SHARED_SEPARATOR = '\n\n';

/** A prompt that opens with `shared` material and ends with what is particular to this call. */
export function sharedOpening(stage: ModelStage, variant: StagePrompt['variant'], systemInstruction: string, shared: string, particular: string): StagePrompt {
  return { ...stagePrompt(stage, variant, systemInstruction, `${shared}${SHARED_SEPARATOR}${particular}`), shared };
}

/** What follows the shared material: the part of the prompt a context cache does not hold. */
export function particularPart(prompt: StagePrompt): string {
  return prompt.shared !== undefined ? prompt.prompt.slice(prompt.shared.length + SHARED_SEPARATOR.length) : prompt.prompt;
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
