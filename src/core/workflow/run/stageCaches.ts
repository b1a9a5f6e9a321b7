import type { ContextCaches } from '../../generation/contextCache';
import { GenerationError } from '../../generation/generationError';
import type { GenerateRequest } from '../../generation/textGenerator';
import { contentHash } from '../../hash';
import type { Clock, Logger } from '../../ports';
import { particularPart, type StagePrompt } from '../../prompts/stagePrompt';

/**
 * One explicit context cache per chapter stage of a run: the stage's system instruction and the
 * material its prompts share (`StagePrompt.shared`), made on the first call that needs it and
 * named by every call after; deleted when the stage ends. A cache lives `ttlSeconds` at most, so
 * a run that dies leaves nothing billable for long; a stage that runs longer than two thirds of
 * that gets a fresh one. When a cache cannot be made (the material is under the model's minimum,
 * or Gemini refuses), the stage runs uncached and the log says why, once.
 */

/**
 * How long a cache is needed: the stage's interactive calls (deleted when the stage ends), or a
 * batch job (deleted when the job is done, by this run or the one that resumes it).
 */
export type CacheLifetime = 'stage' | 'batch-job';

const TTL_SECONDS: Readonly<Record<CacheLifetime, number>> = {
  // A quarter of an hour, renewed after ten minutes.
  stage: 15 * 60,
  // A job may wait in Gemini's queue: two hours, after which its requests fail and are made again.
  'batch-job': 2 * 60 * 60,
};

interface Made {
  readonly name: string;
  readonly at: number;
}

export class StageCaches {
  /** Per shared material (model, system instruction, text): the cache in use, or none after a failure. */
  private readonly current = new Map<string, Promise<Made | undefined>>();
  private readonly made = new Set<string>();
  /** The material key of each cache made, to drop it when Gemini says it is gone. */
  private readonly keyOf = new Map<string, string>();

  constructor(
    private readonly port: ContextCaches | undefined,
    private readonly deps: { readonly log: Logger; readonly clock: Clock; readonly signal: AbortSignal; readonly title: () => string },
  ) {}

  get enabled(): boolean {
    return this.port !== undefined;
  }

  /**
   * The request for `prompt`: against its stage's cache when there is one (the cache holds the
   * system instruction and the shared opening, so the request carries neither), else `plain`.
   */
  async request(prompt: StagePrompt, plain: GenerateRequest, lifetime: CacheLifetime = 'stage'): Promise<GenerateRequest> {
    if (!this.port || prompt.shared === undefined) return plain;
    const made = await this.cacheFor(prompt, plain.model, lifetime);
    if (!made) return plain;
    const { systemInstruction: _held, ...rest } = plain;
    return { ...rest, prompt: particularPart(prompt), cachedContent: made.name };
  }

  /**
   * Sends `prompt` through `send`: against the stage's cache when there is one. A cache Gemini no
   * longer has (expired, or deleted elsewhere: a 403 "CachedContent not found") is dropped for the
   * rest of the stage and the call is sent again without it.
   */
  async send<T>(prompt: StagePrompt, plain: GenerateRequest, send: (request: GenerateRequest) => Promise<T>): Promise<T> {
    const request = await this.request(prompt, plain);
    if (request === plain || !request.cachedContent) return send(plain);
    try {
      return await send(request);
    } catch (error) {
      if (!(error instanceof GenerationError) || !/CachedContent not found/i.test(error.message)) throw error;
      this.gone(request.cachedContent);
      return send(plain);
    }
  }

  /** Deletes a cache an earlier run made (a batch job's, once the job is done). */
  async deleteNamed(name: string): Promise<void> {
    this.made.delete(name);
    await this.port?.delete(name);
  }

  /** Deletes every cache this run made (the stage is over). */
  async release(): Promise<void> {
    const names = [...this.made];
    this.made.clear();
    this.current.clear();
    await Promise.all(names.map((name) => this.port?.delete(name)));
    if (names.length > 0) this.deps.log.info(`Deleted ${names.length === 1 ? 'the context cache' : `${names.length} context caches`} of the stage`, { caches: names });
  }

  private gone(name: string): void {
    const key = this.keyOf.get(name);
    // Uncached from now on for this material: no new cache is asked for.
    if (key !== undefined) this.current.set(key, Promise.resolve(undefined));
    this.made.delete(name);
    this.deps.log.warn(`Context cache ${name} is gone (expired or deleted); the stage goes on uncached`);
  }

  private async cacheFor(prompt: StagePrompt, model: string, lifetime: CacheLifetime): Promise<Made | undefined> {
    const ttlSeconds = TTL_SECONDS[lifetime];
    const key = contentHash(JSON.stringify([model, prompt.systemInstruction, prompt.shared, lifetime]));
    const existing = this.current.get(key);
    if (existing) {
      const made = await existing;
      // Undefined: this material could not be cached; the stage runs uncached without asking again.
      if (!made || this.deps.clock.now() - made.at < (ttlSeconds * 1000 * 2) / 3) return made;
      if (this.current.get(key) !== existing) return this.current.get(key);
    }
    const creating = this.create(prompt, model, lifetime, key);
    this.current.set(key, creating);
    return creating;
  }

  private async create(prompt: StagePrompt, model: string, lifetime: CacheLifetime, key: string): Promise<Made | undefined> {
    const ttlSeconds = TTL_SECONDS[lifetime];
    const outcome = await this.port!.create(
      {
        model,
        systemInstruction: prompt.systemInstruction,
        text: prompt.shared ?? '',
        displayName: `story-writer ${prompt.stage}: ${this.deps.title()}`.slice(0, 120),
        ttlSeconds,
      },
      this.deps.signal,
    );
    if (outcome.kind === 'not-created') {
      this.deps.log.info(`${prompt.stage}: no context cache (${outcome.reason}); the stage runs uncached`);
      return undefined;
    }
    this.keyOf.set(outcome.name, key);
    // A batch job's cache outlives the stage when the job is left running: the job's end deletes it.
    if (lifetime === 'stage') this.made.add(outcome.name);
    this.deps.log.info(
      `${prompt.stage}: context cache ${outcome.name} created${outcome.tokens !== undefined ? ` (${outcome.tokens} tokens)` : ''}; it expires in ${ttlSeconds / 60} minutes unless deleted first`,
    );
    return { name: outcome.name, at: this.deps.clock.now() };
  }
}
