// What a case leaves behind, measured three ways:
// - words lost: every word the server sent for a chapter must be in that chapter's final or
//   `.partial.md` file, unless a later identical request replaced it (a clean retry);
// - corrupt files: every `.md` parses (brief as a brief, the rest as checkpoints whose body still
//   matches the hash it was written with), and the run records parse;
// - key occurrences: the key in any file of the case, any output, any log line, any request URL.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isTempName } from '../../../src/core/checkpoint/atomicWrite';
import { classifyCheckpoint } from '../../../src/core/checkpoint/checkpointFile';
import { bodyHash } from '../../../src/core/hash';
import { parseBrief } from '../../../src/core/story/briefFile';
import type { FakeGemini, RequestLogEntry } from '../../support/fakeGemini';
import { FAULT_KEY, type FaultWorkspace } from './workspace';
import { promptTask } from '../../support/promptTask';

export interface Audit {
  readonly wordsLost: number;
  readonly wordsLostInFlight: number;
  readonly lostDetails: string[];
  readonly corruptFiles: number;
  readonly corruptDetails: string[];
  readonly keyOccurrences: number;
  readonly keyDetails: string[];
  /** Requests that carried no key header (every request of the product must). */
  readonly headerViolations: number;
  /** Hidden `.name.tmp-…` files left by a write that never finished (harmless, but counted). */
  readonly tempFiles: string[];
}

export interface AuditOptions {
  /** Absolute paths of files the case damaged on purpose: not counted as corrupt. */
  readonly damaged?: readonly string[];
  /** `performance.now()` times at which the case killed a run: words of requests in flight then are allowed to be lost. */
  readonly killedAt?: readonly number[];
  /** Other servers whose logs to check for the key as well. */
  readonly servers?: readonly FakeGemini[];
  /** The key to look for (default FAULT_KEY). */
  readonly key?: string;
  /** More text that reached the writer (e.g. error messages shown). */
  readonly texts?: readonly string[];
}

export async function audit(ws: FaultWorkspace, options: AuditOptions = {}): Promise<Audit> {
  const key = options.key ?? FAULT_KEY;
  const servers = [ws.server, ...(options.servers ?? [])];
  const words = await wordsLost(ws, options.killedAt ?? []);
  const corrupt = await corruptFiles(ws.storiesRoot, new Set(options.damaged ?? []));
  const keys = await keyOccurrences(ws, key, servers, options.texts ?? []);
  const headerViolations = servers.flatMap((s) => s.requests).filter((r) => !r.hadKeyHeader).length;
  return { ...words, ...corrupt, ...keys, headerViolations };
}

// ── Words ──────────────────────────────────────────────────────────────────────────────────────

interface ChapterRequest {
  readonly entry: RequestLogEntry;
  readonly stage: 'draft' | 'revision';
  readonly chapter: number;
}

