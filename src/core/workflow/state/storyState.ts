import { posix } from 'node:path';
import type { BrokenStageFileError } from '../../checkpoint/brokenFile';
import type { CheckpointRead } from '../../checkpoint/checkpointFile';
import type { CheckpointMeta } from '../../checkpoint/meta';
import type { WorkflowStage } from '../../stages';
import type { Settings } from '../../config/settings';
import { bodyHash } from '../../hash';
import type { FileSystem } from '../../ports';
import type { Brief } from '../../story/brief';
import { parseBrief, type BriefParseResult } from '../../story/briefFile';
import { planChapters } from '../../story/chapterPlan';
import { buildGraph, describeInputKey, OUTLINE_FILE, parseOutlineSectionKey, type GraphItem, type OutlineChapterRef } from './graph';
import { itemId, type ItemId, type ItemStatus } from './items';
import { readOutlineChapters } from './outlineChapters';
import { readRunRecords, type RunRecord } from './runRecords';
import { StorySnapshot } from './storySnapshot';
import { BRIEF_FILE, CHAPTER_DIRS, stageFile, isChapterStage, partialFile } from '../../stages';
import { countWords } from '../../documents/wordCount';
import { parseBible } from '../../documents/bibleMarkdown';

export interface ItemState {
  readonly id: ItemId;
  readonly stage: WorkflowStage;
  readonly chapter?: number;
  /** Chapter title from the outline, for the tree. */
  readonly title?: string;
  /** Story-relative path, e.g. `04-draft/chapter-03.md`. */
  readonly file: string;
  /** Absolute path in the host's namespace. */
  readonly path: string;
  readonly state: ItemStatus;
  /** Why: which inputs changed (stale), the failure (failed), the damage (edited), … */
  readonly reason?: string;
  /** Stale only: the input keys whose hash changed (`02-bible.md`, `03-outline.md#chapter-3`). */
  readonly staleInputs?: readonly string[];
  readonly meta?: CheckpointMeta;
  readonly words?: number;
  /** The file is damaged: a typed error naming it (the item counts as `edited`). */
  readonly problem?: BrokenStageFileError;
}

export interface StoryState {
  readonly storyDir: string;
  readonly brief: BriefParseResult | undefined;
  readonly chapters: readonly OutlineChapterRef[];
  readonly items: readonly ItemState[];
  /** Chapter files whose chapter is no longer in the outline (left in place, never deleted). */
  readonly orphans: readonly string[];
  /** Things that stop the graph being complete, e.g. an outline whose chapters cannot be read. */
  readonly problems: readonly string[];
}

export interface StateOptions {
  readonly draftMode?: Settings['workflow.draftMode'];
}

/**
 * The state of every item, from the files' hashes alone: each file is read once, no model is
 * called. Safe to call while a run is going (it sees the files as they are).
 */
export async function computeStoryState(fs: FileSystem, storyDir: string, options: StateOptions = {}): Promise<StoryState> {
  const [snapshot, records] = await Promise.all([StorySnapshot.load(fs, storyDir), readRunRecords(fs, storyDir)]);
  return stateFromSnapshot(storyDir, snapshot, (id) => records.get(id), options);
}

/** The same computation over a snapshot the runner keeps current. */
export function stateFromSnapshot(storyDir: string, snapshot: StorySnapshot, recordOf: (id: ItemId) => RunRecord | undefined, options: StateOptions = {}): StoryState {
  const brief = snapshot.briefText === undefined ? undefined : briefOf(snapshot.briefText);
  const outline = outlineChaptersOf(snapshot, brief?.ok ? brief.brief : undefined);
  const graph = buildGraph(outline.chapters, options.draftMode ?? 'parallel');
  const hashes = new InputHashes(snapshot, outline.chapters);
  const items: ItemState[] = [];
  for (const item of graph) {
    const inputs = item.stage === 'manuscript' ? manuscriptInputs(outline.chapters, items) : item.inputs;
    items.push(itemState(item, inputs, { storyDir, snapshot, hashes, record: recordOf(item.id) }));
  }
  const placement = bibleWarnings(snapshot, items);
  if (placement.length > 0)
    items[items.findIndex((i) => i.id === 'bible')] = withWarnings(
      items.find((i) => i.id === 'bible')!,
      placement,
    );
  const known = new Set(graph.map((i) => i.file));
  const orphans = CHAPTER_DIRS.flatMap((dir) => snapshot.chapterFilesIn(dir)).filter((f) => !known.has(f));
  const problems = outline.problem ? [outline.problem] : [];
  problems.push(...placement);
  if (!brief) problems.unshift(`${BRIEF_FILE} is missing`);
  else if (!brief.ok) problems.unshift(...brief.problems.map((p) => p.message));
  return { storyDir, brief, chapters: outline.chapters, items, orphans, problems };
}

