import { posix } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../checkpoint/atomicWrite';
import { workDir } from '../checkpoint/storyPaths';
import type { FileSystem, Logger } from '../ports';
import { CONTINUITY_CATEGORIES } from './prompts';

/**
 * What continuity remembers between checks, under `.story-writer/continuity.json`: for each
 * chapter, the key its facts were extracted under (and the hash of the facts file as written, so
 * a writer's edit is recognised and kept), and the key its check ran under with the model's
 * findings. A key is the hash of everything the call read; the same key means the same answer,
 * so nothing is asked again. Losing this file costs calls, never text.
 */

const factsRecordSchema = z.object({
  key: z.string(),
  /** The facts file's body hash as extraction wrote it: a different hash now means the writer edited it. */
  writtenHash: z.string(),
});

const storedFindingSchema = z.object({
  category: z.enum(CONTINUITY_CATEGORIES),
  passage: z.string(),
  evidence: z.string(),
  evidenceSource: z.string(),
  explanation: z.string(),
  suggestedFix: z.string(),
});

const checkRecordSchema = z.object({
  key: z.string(),
  /** The chapter file the check read. */
  file: z.string(),
  findings: z.array(storedFindingSchema),
});

const storeSchema = z.object({
  version: z.literal(1),
  facts: z.record(z.string(), factsRecordSchema),
  checks: z.record(z.string(), checkRecordSchema),
});

export type FactsRecord = z.infer<typeof factsRecordSchema>;
export type CheckRecord = z.infer<typeof checkRecordSchema>;
export type StoredFinding = z.infer<typeof storedFindingSchema>;
type StoreData = z.infer<typeof storeSchema>;

export function continuityStorePath(storyDir: string): string {
  return posix.join(workDir(storyDir), 'continuity.json');
}

export class ContinuityStore {
  /** Writes are chained: two chapters finishing at once must not lose each other's record. */
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    private readonly fs: FileSystem,
    private readonly path: string,
    private readonly data: StoreData,
  ) {}

  static async load(fs: FileSystem, storyDir: string, log: Logger): Promise<ContinuityStore> {
    const path = continuityStorePath(storyDir);
    const empty: StoreData = { version: 1, facts: {}, checks: {} };
    if (!(await fs.stat(path))) return new ContinuityStore(fs, path, empty);
    try {
      const parsed = storeSchema.safeParse(JSON.parse(new TextDecoder().decode(await fs.readFile(path))));
      if (parsed.success) return new ContinuityStore(fs, path, parsed.data);
      log.warn(`${path}: not a continuity record this version reads; checking afresh`);
    } catch (e) {
      log.warn(`${path}: unreadable (${(e as Error).message}); checking afresh`);
    }
    return new ContinuityStore(fs, path, empty);
  }

  facts(chapter: number): FactsRecord | undefined {
    return this.data.facts[String(chapter)];
  }

  check(chapter: number): CheckRecord | undefined {
    return this.data.checks[String(chapter)];
  }

  setFacts(chapter: number, record: FactsRecord): Promise<void> {
    this.data.facts[String(chapter)] = record;
    return this.save();
  }

  setCheck(chapter: number, record: CheckRecord): Promise<void> {
    this.data.checks[String(chapter)] = record;
    return this.save();
  }

  private save(): Promise<void> {
    const write = async () => writeFileAtomic(this.fs, this.path, `${JSON.stringify(this.data, null, 2)}\n`);
    this.saving = this.saving.then(write, write);
    return this.saving;
  }
}
