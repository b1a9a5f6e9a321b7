import * as z from 'zod';
import { writeFileAtomic } from '../../checkpoint/atomicWrite';
import { runStatePath } from '../../checkpoint/storyPaths';
import type { FileSystem } from '../../ports';
import { isItemId, type ItemId } from './items';

/**
 * What the files cannot say: that an item's last run failed (and why) or was skipped under
 * `skip_optional`. Kept in `<story>/.story-writer/run-state.json`; losing it only loses those
 * labels (a failed item without a file reads as pending, and is retried either way).
 */
const recordSchema = z.object({
  state: z.enum(['failed', 'skipped']),
  reason: z.string(),
  /** The error kind (`content-blocked`, `invalid-json`, …) for failures. */
  kind: z.string().optional(),
  at: z.string(),
  /** Input hashes at the time: a skipped item whose inputs changed is worth another try. */
  inputs: z.record(z.string(), z.string()),
});
export type RunRecord = z.infer<typeof recordSchema>;

/**
 * `made`: items the workflow has written at least once. A made item whose file is gone was
 * deleted by the writer, who wants a fresh take, not the cached one. (Optional, so a file from
 * before it still reads; an older version ignores it.)
 */
const fileSchema = z.object({ version: z.literal(1), items: z.record(z.string(), recordSchema), made: z.array(z.string()).optional() });
type RunStateFile = z.infer<typeof fileSchema>;

interface RunState {
  readonly records: Map<ItemId, RunRecord>;
  readonly made: Set<ItemId>;
}

const decoder = new TextDecoder();

export async function readRunRecords(fs: FileSystem, storyDir: string): Promise<Map<ItemId, RunRecord>> {
  return (await readRunState(fs, storyDir)).records;
}

async function readRunState(fs: FileSystem, storyDir: string): Promise<RunState> {
  const path = runStatePath(storyDir);
  const empty = (): RunState => ({ records: new Map(), made: new Set() });
  if (!(await fs.stat(path))) return empty();
  try {
    const parsed = fileSchema.safeParse(JSON.parse(decoder.decode(await fs.readFile(path))));
    if (!parsed.success) return empty();
    // An id this version does not know (a hand edit, a future stage) has no item to label.
    return {
      records: new Map(Object.entries(parsed.data.items).flatMap(([id, record]) => (isItemId(id) ? [[id, record] as const] : []))),
      made: new Set((parsed.data.made ?? []).filter(isItemId)),
    };
  } catch {
    return empty();
  }
}

/** The run's copy of the records; every change is written through, one write at a time. */
export class RunRecords {
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly fs: FileSystem,
    private readonly storyDir: string,
    private readonly records: Map<ItemId, RunRecord>,
    private readonly made: Set<ItemId>,
  ) {}

  static async load(fs: FileSystem, storyDir: string): Promise<RunRecords> {
    const state = await readRunState(fs, storyDir);
    return new RunRecords(fs, storyDir, state.records, state.made);
  }

  /** Whether the workflow has written this item before (in this run or an earlier one). */
  wasMade(id: ItemId): boolean {
    return this.made.has(id);
  }

  /** The item was just written: a failure or skip record goes, and it is known to have been made. */
  madeNow(id: ItemId): Promise<void> {
    const changed = this.records.delete(id) || !this.made.has(id);
    this.made.add(id);
    return changed ? this.persist() : this.writing;
  }

  get(id: ItemId): RunRecord | undefined {
    return this.records.get(id);
  }

  set(id: ItemId, record: RunRecord): Promise<void> {
    this.records.set(id, record);
    return this.persist();
  }

  clear(id: ItemId): Promise<void> {
    if (!this.records.delete(id)) return this.writing;
    return this.persist();
  }

  private persist(): Promise<void> {
    const snapshot: RunStateFile = { version: 1, items: Object.fromEntries(this.records), ...(this.made.size > 0 ? { made: [...this.made].sort() } : {}) };
    const text = `${JSON.stringify(snapshot, null, 2)}\n`;
    this.writing = this.writing.catch(() => undefined).then(() => writeFileAtomic(this.fs, runStatePath(this.storyDir), text));
    return this.writing;
  }
}
