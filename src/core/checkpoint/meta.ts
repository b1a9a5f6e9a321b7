import * as z from 'zod';
import { WORKFLOW_STAGES } from '../stages';

export const CHECKPOINT_FLAGS = [
  /** Far longer than its target (by more than `story.maxWordCount` allows against `story.targetWordCount`): flagged, never cut. */
  'overMaxWords',
  /** Still under 90% of its target after the extension requests. */
  'underTargetWords',
  /** Made with the simpler fallback prompt after structured replies kept failing. */
  'fallbackPrompt',
  /** Some fields were filled with defaults because the reply lacked them. */
  'defaults',
  /** The model stopped at its output limit (text kept as is). */
  'truncated',
  /** Made by a Batch API job (at half the price, within hours rather than seconds). */
  'batch',
] as const;
export type CheckpointFlag = (typeof CHECKPOINT_FLAGS)[number];

const count = z.number().int().nonnegative();

/**
 * The front matter of every generated file. `inputs` maps each input's story-relative path (or
 * `path#section` for a part of a file) to the hash of its body when this file was made; `bodyHash`
 * is the hash of this file's body as generated. Those two make the state of a file computable
 * from the files alone.
 */
export const checkpointMetaSchema = z.object({
  stage: z.enum(WORKFLOW_STAGES),
  chapter: z.number().int().positive().optional(),
  model: z.string().min(1),
  promptHash: z.string(),
  inputs: z.record(z.string(), z.string()),
  bodyHash: z.string().min(1),
  /** `promptTokens` includes `cachedTokens` (Gemini's cache), as `usageMetadata` counts them. */
  usage: z.object({ promptTokens: count, cachedTokens: count.optional(), outputTokens: count, thinkingTokens: count }),
  /** What making this file cost, USD, from the price table (absent for a model without a price, or no model call). */
  costUsd: z.number().nonnegative().optional(),
  durationMs: z.number().nonnegative(),
  generatedAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date and time'),
  words: count,
  status: z.literal('partial').optional(),
  flags: z.array(z.enum(CHECKPOINT_FLAGS)).optional(),
  cached: z.boolean().optional(),
});

export type CheckpointMeta = z.infer<typeof checkpointMetaSchema>;

/** Model name recorded for files assembled without a model call (the manuscript). */
export const NO_MODEL = 'none';

/**
 * Front matter key order as written: what the writer sees first is what the file is.
 * Undefined optional fields are dropped so the YAML stays short.
 */
export function metaToFrontMatter(meta: CheckpointMeta): Record<string, unknown> {
  const ordered: Record<string, unknown> = {
    stage: meta.stage,
    chapter: meta.chapter,
    status: meta.status,
    model: meta.model,
    words: meta.words,
    flags: meta.flags && meta.flags.length > 0 ? meta.flags : undefined,
    generatedAt: meta.generatedAt,
    durationMs: Math.round(meta.durationMs),
    usage: meta.usage,
    costUsd: meta.costUsd,
    cached: meta.cached,
    promptHash: meta.promptHash,
    bodyHash: meta.bodyHash,
    inputs: meta.inputs,
  };
  return Object.fromEntries(Object.entries(ordered).filter(([, v]) => v !== undefined));
}
