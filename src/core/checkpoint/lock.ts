import { hostname as osHostname } from 'node:os';
import { posix } from 'node:path';
import * as z from 'zod';
import { systemClock } from '../clock';
import type { Clock, FileSystem } from '../ports';
import { writeFileAtomic } from './atomicWrite';
import { lockPath } from './storyPaths';

/**
 * One workflow run per story at a time, across windows, the headless command and processes.
 *
 * The lock is `<story>/.story-writer/lock`, a JSON record of who holds it. The FileSystem port has
 * no exclusive create, so acquisition uses a claim protocol over the port's own operations:
 *
 *   1. write a uniquely named claim file into `lock.claims/`;
 *   2. list the claims: if any other live claim is there, withdraw and refuse;
 *   3. as the sole claimant, read the lock: refuse if a live process holds it, else (free, or
 *      its holder is dead or stale) write our record;
 *   4. only then remove the claim.
 *
 * Guarantee: on a file system whose operations are seen in one order by everyone (local disks;
 * not eventually consistent network shares), two runs never both hold the lock — for both to win,
 * each one's listing would have to precede the other's claim, which is impossible. Two runs
 * colliding in the same instant both withdraw, back off a random moment and try again; after a
 * few collisions they are refused (safe: the writer just runs again). Within one process an
 * in-memory registry makes the check exact and synchronous.
 *
 * A lock is taken over when its process is gone (same host, `kill(pid, 0)` says ESRCH) or its
 * heartbeat (refreshed while held) is older than `staleAfterMs` — the only test possible for a
 * holder on another host, and the cure for a reused pid.
 */

export const lockRecordSchema = z.object({
  pid: z.number().int(),
  hostname: z.string(),
  startedAt: z.string(),
  heartbeatAt: z.string().optional(),
  owner: z.string(),
  token: z.string(),
});
export type LockRecord = z.infer<typeof lockRecordSchema>;

export class StoryLockedError extends Error {
  constructor(
    readonly storyDir: string,
    /** Undefined when another run was caught mid-acquisition (it has no record yet). */
    readonly holder: LockRecord | undefined,
  ) {
    super(
      holder
        ? `This story is being written by another run (${holder.owner}, pid ${holder.pid} on ${holder.hostname}, since ${holder.startedAt}). Wait for it to finish or cancel it.`
        : 'Another run is starting on this story right now. Wait for it, or try again.',
    );
    this.name = 'StoryLockedError';
  }
}

export interface LockOptions {
  /** Who is running, for the refusal message: `VS Code`, `story-writer CLI`, … */
  readonly owner: string;
  readonly clock?: Clock;
  /** A holder silent for longer than this is presumed gone. Default 10 minutes. */
  readonly staleAfterMs?: number;
  /** How often a held lock's heartbeat is refreshed. Default a sixth of `staleAfterMs`. */
  readonly heartbeatMs?: number;
  /** Seam for tests; default asks the OS. */
  readonly isProcessAlive?: (pid: number) => boolean;
}

export interface StoryLock {
  readonly record: LockRecord;
  /** The record this lock replaced, when it took over from a dead or stale holder. */
  readonly tookOverFrom?: LockRecord;
  /** Idempotent. Removes the lock only if it is still ours. */
  release(): Promise<void>;
}

const DEFAULT_STALE_MS = 10 * 60_000;
/** A claim lives for milliseconds; one this old was left by a process that died mid-acquire. */
const CLAIM_TTL_MS = 30_000;
/** Rounds of claiming when contenders keep colliding, before refusing. */
const CONTENDED_ROUNDS = 3;
const heldInThisProcess = new Set<string>();
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function acquireLock(fs: FileSystem, storyDir: string, options: LockOptions): Promise<StoryLock> {
  const key = posix.normalize(storyDir);
  if (heldInThisProcess.has(key)) throw new StoryLockedError(storyDir, await readLock(fs, storyDir));
  heldInThisProcess.add(key);
  try {
    const record = await claimAndWrite(fs, storyDir, options);
    return startHolding(fs, storyDir, key, options, record);
  } catch (e) {
    heldInThisProcess.delete(key);
    throw e;
  }
}

