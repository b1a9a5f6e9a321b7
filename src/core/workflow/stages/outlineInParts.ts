import type { CacheMode, JsonResult } from '../../generation/textGenerator';
import { addUsage } from '../../generation/usage';
import type { OutlinePromptInput } from '../../prompts/structuredPrompts';
import type { OutlineChapterReply, OutlineReply } from '../../documents/outline';
import type { GraphItem } from '../state/graph';
import type { RunContext } from '../run/runContext';
import { outlinePartPrompt, type PartRange } from '../../prompts/outlinePartPrompt';

/**
 * A long book's outline in parts small enough to fit one reply: ten chapters a call, each part
 * given the chapters before it. One reply holding forty chapters of JSON plus the model's thinking
 * can outgrow a model's output limit, and a cut JSON reply is worth nothing.
 */
export const OUTLINE_PART_CHAPTERS = 10;

export function needsParts(chapterCount: number): boolean {
  return chapterCount > OUTLINE_PART_CHAPTERS;
}

export function partRanges(chapterCount: number): PartRange[] {
  const ranges: PartRange[] = [];
  for (let from = 1; from <= chapterCount; from += OUTLINE_PART_CHAPTERS) ranges.push({ from, to: Math.min(chapterCount, from + OUTLINE_PART_CHAPTERS - 1) });
  return ranges;
}

/** The whole outline as one result: the parts' chapters numbered in order, usage and time summed. */
export async function generateOutlineInParts(ctx: RunContext, item: GraphItem, input: OutlinePromptInput, cache: CacheMode): Promise<JsonResult<OutlineReply>> {
  const chapters: OutlineChapterReply[] = [];
  const results: JsonResult<unknown>[] = [];
  for (const range of partRanges(input.chapterCount)) {
    const prompt = outlinePartPrompt(input, range, chapters);
    const result = await ctx.generation.generateJson(item, ctx.generation.request(prompt), prompt.schema, { cache });
    // The order of the parts is the order of the book, whatever numbers the model wrote.
    chapters.push(...result.value.chapters.map((chapter, i) => ({ ...chapter, number: range.from + i })));
    results.push(result);
  }
  const last = results[results.length - 1]!;
  return {
    ...last,
    value: { chapters },
    text: JSON.stringify({ chapters }),
    usage: results.map((r) => r.usage).reduce(addUsage),
    fromCache: results.every((r) => r.fromCache),
    apiCalls: results.reduce((sum, r) => sum + r.apiCalls, 0),
    truncated: results.some((r) => r.truncated),
    durationMs: results.reduce((sum, r) => sum + r.durationMs, 0),
  };
}