/** Which chapter a generate request was for, from the prompt's first line and the system instruction. */
export function chapterRequest(entry: RequestLogEntry): ChapterRequest | undefined {
  if (entry.action !== 'streamGenerateContent' && entry.action !== 'generateContent') return undefined;
  const first = promptTask(entry.promptText).split('\n', 1)[0] ?? '';
  const draft = /^Write about \d+ words: Chapter (\d+)\b/.exec(first);
  if (draft) return { entry, stage: 'draft', chapter: Number(draft[1]) };
  const revise = /^Revise Chapter (\d+)\b/.exec(first);
  if (revise) return { entry, stage: 'revision', chapter: Number(revise[1]) };
  const cont = /^Continue Chapter (\d+)\b/.exec(first);
  if (cont) {
    const editor = (entry.systemInstruction ?? '').startsWith('You are a meticulous fiction editor');
    return { entry, stage: editor ? 'revision' : 'draft', chapter: Number(cont[1]) };
  }
  return undefined;
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** How many of `words`' leading tokens appear, in order and contiguous, in `haystack` (a ` a b c ` string). */
function savedPrefix(words: readonly string[], haystack: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (haystack.includes(` ${words.slice(0, mid).join(' ')} `)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

async function chapterFilesText(storiesRoot: string, stage: 'draft' | 'revision', chapter: number): Promise<string[]> {
  const folder = stage === 'draft' ? '04-draft' : '05-revision';
  const nn = String(chapter).padStart(2, '0');
  const texts: string[] = [];
  for (const story of await readdir(storiesRoot).catch(() => [] as string[])) {
    for (const name of [`chapter-${nn}.md`, `chapter-${nn}.partial.md`]) {
      const text = await readFile(join(storiesRoot, story, folder, name), 'utf8').catch(() => undefined);
      if (text !== undefined) texts.push(` ${tokens(text).join(' ')} `);
    }
  }
  return texts;
}

/**
 * A run that stops (a cancel, or a failure that ends it) closes its streams at once: a chunk the
 * server wrote in the last moments before the close may still have been on the wire, never read
 * by the product, so it cannot be in a file. Only those words, and only that close, are excused.
 */
function unreadAtClose(
  entry: { readonly endReason?: string; readonly endedAt?: number; readonly lastChunk?: { readonly at: number; readonly text: string } },
  missing: number,
): boolean {
  if (entry.endReason !== 'client-closed' || entry.endedAt === undefined || !entry.lastChunk) return false;
  return entry.endedAt - entry.lastChunk.at <= IN_FLIGHT_WINDOW_MS && missing <= tokens(entry.lastChunk.text).length;
}

/** How long a written chunk can take to be read by a client on this machine under load. */
const IN_FLIGHT_WINDOW_MS = 250;

async function wordsLost(ws: FaultWorkspace, killedAt: readonly number[]): Promise<Pick<Audit, 'wordsLost' | 'wordsLostInFlight' | 'lostDetails'>> {
  const requests = ws.server.requests.map(chapterRequest).filter((r): r is ChapterRequest => r !== undefined);
  let lost = 0;
  let inFlight = 0;
  const details: string[] = [];
  for (const [i, r] of requests.entries()) {
    const sent = tokens(r.entry.outputText);
    if (sent.length === 0) continue;
    // A later identical request for the same chapter replaced this reply on purpose (a retry).
    const retried = requests.slice(i + 1).some((later) => later.stage === r.stage && later.chapter === r.chapter && later.entry.promptText === r.entry.promptText);
    if (retried) continue;
    const files = await chapterFilesText(ws.storiesRoot, r.stage, r.chapter);
    const saved = Math.max(0, ...files.map((f) => savedPrefix(sent, f)));
    const missing = sent.length - saved;
    if (missing === 0) continue;
    const killedWhileInFlight = killedAt.some((k) => r.entry.startedAt <= k && (r.entry.endedAt === undefined || r.entry.endedAt >= k - 300));
    const inFlightAtClose = unreadAtClose(r.entry, missing);
    if (killedWhileInFlight || inFlightAtClose) inFlight += missing;
    else lost += missing;
    const why = killedWhileInFlight ? ' (in flight at a kill)' : inFlightAtClose ? ' (the last chunk, written as the client closed: never read)' : '';
    details.push(`${r.stage} ch${r.chapter} request #${r.entry.id} (${r.entry.endReason ?? 'open'}): ${missing} of ${sent.length} words in no file${why}`);
  }
  return { wordsLost: lost, wordsLostInFlight: inFlight, lostDetails: details };
}

// ── Files ──────────────────────────────────────────────────────────────────────────────────────

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Checks every story under `storiesRoot`. Backups are copies of whatever was there: not checked. */
export async function corruptFiles(storiesRoot: string, damaged: ReadonlySet<string>): Promise<Pick<Audit, 'corruptFiles' | 'corruptDetails' | 'tempFiles'>> {
  const details: string[] = [];
  const temps: string[] = [];
  for (const file of await walk(storiesRoot)) {
    const rel = relative(storiesRoot, file);
    const name = rel.split('/').at(-1) ?? rel;
    if (rel.split('/').includes('backups')) continue;
    if (isTempName(name)) {
      temps.push(rel);
      continue;
    }
    if (damaged.has(file)) continue;
    const bytes = await readFile(file).catch(() => undefined);
    if (!bytes) continue;
    if (name === 'run-state.json') {
      try {
        JSON.parse(bytes.toString('utf8'));
      } catch (e) {
        details.push(`${rel}: not JSON (${(e as Error).message})`);
      }
      continue;
    }
    if (!name.endsWith('.md')) continue;
    if (name === 'brief.md') {
      const brief = parseBrief(bytes.toString('utf8'), rel);
      if (!brief.ok) details.push(`${rel}: ${brief.problems.map((p) => p.message).join('; ')}`);
      continue;
    }
    const read = classifyCheckpoint(bytes, rel);
    if (read.kind === 'broken') details.push(read.error.message);
    else if (read.kind === 'hand-written') details.push(`${rel}: has no front matter (the workflow always writes it)`);
    else if (read.kind === 'checkpoint' && bodyHash(read.body) !== read.meta.bodyHash) details.push(`${rel}: body does not match its bodyHash (a torn or mixed write)`);
  }
  return { corruptFiles: details.length, corruptDetails: details, tempFiles: temps };
}

// ── The key ────────────────────────────────────────────────────────────────────────────────────

function occurrences(haystack: string | Buffer, needle: string): number {
  const buf = typeof haystack === 'string' ? Buffer.from(haystack, 'utf8') : haystack;
  const pattern = Buffer.from(needle, 'utf8');
  let n = 0;
  for (let at = buf.indexOf(pattern); at >= 0; at = buf.indexOf(pattern, at + pattern.length)) n++;
  return n;
}

async function keyOccurrences(ws: FaultWorkspace, key: string, servers: readonly FakeGemini[], texts: readonly string[]): Promise<Pick<Audit, 'keyOccurrences' | 'keyDetails'>> {
  const details: string[] = [];
  let total = 0;
  const count = (where: string, n: number) => {
    if (n === 0) return;
    total += n;
    details.push(`${where}: ${n}`);
  };
  // The workspace, the cache folder, the home folder and the config files all live under root.
  for (const file of await walk(ws.root)) count(relative(ws.root, file), occurrences(await readFile(file).catch(() => Buffer.alloc(0)), key));
  for (const [i, run] of ws.cliRuns.entries()) {
    count(`stdout of run ${i + 1}`, occurrences(run.stdout, key));
    count(`stderr of run ${i + 1}`, occurrences(run.stderr, key));
  }
  count('engine log lines', occurrences(ws.logger.lines.join('\n'), key));
  for (const [i, text] of texts.entries()) count(`message ${i + 1}`, occurrences(text, key));
  for (const entry of servers.flatMap((s) => s.requests)) {
    count(`URL of request #${entry.id}`, occurrences(entry.path, key) + Object.values(entry.query).reduce((n, v) => n + occurrences(v, key), 0));
    if (entry.keyInQuery) count(`?key= in request #${entry.id}`, 1);
  }
  return { keyOccurrences: total, keyDetails: details };
}