/**
 * What the writer's edits to the bible left in doubt (two characters that look merged, …), so the
 * tree can say so before a run builds prompts from it. Only an edited bible is read: a generated
 * one is as the run wrote it.
 */
function bibleWarnings(snapshot: StorySnapshot, items: readonly ItemState[]): string[] {
  const bible = items.find((i) => i.id === 'bible');
  const read = bible?.state === 'edited' ? snapshot.file(bible.file).read : undefined;
  if (read === undefined || read.kind === 'missing' || read.body === undefined) return [];
  const parsed = parseBible(read.body, { file: bible!.file });
  return parsed.ok ? (parsed.warnings ?? []).map((w) => w.message) : [];
}

function withWarnings(item: ItemState, warnings: readonly string[]): ItemState {
  return { ...item, reason: [item.reason, ...warnings].filter(Boolean).join('. ') };
}

/** Current hash of any input key. */
export class InputHashes {
  private readonly sections: Map<number, string>;

  constructor(
    private readonly snapshot: StorySnapshot,
    chapters: readonly OutlineChapterRef[],
  ) {
    this.sections = new Map(chapters.map((c) => [c.number, c.sectionHash]));
  }

  of(key: string): string | undefined {
    if (key === BRIEF_FILE) return this.snapshot.briefHash();
    const chapter = parseOutlineSectionKey(key);
    if (chapter !== undefined) return this.sections.get(chapter);
    return this.snapshot.file(key).hash;
  }

  /** The `inputs` map to record for an item made now. Missing inputs are left out. */
  record(keys: readonly string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const hash = this.of(key);
      if (hash !== undefined) out[key] = hash;
    }
    return out;
  }
}

/**
 * The manuscript is assembled from each chapter's revision when there is one to use (made, even
 * if edited or about to be remade), else from its draft: a skipped or failed revision falls back
 * to the draft.
 */
export function manuscriptInputs(chapters: readonly OutlineChapterRef[], items: readonly ItemState[]): string[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  return chapters.map((c) => {
    const revision = byId.get(itemId('revision', c.number));
    const usable = revision && (revision.state === 'done' || revision.state === 'edited' || revision.state === 'stale' || (revision.state === 'partial' && revision.meta));
    return usable ? revision.file : stageFile('draft', c.number);
  });
}

/** What an item's state is worked out from, besides the item and its expected inputs. */
export interface ItemSources {
  readonly storyDir: string;
  readonly snapshot: StorySnapshot;
  readonly hashes: InputHashes;
  readonly record: RunRecord | undefined;
}

export function itemState(item: GraphItem, inputs: readonly string[], sources: ItemSources): ItemState {
  const { snapshot, record } = sources;
  const base = {
    id: item.id,
    stage: item.stage,
    ...(item.chapter !== undefined ? { chapter: item.chapter } : {}),
    file: item.file,
    path: posix.join(sources.storyDir, item.file),
  };
  const entry = snapshot.file(item.file);
  const hasPartial = isChapterStage(item.stage) && item.chapter !== undefined && snapshot.hasPartial(partialFile(item.stage, item.chapter));
  const read = entry.read;
  switch (read.kind) {
    case 'missing': {
      // A failure's reason outranks its partial text (which the next attempt continues from).
      if (record?.state === 'failed') return { ...base, state: 'failed', reason: record.reason };
      if (hasPartial) return { ...base, state: 'partial', reason: 'interrupted: the next run continues from the saved text' };
      if (record?.state === 'skipped') {
        return sameInputs(record.inputs, sources.hashes.record(inputs))
          ? { ...base, state: 'skipped', reason: record.reason }
          : { ...base, state: 'pending', reason: 'skipped before; its inputs have changed since' };
      }
      return { ...base, state: 'pending' };
    }
    case 'broken':
      return {
        ...base,
        state: 'edited',
        reason: `${read.error.message}. It is kept as the writer's; regenerate with force to replace it (a backup is made).`,
        problem: read.error,
      };
    case 'hand-written':
      return { ...base, state: 'edited', reason: 'written by hand (no front matter)', words: wordsOf(read, read.body) };
    case 'checkpoint':
      return { ...base, ...checkpointState(item, inputs, sources, { read, hash: entry.hash, hasPartial }) };
  }
}