/** The current holder's record, if any (undefined also when the lock file is unreadable). */
export async function readLock(fs: FileSystem, storyDir: string): Promise<LockRecord | undefined> {
  const path = lockPath(storyDir);
  if (!(await fs.stat(path))) return undefined;
  try {
    const parsed = lockRecordSchema.safeParse(JSON.parse(decoder.decode(await fs.readFile(path))));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** True when the record's holder may still be running. */
export function isLockLive(record: LockRecord, options: Pick<LockOptions, 'clock' | 'staleAfterMs' | 'isProcessAlive'> = {}): boolean {
  const now = (options.clock ?? systemClock).now();
  const lastSign = Date.parse(record.heartbeatAt ?? record.startedAt);
  if (!Number.isFinite(lastSign) || now - lastSign > (options.staleAfterMs ?? DEFAULT_STALE_MS)) return false;
  if (record.hostname !== osHostname()) return true;
  return (options.isProcessAlive ?? processIsAlive)(record.pid);
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function claimAndWrite(fs: FileSystem, storyDir: string, options: LockOptions): Promise<{ mine: LockRecord; replaced?: LockRecord }> {
  const clock = options.clock ?? systemClock;
  for (let round = 1; ; round++) {
    const before = await readLock(fs, storyDir);
    if (before && isLockLive(before, options)) throw new StoryLockedError(storyDir, before);
    const won = await claimRound(fs, storyDir, options, clock);
    if (won) return won;
    // A tie: every contender withdrew. Back off a random moment and try again, a few times.
    if (round >= CONTENDED_ROUNDS) throw new StoryLockedError(storyDir, await readLock(fs, storyDir));
    await clock.sleep(5 + Math.floor(Math.random() * 45));
  }
}

/** One claim: the lock written and returned when we were the only claimant, else undefined. */
async function claimRound(fs: FileSystem, storyDir: string, options: LockOptions, clock: Clock): Promise<{ mine: LockRecord; replaced?: LockRecord } | undefined> {
  const claimsDir = `${lockPath(storyDir)}.claims`;
  const token = `${clock.now()}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const claim = posix.join(claimsDir, token);
  // The host in the claim lets a rival on the same host see that its process has died.
  await fs.writeFile(claim, encoder.encode(osHostname()));
  try {
    if ((await liveRivalClaims(fs, claimsDir, token, clock.now(), options)) > 0) return undefined;
    const current = await readLock(fs, storyDir);
    if (current && isLockLive(current, options)) throw new StoryLockedError(storyDir, current);
    const startedAt = new Date(clock.now()).toISOString();
    const mine: LockRecord = { pid: process.pid, hostname: osHostname(), startedAt, heartbeatAt: startedAt, owner: options.owner, token };
    await writeRecord(fs, storyDir, mine);
    return current ? { mine, replaced: current } : { mine };
  } finally {
    await fs.delete(claim).catch(() => undefined);
  }
}

async function liveRivalClaims(fs: FileSystem, claimsDir: string, mine: string, now: number, options: LockOptions): Promise<number> {
  let rivals = 0;
  for (const entry of await fs.readDirectory(claimsDir)) {
    if (entry.name === mine) continue;
    const [madeAtText, pidText] = entry.name.split('-');
    const madeAt = Number(madeAtText);
    const expired = Number.isFinite(madeAt) && now - madeAt > CLAIM_TTL_MS;
    if (expired || (await claimantIsGone(fs, posix.join(claimsDir, entry.name), Number(pidText), options))) {
      await fs.delete(posix.join(claimsDir, entry.name)).catch(() => undefined);
      continue;
    }
    rivals++;
  }
  return rivals;
}

/**
 * A claim left by a process killed mid-acquisition (kill -9, a crash) would otherwise block every
 * run for CLAIM_TTL_MS. It is known to be dead only when it names this host and its pid is gone;
 * a claim that cannot be read yet (being written) or comes from another host counts as live.
 */
async function claimantIsGone(fs: FileSystem, path: string, pid: number, options: LockOptions): Promise<boolean> {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  let host: string;
  try {
    host = decoder.decode(await fs.readFile(path));
  } catch {
    return false;
  }
  return host === osHostname() && !(options.isProcessAlive ?? processIsAlive)(pid);
}

function startHolding(fs: FileSystem, storyDir: string, key: string, options: LockOptions, claimed: { mine: LockRecord; replaced?: LockRecord }): StoryLock {
  const { mine: record, replaced } = claimed;
  const clock = options.clock ?? systemClock;
  let released = false;
  // Release waits for a beat in flight, so a late heartbeat cannot bring a released lock back.
  let beating: Promise<void> = Promise.resolve();
  const beat = async () => {
    const current = await readLock(fs, storyDir);
    if (released || current?.token !== record.token) return;
    await writeRecord(fs, storyDir, { ...record, heartbeatAt: new Date(clock.now()).toISOString() });
  };
  const heartbeatMs = options.heartbeatMs ?? (options.staleAfterMs ?? DEFAULT_STALE_MS) / 6;
  const timer = setInterval(() => {
    beating = beating.then(beat).catch(() => undefined);
  }, heartbeatMs);
  timer.unref?.();
  return {
    record,
    ...(replaced ? { tookOverFrom: replaced } : {}),
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      try {
        await beating;
        const current = await readLock(fs, storyDir);
        if (current?.token === record.token) await fs.delete(lockPath(storyDir));
      } finally {
        heldInThisProcess.delete(key);
      }
    },
  };
}

async function writeRecord(fs: FileSystem, storyDir: string, record: LockRecord): Promise<void> {
  await writeFileAtomic(fs, lockPath(storyDir), encoder.encode(`${JSON.stringify(record, null, 2)}\n`));
}
