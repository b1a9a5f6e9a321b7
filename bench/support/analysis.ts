// From the two logs (the engine's calls, the server's requests) to the benchmark's figures:
// which server request belongs to which workflow item, the critical path, the engine's overhead
// per request, and the schedule a zero-overhead engine would achieve under the same limits.
import type { ClientCall, FetchRecord } from './instrument';
import { promptOfBody } from './instrument';
import type { ServerRequest } from './remoteServer';
import { median, percentile, sum } from './stats';

export interface LabelledRequest extends ServerRequest {
  /** The workflow item (`concept`, `draft:03` …) that made it; `?` when no call matches. */
  readonly label: string;
  readonly call?: ClientCall;
}

const keyOf = (prompt: string, systemInstruction: string | undefined) => `${systemInstruction ?? ''}\u0000${prompt}`;

/**
 * Each server request is given to the engine call with the same prompt and system instruction
 * that was open when the request arrived (retries of a call share its prompt). A request with a
 * prompt no call sent (a JSON repair) goes to the open call with the same system instruction.
 */
export function labelRequests(calls: readonly ClientCall[], requests: readonly ServerRequest[]): LabelledRequest[] {
  const byKey = new Map<string, ClientCall[]>();
  for (const c of calls) {
    const key = keyOf(c.prompt, c.systemInstruction);
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  const open = (c: ClientCall, t: number) => c.startedAt <= t && (Number.isNaN(c.endedAt) || t <= c.endedAt);
  return requests.map((r) => {
    const same = byKey.get(keyOf(r.promptText, r.systemInstruction)) ?? [];
    const call = same.find((c) => open(c, r.startedAt)) ?? same[0] ?? calls.find((c) => c.systemInstruction === r.systemInstruction && open(c, r.startedAt));
    return { ...r, label: call?.label ?? '?', ...(call ? { call } : {}) };
  });
}

export interface CriticalPath {
  readonly ms: number;
  /** The items on it, with the server time of each. */
  readonly chain: ReadonlyArray<{ label: string; ms: number }>;
}

const STRUCTURED = ['concept', 'bible', 'outline'] as const;

/** Server time of every request of an item (its retries and continuations included). */
function itemTime(requests: readonly LabelledRequest[], label: string): number {
  return sum(requests.filter((r) => r.label === label).map((r) => r.durationMs));
}

/** concept → bible → outline → the chapter whose draft + revision take longest. */
export function criticalPath(requests: readonly LabelledRequest[]): CriticalPath {
  const chain = STRUCTURED.map((label) => ({ label, ms: itemTime(requests, label) }));
  const chapters = [...new Set(requests.map((r) => /^draft:(\d+)$/.exec(r.label)?.[1]).filter((c): c is string => c !== undefined))];
  let worst: Array<{ label: string; ms: number }> = [];
  for (const ch of chapters) {
    const pair = [`draft:${ch}`, `revision:${ch}`].map((label) => ({ label, ms: itemTime(requests, label) }));
    if (sum(pair.map((p) => p.ms)) > sum(worst.map((p) => p.ms))) worst = pair;
  }
  const all = [...chain, ...worst];
  return { ms: sum(all.map((p) => p.ms)), chain: all };
}

export interface Overheads {
  /** Engine calls measured (answered by exactly one server request, not from the cache). */
  readonly count: number;
  /** Client time minus server time per call, ms. */
  readonly values: number[];
  readonly median: number;
  readonly p95: number;
  /** Before the server saw the request / after the server finished, medians, ms. */
  readonly beforeMedian: number;
  readonly afterMedian: number;
}

function summarize(values: number[], before: number[], after: number[]): Overheads {
  return { count: values.length, values, median: median(values), p95: percentile(values, 0.95), beforeMedian: median(before), afterMedian: median(after) };
}

/** Per engine call: (call end − call start) − (server end − server start). */
export function engineOverheads(requests: readonly LabelledRequest[]): Overheads {
  const perCall = new Map<ClientCall, LabelledRequest[]>();
  for (const r of requests) if (r.call) perCall.set(r.call, [...(perCall.get(r.call) ?? []), r]);
  const values: number[] = [];
  const before: number[] = [];
  const after: number[] = [];
  for (const [call, rs] of perCall) {
    if (rs.length !== 1 || call.fromCache || call.failed) continue;
    const r = rs[0]!;
    values.push(call.endedAt - call.startedAt - r.durationMs);
    before.push(r.startedAt - call.startedAt);
    after.push(call.endedAt - r.endedAt);
  }
  return summarize(values, before, after);
}

/** Per HTTP exchange: (last body byte read − fetch called) − server time; matched by prompt. */
export function transportOverheads(fetches: readonly FetchRecord[], requests: readonly ServerRequest[]): Overheads {
  const generate = fetches.filter((f) => /:(stream)?generateContent/i.test(f.url));
  const used = new Set<ServerRequest>();
  const values: number[] = [];
  const before: number[] = [];
  const after: number[] = [];
  for (const f of generate) {
    const p = promptOfBody(f.body);
    if (!p || Number.isNaN(f.endedAt)) continue;
    const r = requests.find((x) => !used.has(x) && x.promptText === p.prompt && x.systemInstruction === p.systemInstruction && x.startedAt >= f.startedAt - 1);
    if (!r) continue;
    used.add(r);
    values.push(f.endedAt - f.startedAt - r.durationMs);
    before.push(r.startedAt - f.startedAt);
    after.push(f.endedAt - r.endedAt);
  }
  return summarize(values, before, after);
}

/**
 * The engine's own time per call, outside the HTTP exchange: (fetch called − engine called) +
 * (engine returned − last body byte read). Calls answered by exactly one request.
 */
export function engineOwnTimes(requests: readonly LabelledRequest[], fetches: readonly FetchRecord[]): number[] {
  const perCall = new Map<ClientCall, LabelledRequest[]>();
  for (const r of requests) if (r.call) perCall.set(r.call, [...(perCall.get(r.call) ?? []), r]);
  const generate = fetches.filter((f) => /:(stream)?generateContent/i.test(f.url));
  const used = new Set<FetchRecord>();
  const out: number[] = [];
  for (const [call, rs] of perCall) {
    if (rs.length !== 1 || call.fromCache || call.failed) continue;
    const f = generate.find((x) => {
      if (used.has(x) || x.startedAt < call.startedAt || x.endedAt > call.endedAt) return false;
      const p = promptOfBody(x.body);
      return p?.prompt === call.prompt && p.systemInstruction === call.systemInstruction;
    });
    if (!f) continue;
    used.add(f);
    out.push(f.startedAt - call.startedAt + (call.endedAt - f.endedAt));
  }
  return out;
}

export interface ScheduleLimits {
  /** Chapters (drafts, then revisions) in flight at once: `rateLimit.maxConcurrent`. */
  readonly lanes: number;
  /** Request starts allowed per window (`rateLimit.requestsPerMinute`). */
  readonly perWindow: number;
  readonly windowMs: number;
}

/**
 * The wall time of a zero-overhead engine with the same dispatch rules as the runner, replaying
 * the server times measured: the structured stages one after another, then every draft queued in
 * chapter order on `lanes` slots, each revision queued behind them when its draft ends (the
 * runner's FIFO semaphore), every request start admitted by the same sliding window.
 */
export function idealSchedule(requests: readonly LabelledRequest[], limits: ScheduleLimits): number {
  const starts: number[] = [];
  const admitAt = (t: number): number => (starts.length >= limits.perWindow ? Math.max(t, starts[starts.length - limits.perWindow]! + limits.windowMs) : t);
  const durationsOf = (label: string) =>
    requests
      .filter((r) => r.label === label)
      .sort((a, b) => a.startedAt - b.startedAt)
      .map((r) => r.durationMs);

  let t = 0;
  for (const label of STRUCTURED) {
    for (const d of durationsOf(label)) {
      const s = admitAt(t);
      starts.push(s);
      t = s + d;
    }
  }
  const chapters = [...new Set(requests.map((r) => /^draft:(\d+)$/.exec(r.label)?.[1]).filter((c): c is string => c !== undefined))].sort();
  interface Job {
    readonly label: string;
    readonly durations: number[];
    next: number;
  }
  const jobQueue: Job[] = chapters.map((ch) => ({ label: `draft:${ch}`, durations: durationsOf(`draft:${ch}`), next: 0 }));
  const waiting: Job[] = [];
  const running: Array<{ job: Job; end: number }> = [];
  let freeLanes = limits.lanes;
  for (let guard = 0; guard < 1_000_000; guard++) {
    while (freeLanes > 0 && jobQueue.length > 0) {
      freeLanes--;
      waiting.push(jobQueue.shift()!);
    }
    while (waiting.length > 0 && admitAt(t) <= t) {
      const job = waiting.shift()!;
      starts.push(t);
      running.push({ job, end: t + (job.durations[job.next] ?? 0) });
    }
    if (running.length === 0 && waiting.length === 0 && jobQueue.length === 0) break;
    const nextEnd = Math.min(...running.map((r) => r.end));
    const nextAdmit = waiting.length > 0 ? admitAt(t) : Number.POSITIVE_INFINITY;
    t = Math.min(nextEnd, nextAdmit);
    for (const r of running.filter((x) => x.end <= t)) {
      running.splice(running.indexOf(r), 1);
      r.job.next++;
      if (r.job.next < r.job.durations.length) {
        waiting.push(r.job);
        continue;
      }
      freeLanes++;
      const ch = /^draft:(\d+)$/.exec(r.job.label)?.[1];
      if (ch !== undefined) {
        const durations = durationsOf(`revision:${ch}`);
        if (durations.length > 0) jobQueue.push({ label: `revision:${ch}`, durations, next: 0 });
      }
    }
  }
  return t;
}