/** The state of an item whose file the workflow wrote: edited, failed, skipped, stale, partial or done. */
function checkpointState(
  item: GraphItem,
  inputs: readonly string[],
  { hashes, record }: ItemSources,
  file: { read: Extract<CheckpointRead, { kind: 'checkpoint' }>; hash: string | undefined; hasPartial: boolean },
): Omit<ItemState, 'id' | 'stage' | 'chapter' | 'file' | 'path'> {
  const { meta, body } = file.read;
  const words = wordsOf(file.read, body);
  // The entry's hash is bodyHash(body), worked out once when the file was read.
  if ((file.hash ?? bodyHash(body)) !== meta.bodyHash) return { state: 'edited', reason: 'edited by the writer', meta, words };
  if (record?.state === 'failed') return { state: 'failed', reason: record.reason, meta, words };
  if (record?.state === 'skipped' && sameInputs(record.inputs, hashes.record(inputs))) return { state: 'skipped', reason: record.reason, meta, words };
  const changed = changedInputs(meta.inputs, inputs, hashes, item.stage === 'manuscript');
  if (changed.length > 0) {
    if (file.hasPartial) return { state: 'partial', reason: 'interrupted while regenerating: the next run continues from the saved text', meta, words };
    return { state: 'stale', reason: staleReason(changed, hashes, meta.inputs, inputs), staleInputs: changed, meta, words };
  }
  return { state: 'done', meta, words };
}

/**
 * Inputs whose hash differs from the one recorded. Every recorded input counts (the file was
 * made from it); a key the graph expects but the file never recorded (made under another draft
 * mode) does not — except for the manuscript, whose set of chapters must match exactly.
 */
function changedInputs(recorded: Readonly<Record<string, string>>, expected: readonly string[], hashes: InputHashes, exact: boolean): string[] {
  const changed = Object.keys(recorded).filter((key) => hashes.of(key) !== recorded[key] || (exact && !expected.includes(key)));
  if (exact) {
    for (const key of expected) if (!(key in recorded)) changed.push(key);
  }
  return changed;
}

function staleReason(changed: readonly string[], hashes: InputHashes, recorded: Readonly<Record<string, string>>, expected: readonly string[]): string {
  const why = (key: string) => {
    if (!(key in recorded)) return 'is new';
    if (!expected.includes(key)) return 'is no longer part of it';
    return hashes.of(key) === undefined ? 'is gone' : 'changed';
  };
  const parts = changed.map((key) => `${describeInputKey(key)} ${why(key)}`);
  return parts.length > 3 ? `${parts.slice(0, 3).join(', ')} and ${parts.length - 3} more` : parts.join(', ');
}

function sameInputs(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

function outlineChaptersOf(snapshot: StorySnapshot, brief: Brief | undefined): { chapters: OutlineChapterRef[]; problem?: string } {
  const read = snapshot.file(OUTLINE_FILE).read;
  if (read.kind === 'missing') return { chapters: [] };
  if (read.kind === 'broken' && read.body === undefined) return { chapters: [], problem: read.error.message };
  // The runner recomputes the state after every file it writes; the outline is parsed once per
  // version of the file (and of the brief's per-chapter length, which fills in missing targets).
  const perChapter = brief ? planChapters(brief).wordsPerChapter : undefined;
  const memo = outlineMemo.get(read);
  if (memo && memo.perChapter === perChapter) return memo.value;
  const result = readOutlineChapters(read.body ?? '', brief);
  const value = result.ok ? { chapters: result.chapters } : { chapters: [], problem: result.problem };
  outlineMemo.set(read, { perChapter, value });
  return value;
}

/**
 * Derived facts of a file as read, kept as long as the snapshot keeps that read: a file that
 * changes gets a new read object, so nothing here can go out of date.
 */
const outlineMemo = new WeakMap<CheckpointRead, { perChapter: number | undefined; value: { chapters: OutlineChapterRef[]; problem?: string } }>();
const wordsMemo = new WeakMap<CheckpointRead, number>();
let briefMemo: { readonly text: string; readonly result: BriefParseResult } | undefined;

/** The brief parsed once per text (its YAML front matter is the costly part of a state). */
function briefOf(text: string): BriefParseResult {
  if (briefMemo?.text !== text) briefMemo = { text, result: parseBrief(text, BRIEF_FILE) };
  return briefMemo.result;
}

function wordsOf(read: CheckpointRead, body: string): number {
  let words = wordsMemo.get(read);
  if (words === undefined) {
    words = countWords(body);
    wordsMemo.set(read, words);
  }
  return words;
}
