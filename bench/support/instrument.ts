// Client-side timing. Two layers, both on this process's performance.now() clock:
//  - TimedGenerator wraps the TextGenerator the workflow calls: the time the engine takes for one
//    request, from the runner asking to the runner holding the result (service, SDK, HTTP, parsing).
//  - instrumentFetch wraps globalThis.fetch, which the @google/genai SDK calls at request time: the
//    time of the HTTP exchange alone (request sent → last body byte read by the SDK).
// The server logs its own start and end of each request; the difference is the engine's overhead.
import { performance } from 'node:perf_hooks';
import type { z } from 'zod';
import type { CallOptions, GenerateRequest, JsonResult, TextGenerator, TextResult } from '../../src/core/generation/textGenerator';

export interface ClientCall {
  readonly label: string;
  readonly kind: 'text' | 'json';
  readonly prompt: string;
  readonly systemInstruction?: string;
  readonly startedAt: number;
  endedAt: number;
  fromCache: boolean;
  failed: boolean;
}

/** A TextGenerator that times every call it passes on. */
export class TimedGenerator implements TextGenerator {
  readonly calls: ClientCall[] = [];

  constructor(private readonly inner: TextGenerator) {}

  async generateText(request: GenerateRequest, options?: CallOptions): Promise<TextResult> {
    const call = this.begin('text', request, options);
    try {
      const result = await this.inner.generateText(request, options);
      this.end(call, result.fromCache, false);
      return result;
    } catch (e) {
      this.end(call, false, true);
      throw e;
    }
  }

  async generateJson<T>(request: GenerateRequest, schema: z.ZodType<T>, options?: CallOptions): Promise<JsonResult<T>> {
    const call = this.begin('json', request, options);
    try {
      const result = await this.inner.generateJson(request, schema, options);
      this.end(call, result.fromCache, false);
      return result;
    } catch (e) {
      this.end(call, false, true);
      throw e;
    }
  }

  private begin(kind: ClientCall['kind'], request: GenerateRequest, options: CallOptions | undefined): ClientCall {
    const call: ClientCall = {
      label: options?.label ?? '?',
      kind,
      prompt: request.prompt,
      ...(request.systemInstruction !== undefined ? { systemInstruction: request.systemInstruction } : {}),
      startedAt: performance.now(),
      endedAt: Number.NaN,
      fromCache: false,
      failed: false,
    };
    this.calls.push(call);
    return call;
  }

  private end(call: ClientCall, fromCache: boolean, failed: boolean): void {
    call.endedAt = performance.now();
    call.fromCache = fromCache;
    call.failed = failed;
  }
}

export interface FetchRecord {
  readonly url: string;
  readonly startedAt: number;
  headersAt: number;
  endedAt: number;
  /** The request body as sent (parsed only after the run, so timing is not disturbed). */
  readonly body: string | undefined;
}

export interface FetchProbe {
  readonly records: FetchRecord[];
  restore(): void;
}

/** Times every fetch until `restore()`. The body is passed through untouched. */
export function instrumentFetch(): FetchProbe {
  const original = globalThis.fetch;
  const records: FetchRecord[] = [];
  const timed: typeof fetch = async (input, init) => {
    const record: FetchRecord = {
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      startedAt: performance.now(),
      headersAt: Number.NaN,
      endedAt: Number.NaN,
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    records.push(record);
    const response = await original(input, init);
    record.headersAt = performance.now();
    if (!response.body) {
      record.endedAt = record.headersAt;
      return response;
    }
    const marker = new TransformStream<Uint8Array, Uint8Array>({
      flush() {
        record.endedAt = performance.now();
      },
    });
    return new Response(response.body.pipeThrough(marker), { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  globalThis.fetch = timed;
  return {
    records,
    restore() {
      if (globalThis.fetch === timed) globalThis.fetch = original;
    },
  };
}

/** The prompt text and system instruction of a Gemini request body, as the server reads them. */
export function promptOfBody(body: string | undefined): { prompt: string; systemInstruction?: string } | undefined {
  if (body === undefined) return undefined;
  try {
    const parsed = JSON.parse(body) as {
      contents?: Array<{ parts?: Array<{ text?: string }> }>;
      systemInstruction?: { parts?: Array<{ text?: string }> } | string;
    };
    const prompt = (parsed.contents ?? []).flatMap((c) => (c.parts ?? []).map((p) => p.text ?? '')).join('\n');
    const si = parsed.systemInstruction;
    const systemInstruction = typeof si === 'string' ? si : si?.parts?.map((p) => p.text ?? '').join('\n');
    return { prompt, ...(systemInstruction !== undefined ? { systemInstruction } : {}) };
  } catch {
    return undefined;
  }
}
