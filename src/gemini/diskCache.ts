import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import type { Clock, Logger } from '../core/ports';

/** What a cached reply keeps: enough to rebuild a TextResult, never the request or the key. */
export const cachedReplySchema = z.object({
  text: z.string(),
  finishReason: z.string(),
  truncated: z.boolean(),
  model: z.string(),
  usage: z.object({
    promptTokens: z.number(),
    cachedTokens: z.number().optional(),
    outputTokens: z.number(),
    thinkingTokens: z.number(),
    totalTokens: z.number(),
  }),
});
export type CachedReply = z.infer<typeof cachedReplySchema>;

const entryFileSchema = z.object({ v: z.literal(1), createdAt: z.number(), reply: cachedReplySchema });

export interface StoredEntry {
  readonly reply: CachedReply;
  /** Clock time when the reply was received. */
  readonly createdAt: number;
}

export interface DiskCacheLimits {
  readonly maxBytes: number;
  readonly ttlMs: number;
}

interface IndexEntry {
  readonly bytes: number;
}

const ENTRY_SUFFIX = '.json';
const TEMP_SUFFIX = '.tmp';
const KEY_PATTERN = /^[0-9a-f]{16,128}$/;

/**
 * The persistent cache tier: one JSON file per reply, named by the request hash, in a folder of
 * its own. Writes go to a temporary file that is renamed into place, so a crash or a second
 * window never leaves half a file under a real name. Files that cannot be read are counted,
 * skipped and removed. The total size is capped by evicting the oldest files first.
 */
export class DiskCache {
  /** Insertion order is age order: the first entry is evicted first. */
  private readonly index = new Map<string, IndexEntry>();
  private totalBytes = 0;
  private corruptCount = 0;
  private readonly ready: Promise<void>;

  constructor(
    private readonly dir: string,
    private limits: DiskCacheLimits,
    private readonly clock: Clock,
    private readonly logger?: Logger,
  ) {
    this.ready = this.scan();
  }

  /** Resolves once the folder has been scanned (statistics are complete from then on). */
  whenReady(): Promise<void> {
    return this.ready;
  }

  get entries(): number {
    return this.index.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  get corrupt(): number {
    return this.corruptCount;
  }

  update(limits: DiskCacheLimits): void {
    this.limits = limits;
  }

  async get(key: string): Promise<StoredEntry | undefined> {
    await this.ready;
    if (!KEY_PATTERN.test(key)) return undefined;
    let raw: string;
    try {
      raw = await readFile(this.pathOf(key), 'utf8');
    } catch {
      this.forget(key);
      return undefined;
    }
    const entry = parseEntry(raw);
    if (!entry) {
      this.corruptCount++;
      this.logger?.warn('Skipped a corrupt disk cache entry', { file: `${key}${ENTRY_SUFFIX}` });
      await this.remove(key);
      return undefined;
    }
    if (this.clock.now() - entry.createdAt >= this.limits.ttlMs) {
      await this.remove(key);
      return undefined;
    }
    return entry;
  }

  async set(key: string, entry: StoredEntry): Promise<void> {
    await this.ready;
    if (!KEY_PATTERN.test(key)) return;
    const data = JSON.stringify({ v: 1, createdAt: entry.createdAt, reply: entry.reply });
    const bytes = Buffer.byteLength(data, 'utf8');
    if (bytes > this.limits.maxBytes) return;
    await mkdir(this.dir, { recursive: true });
    const temp = join(this.dir, `${key}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
    try {
      await writeFile(temp, data, 'utf8');
      await rename(temp, this.pathOf(key));
    } catch (error) {
      await rm(temp, { force: true }).catch(() => {});
      throw error;
    }
    this.forget(key);
    this.index.set(key, { bytes });
    this.totalBytes += bytes;
    await this.evictOverflow();
  }

  /**
   * Removes every entry in the folder, not only those this instance knows: another window (or
   * the headless command) shares the folder and may have written entries since the scan.
   */
  async clear(): Promise<void> {
    await this.ready;
    const onDisk = await readdir(this.dir).catch(() => [] as string[]);
    const keys = new Set([...this.index.keys(), ...onDisk.filter((name) => name.endsWith(ENTRY_SUFFIX)).map((name) => name.slice(0, -ENTRY_SUFFIX.length))]);
    await Promise.all([...keys].filter((key) => KEY_PATTERN.test(key)).map((key) => this.remove(key)));
  }

  private async evictOverflow(): Promise<void> {
    for (const key of this.index.keys()) {
      if (this.totalBytes <= this.limits.maxBytes) return;
      await this.remove(key);
    }
  }

  private async remove(key: string): Promise<void> {
    this.forget(key);
    await rm(this.pathOf(key), { force: true }).catch((error: unknown) => {
      this.logger?.warn('Could not remove a disk cache entry', { file: `${key}${ENTRY_SUFFIX}`, error: String(error) });
    });
  }

  private forget(key: string): void {
    const known = this.index.get(key);
    if (!known) return;
    this.totalBytes -= known.bytes;
    this.index.delete(key);
  }

  /** Indexes existing entries, oldest first, and sweeps temporary files a crash left behind. */
  private async scan(): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
      const names = await readdir(this.dir);
      const found: Array<{ key: string; bytes: number; mtimeMs: number }> = [];
      for (const name of names) {
        const path = join(this.dir, name);
        if (name.endsWith(TEMP_SUFFIX)) {
          await rm(path, { force: true }).catch(() => {});
          continue;
        }
        const key = name.slice(0, -ENTRY_SUFFIX.length);
        if (!name.endsWith(ENTRY_SUFFIX) || !KEY_PATTERN.test(key)) continue;
        const info = await stat(path).catch(() => undefined);
        if (info?.isFile()) found.push({ key, bytes: info.size, mtimeMs: info.mtimeMs });
      }
      found.sort((a, b) => a.mtimeMs - b.mtimeMs);
      for (const { key, bytes } of found) {
        this.index.set(key, { bytes });
        this.totalBytes += bytes;
      }
      await this.evictOverflow();
    } catch (error) {
      this.logger?.warn('Could not read the disk cache folder; continuing without it', { error: String(error) });
    }
  }

  private pathOf(key: string): string {
    return join(this.dir, `${key}${ENTRY_SUFFIX}`);
  }
}

function parseEntry(raw: string): StoredEntry | undefined {
  try {
    const parsed = entryFileSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { createdAt: parsed.data.createdAt, reply: parsed.data.reply } : undefined;
  } catch {
    return undefined;
  }
}
