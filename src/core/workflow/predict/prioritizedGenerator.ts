import type { z } from 'zod';
import type { CallPriority } from '../../generation/callPriority';
import type { CallOptions, GenerateRequest, JsonResult, TextGenerator, TextResult } from '../../generation/textGenerator';

/** The generator with every call made at `priority` (a speculation's calls yield to the writer's). */
export function prioritizedGenerator(generator: TextGenerator, priority: CallPriority): TextGenerator {
  return {
    generateText: (request: GenerateRequest, options: CallOptions = {}): Promise<TextResult> => generator.generateText(request, { ...options, priority }),
    generateJson: <T>(request: GenerateRequest, schema: z.ZodType<T>, options: CallOptions = {}): Promise<JsonResult<T>> =>
      generator.generateJson(request, schema, { ...options, priority }),
  };
}
