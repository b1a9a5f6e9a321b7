// Reading a case's story back: the run's JSON summary, item states, chapter files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyCheckpoint } from '../../../src/core/checkpoint/checkpointFile';
import { computeStoryState, type StoryState } from '../../../src/core/workflow/state/storyState';
import type { RequestInfo } from '../../support/fakeGemini';
import { chapterRequest } from './audit';
import type { CliResult, FaultWorkspace } from './workspace';
import { promptTask } from '../../support/promptTask';

/** The `--json` summary a `run` printed on stdout, if it printed one. */
export interface RunJson {
  readonly outcome: string;
  readonly exitCode: number;
  readonly items: Record<string, string>;
  readonly failures: Array<{ item: string; kind: string; message: string; chapter?: number }>;
  readonly backups: string[];
  readonly requests: number;
  readonly apiCalls: number;
  readonly cacheHits: number;
  readonly restarts: number;
  readonly statistics: { retries: number; diskCacheCorrupt?: number; circuitState?: string } & Record<string, unknown>;
}

export function runJson(result: CliResult): RunJson | undefined {
  const line = result.stdout.trim().split('\n').at(-1);
  if (!line?.startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as RunJson;
  } catch {
    return undefined;
  }
}

export async function storyState(ws: FaultWorkspace, storyDir = ws.storyDir): Promise<StoryState> {
  return computeStoryState(ws.fs, storyDir);
}

/** `id=state` for every item, e.g. `draft:02=failed`. */
export async function itemStates(ws: FaultWorkspace, storyDir = ws.storyDir): Promise<Record<string, string>> {
  const state = await storyState(ws, storyDir);
  return Object.fromEntries(state.items.map((i) => [i.id, i.state]));
}

export async function allDone(ws: FaultWorkspace, storyDir = ws.storyDir): Promise<boolean> {
  const state = await storyState(ws, storyDir);
  return state.items.length > 0 && state.items.every((i) => i.state === 'done');
}

export function describeStates(states: Record<string, string>): string {
  return Object.entries(states)
    .map(([id, s]) => `${id}=${s}`)
    .join(' ');
}

export function chapterPath(ws: FaultWorkspace, stage: 'draft' | 'revision', chapter: number, partial = false): string {
  return join(ws.storyDir, stage === 'draft' ? '04-draft' : '05-revision', `chapter-${String(chapter).padStart(2, '0')}${partial ? '.partial' : ''}.md`);
}

export function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The checkpoint metadata of a stage file, if it has valid metadata. */
export function metaOf(path: string): ReturnType<typeof classifyCheckpoint> {
  return classifyCheckpoint(readFileSync(path), path);
}

/** `scriptWhen` predicate: the draft (or revision) request of chapter `n`, main prompt only. */
export function isChapter(stage: 'draft' | 'revision', n: number): (r: RequestInfo) => boolean {
  return (r) => {
    const first = promptTask(r.promptText).split('\n', 1)[0] ?? '';
    return stage === 'draft' ? new RegExp(`^Write about \\d+ words: Chapter ${n}\\b`).test(first) : new RegExp(`^Revise Chapter ${n}\\b`).test(first);
  };
}

/** Requests the server logged for one chapter item. */
export function chapterRequests(ws: FaultWorkspace, stage: 'draft' | 'revision', n: number) {
  return ws.server.requests.filter((e) => {
    const c = chapterRequest(e);
    return c?.stage === stage && c.chapter === n;
  });
}

export function generateRequests(ws: FaultWorkspace) {
  return ws.server.requests.filter((e) => e.action === 'streamGenerateContent' || e.action === 'generateContent');
}

/** One line of what the writer saw: the last non-empty stderr line, without log lines. */
export function lastMessage(result: CliResult): string {
  const lines = result.stderr.split('\n').filter((l) => l.trim() && !/^\d{4}-\d\d-\d\dT/.test(l));
  return lines.at(-1) ?? '';
}

/** Stack frames in what the writer saw mean an unexplained crash. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /\n\s+at .+:\d+:\d+/.test(text);
}
