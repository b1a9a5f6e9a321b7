import { posix } from 'node:path';
import * as z from 'zod';
import { writeFileAtomic } from '../checkpoint/atomicWrite';
import { workDir } from '../checkpoint/storyPaths';
import type { FileSystem, Logger } from '../ports';
import { CONTINUITY_CATEGORIES } from './prompts';

/**
 * What continuity remembers between checks, under `.story-writer/continuity.json`: for each
 * chapter, the key its last check ran under (the hash of everything it read) and the model's
 * findings. The same key means the same answer, so nothing is asked again; losing this file costs
 * calls, never text. (A facts file records its own key, in its front matter.)
 */

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
  version: z.literal(2),
  checks: z.record(z.string(), checkRecordSchema),
});

export type CheckRecord = z.infer<typeof checkRecordSchema>;
export type StoredFinding = z.infer<typeof storedFindingSchema>;
type StoreData = z.infer<typeof storeSchema>;

export function continuityStorePath(storyDir: string): string {
  return posix.join(workDir(storyDir), 'continuity.json');
}

/** Saves to one store file, one at a time in this process: checks running at once (a run's chapters) each add their records. */
const SAVING = new Map<string, Promise<void>>();

export class ContinuityStore {
  /** Records this instance set, written over what is on disk when it saves. */
  private readonly changed = new Map<string, CheckRecord>();

  private constructor(
    private readonly fs: FileSystem,
    private readonly path: string,
    private readonly data: StoreData,
    private readonly log: Logger,
  ) {}

  static async load(fs: FileSystem, storyDir: string, log: Logger): Promise<ContinuityStore> {
    const path = continuityStorePath(storyDir);
    return new ContinuityStore(fs, path, await readStore(fs, path, log), log);
  }

  check(chapter: number): CheckRecord | undefined {
    return this.data.checks[String(chapter)];
  }

  setCheck(chapter: number, record: CheckRecord): Promise<void> {
    this.data.checks[String(chapter)] = record;
    this.changed.set(String(chapter), record);
    return this.save();
  }

  private save(): Promise<void> {
    const write = async () => {
      const onDisk = await readStore(this.fs, this.path, this.log);
      for (const [chapter, record] of this.changed) onDisk.checks[chapter] = record;
      await writeFileAtomic(this.fs, this.path, `${JSON.stringify(onDisk, null, 2)}\n`);
    };
    const saving = (SAVING.get(this.path) ?? Promise.resolve()).then(write, write);
    SAVING.set(this.path, saving);
    return saving.finally(() => {
      if (SAVING.get(this.path) === saving) SAVING.delete(this.path);
    });
  }
}

async function readStore(fs: FileSystem, path: string, log: Logger): Promise<StoreData> {
  const empty: StoreData = { version: 2, checks: {} };
  if (!(await fs.stat(path))) return empty;
  try {
    const parsed = storeSchema.safeParse(JSON.parse(new TextDecoder().decode(await fs.readFile(path))));
    if (parsed.success) return parsed.data;
    log.warn(`${path}: not a continuity record this version reads; checking afresh`);
  } catch (e) {
    log.warn(`${path}: unreadable (${(e as Error).message}); checking afresh`);
  }
  return empty;
}
