import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Clock, Logger } from '../core/ports';
import { DiskCache, type CachedReply, type StoredEntry } from './diskCache';

export type { CachedReply } from './diskCache';

export interface CacheConfig {
  readonly enabled: boolean;
  readonly ttlMs: number;
  readonly maxEntries: number;
  /** Byte cap for memory, and separately for disk. */
  readonly maxBytes: number;
  readonly persist: boolean;
}

export interface CacheStatistics {
  readonly entries: number;
  readonly bytes: number;
  readonly diskEntries: number;
  readonly diskBytes: number;
  readonly diskCorrupt: number;
}

/** Everything that decides a reply, and nothing else (never the key, never call options). */
export interface CacheKeyParts {
  readonly model: string;
  readonly systemInstruction?: string;
  readonly contents: string;
  readonly generationConfig: Readonly<Record<string, unknown>>;
}

const KEY_VERSION = 1;

/** sha256 of the request's deciding parts, with object keys sorted so order never matters. */
export function cacheKey(parts: CacheKeyParts): string {
  return createHash('sha256')
    .update(stableStringify({ v: KEY_VERSION, ...parts }))
    .digest('hex');
}

export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Replies already paid for: an in-memory LRU (entries, bytes and TTL bounded) in front of an
 * optional folder on disk that survives restarts. Disk writes happen in the background; `flush`
 * waits for them.
 */
export class ResponseCache {
  private memory: LRUCache<string, StoredEntry> | undefined;
  private disk: DiskCache | undefined;
  private readonly pendingWrites = new Set<Promise<void>>();

  constructor(
    private config: CacheConfig,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly dir?: string,
  ) {
    this.memory = this.createMemory(undefined);
    this.disk = this.createDisk();
  }

  get enabled(): boolean {
    return this.memory !== undefined;
  }

  async get(key: string): Promise<CachedReply | undefined> {
    if (!this.memory) return undefined;
    const hot = this.memory.get(key);
    if (hot) return hot.reply;
    const stored = await this.disk?.get(key).catch((error: unknown) => {
      this.logger.warn('Disk cache read failed', { error: String(error) });
      return undefined;
    });
    if (!stored) return undefined;
    const remaining = this.config.ttlMs - (this.clock.now() - stored.createdAt);
    if (remaining > 0) this.memory?.set(key, stored, { ttl: remaining });
    return stored.reply;
  }

  /** Stores a successful, complete reply in memory now and on disk soon. */
  set(key: string, reply: CachedReply): void {
    if (!this.memory) return;
    const entry: StoredEntry = { reply, createdAt: this.clock.now() };
    this.memory.set(key, entry);
    const disk = this.disk;
    if (!disk) return;
    const write = disk
      .set(key, entry)
      .catch((error: unknown) => this.logger.warn('Disk cache write failed', { error: String(error) }))
      .finally(() => this.pendingWrites.delete(write));
    this.pendingWrites.add(write);
  }

  /** Waits for background disk work (writes, the initial scan). */
  async flush(): Promise<void> {
    await this.disk?.whenReady();
    while (this.pendingWrites.size > 0) await Promise.all([...this.pendingWrites]);
  }

  async clear(): Promise<void> {
    this.memory?.clear();
    await this.flush();
    await this.disk?.clear();
  }

  statistics(): CacheStatistics {
    return {
      entries: this.memory?.size ?? 0,
      bytes: this.memory?.calculatedSize ?? 0,
      diskEntries: this.disk?.entries ?? 0,
      diskBytes: this.disk?.bytes ?? 0,
      diskCorrupt: this.disk?.corrupt ?? 0,
    };
  }

  /** Applies new limits, keeping what still fits and is still fresh. */
  reconfigure(config: CacheConfig): void {
    const before = this.config;
    this.config = config;
    const memoryChanged = before.enabled !== config.enabled || before.ttlMs !== config.ttlMs || before.maxEntries !== config.maxEntries || before.maxBytes !== config.maxBytes;
    if (memoryChanged) this.memory = this.createMemory(this.memory);
    if (!this.memory || !config.persist) {
      this.disk = undefined;
    } else if (this.disk) {
      this.disk.update({ maxBytes: config.maxBytes, ttlMs: config.ttlMs });
    } else {
      this.disk = this.createDisk();
    }
  }

  private createMemory(previous: LRUCache<string, StoredEntry> | undefined): LRUCache<string, StoredEntry> | undefined {
    const { enabled, ttlMs, maxEntries, maxBytes } = this.config;
    // A TTL of 0 means "keep nothing"; lru-cache would read it as "keep forever".
    if (!enabled || ttlMs <= 0) return undefined;
    const memory = new LRUCache<string, StoredEntry>({
      max: maxEntries,
      maxSize: maxBytes,
      sizeCalculation: (entry) => Math.max(1, Buffer.byteLength(JSON.stringify(entry.reply), 'utf8')),
      ttl: ttlMs,
      // Time is the service's Clock, read fresh on every check (no 1 ms caching).
      perf: { now: () => this.clock.now() },
      ttlResolution: 0,
      updateAgeOnGet: false,
    });
    // Oldest first, so recency survives the copy.
    for (const [key, entry] of [...(previous?.entries() ?? [])].reverse()) {
      const remaining = ttlMs - (this.clock.now() - entry.createdAt);
      if (remaining > 0) memory.set(key, entry, { ttl: remaining });
    }
    return memory;
  }

  private createDisk(): DiskCache | undefined {
    if (!this.dir || !this.memory || !this.config.persist) return undefined;
    return new DiskCache(this.dir, { maxBytes: this.config.maxBytes, ttlMs: this.config.ttlMs }, this.clock, this.logger);
  }
}
