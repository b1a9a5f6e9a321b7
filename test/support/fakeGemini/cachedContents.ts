// Explicit context caches (`cachedContents`) as the Developer API keeps them: created with a model,
// contents, a system instruction and a TTL; named `cachedContents/<id>`; gone after their expiry
// or a DELETE. A generate request that names one reads as if its contents and system instruction
// came first, and the usage reports those tokens as `cachedContentTokenCount`. Shapes: the SDK's
// `CachedContent` and `createCachedContentParametersToMldev` (@google/genai 2.32, dist/node/index.cjs);
// minimums: https://ai.google.dev/gemini-api/docs/caching (2,048 tokens for 2.5 models, 4,096 for
// 3.x); the two 400s: test/fixtures/gemini/400-cached-content-*.json and their sources in the README.
import { randomUUID } from 'node:crypto';
import { errorBody, type ErrorBody } from './errorBodies';
import { asObject, parseGenerateBody, type ParsedGenerateBody } from './geminiRequest';
import { implicitCacheMinTokens, promptTokenCount } from './tokenAccounting';

export interface StoredCache {
  readonly name: string;
  readonly model: string;
  readonly displayName?: string;
  readonly systemInstruction?: string;
  /** Text parts of the cached contents, per content. */
  readonly contentTexts: readonly (readonly string[])[];
  readonly tokens: number;
  readonly createTime: string;
  readonly expireAtMs: number;
  /** When it was deleted (epoch ms), if it was: how long it was stored is what Gemini bills. */
  deletedAtMs?: number;
}

/** A TTL string such as `"600s"` or `"3.5s"` in milliseconds; the API's default is an hour. */
function ttlMs(ttl: unknown): number {
  if (typeof ttl !== 'string') return 3_600_000;
  const seconds = Number(/^(\d+(?:\.\d+)?)s$/.exec(ttl)?.[1]);
  return Number.isFinite(seconds) ? seconds * 1000 : 3_600_000;
}

/** The 403 Gemini sends for a cache that does not exist (or belongs to another key). */
export function cacheNotFoundBody(name: string): ErrorBody {
  return { error: { code: 403, message: `CachedContent not found (or permission denied): ${name}`, status: 'PERMISSION_DENIED' } };
}

export type CacheUse =
  { readonly kind: 'none' } | { readonly kind: 'rejected'; readonly status: number; readonly body: unknown } | { readonly kind: 'cached'; readonly cache: StoredCache };

export class CachedContents {
  private readonly caches = new Map<string, StoredCache>();
  /** Every cache ever created, deleted ones included (tests count them). */
  readonly created: StoredCache[] = [];
  readonly deleted: string[] = [];

  constructor(
    private readonly now: () => number,
    private readonly loadFixtureBody: (name: string) => unknown,
  ) {}

  /** Caches that exist now. */
  get live(): readonly StoredCache[] {
    this.expire();
    return [...this.caches.values()];
  }

  create(body: unknown): { status: number; body: unknown } {
    const root = asObject(body) ?? {};
    const model = typeof root['model'] === 'string' ? root['model'].replace(/^models\//, '') : '';
    if (!model) return { status: 400, body: errorBody(400, 'CachedContent.model is required.') };
    const parsed = parseGenerateBody(body);
    const tokens = cacheTokens(parsed);
    // The caching guide's one table of minimums applies to explicit caches too.
    const minimum = implicitCacheMinTokens({ id: model });
    if (tokens < minimum) {
      const fixture = this.loadFixtureBody('400-cached-content-too-small') as ErrorBody;
      const message = fixture.error.message
        .replace(/total_token_count=\d+/, `total_token_count=${tokens}`)
        .replace(/min_total_token_count=\d+/, `min_total_token_count=${minimum}`);
      return { status: 400, body: { error: { ...fixture.error, message } } };
    }
    const now = this.now();
    const cache: StoredCache = {
      name: `cachedContents/${randomUUID().replace(/-/g, '').slice(0, 16)}`,
      model,
      ...(typeof root['displayName'] === 'string' ? { displayName: root['displayName'] } : {}),
      ...(parsed.systemInstruction !== undefined ? { systemInstruction: parsed.systemInstruction } : {}),
      contentTexts: parsed.contentTexts,
      tokens,
      createTime: new Date(now).toISOString(),
      expireAtMs: typeof root['expireTime'] === 'string' ? Date.parse(root['expireTime']) : now + ttlMs(root['ttl']),
    };
    this.caches.set(cache.name, cache);
    this.created.push(cache);
    return { status: 200, body: resource(cache) };
  }

  get(name: string): { status: number; body: unknown } {
    const cache = this.find(name);
    return cache ? { status: 200, body: resource(cache) } : { status: 403, body: cacheNotFoundBody(name) };
  }

  delete(name: string): { status: number; body: unknown } {
    const cache = this.find(name);
    if (!cache) return { status: 403, body: cacheNotFoundBody(name) };
    this.caches.delete(cache.name);
    this.deleted.push(cache.name);
    cache.deletedAtMs = this.now();
    return { status: 200, body: {} };
  }

  /** What a generate request's `cachedContent` means: nothing, a 400/403, or a cache to read first. */
  use(body: unknown): CacheUse {
    const root = asObject(body) ?? {};
    const name = root['cachedContent'];
    if (name === undefined) return { kind: 'none' };
    if (root['systemInstruction'] !== undefined || root['tools'] !== undefined || root['toolConfig'] !== undefined) {
      return { kind: 'rejected', status: 400, body: this.loadFixtureBody('400-cached-content-with-system-instruction') };
    }
    const cache = typeof name === 'string' ? this.find(name) : undefined;
    if (!cache) return { kind: 'rejected', status: 403, body: cacheNotFoundBody(String(name)) };
    return { kind: 'cached', cache };
  }

  clear(): void {
    this.caches.clear();
    this.created.length = 0;
    this.deleted.length = 0;
  }

  private find(name: string): StoredCache | undefined {
    this.expire();
    const full = name.startsWith('cachedContents/') ? name : `cachedContents/${name}`;
    return this.caches.get(full);
  }

  private expire(): void {
    const now = this.now();
    for (const [name, cache] of this.caches) if (cache.expireAtMs <= now) this.caches.delete(name);
  }
}

/** The request as the model reads it: the cache's system instruction and contents, then the request's own. */
export function withCache(parsed: ParsedGenerateBody, cache: StoredCache): ParsedGenerateBody {
  const contentTexts = [...cache.contentTexts, ...parsed.contentTexts];
  return {
    ...parsed,
    ...(cache.systemInstruction !== undefined ? { systemInstruction: cache.systemInstruction } : {}),
    contentTexts,
    promptText: contentTexts.map((parts) => parts.join('\n')).join('\n'),
  };
}

/** Counted as generate counts a prompt (tokenAccounting.ts), so a request's cached part never exceeds its prompt. */
function cacheTokens(parsed: ParsedGenerateBody): number {
  return promptTokenCount(parsed);
}

function resource(cache: StoredCache): Record<string, unknown> {
  return {
    name: cache.name,
    ...(cache.displayName !== undefined ? { displayName: cache.displayName } : {}),
    model: `models/${cache.model}`,
    createTime: cache.createTime,
    updateTime: cache.createTime,
    expireTime: new Date(cache.expireAtMs).toISOString(),
    usageMetadata: { totalTokenCount: cache.tokens },
  };
}
