// The benchmark's handle on the Gemini-protocol test server running in a child process.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ServerCall, ServerReply, ServerRequestRecord } from './serverProtocol';

/** Options of `startFakeGemini` that make sense across a process boundary. */
export interface RemoteServerOptions {
  readonly ttftMs?: number;
  readonly tokensPerSecond?: number;
  readonly requestsPerMinute?: number;
  readonly quotaWindowMs?: number;
  readonly wordsPerChunk?: number;
}

/** A server request with times converted to this process's `performance.now()` clock. */
export interface ServerRequest {
  readonly id: number;
  readonly action: string;
  readonly status: number;
  readonly startedAt: number;
  readonly firstByteAt?: number;
  readonly endedAt: number;
  /** Server-side duration: endedAt − startedAt. */
  readonly durationMs: number;
  readonly promptText: string;
  readonly systemInstruction?: string;
  readonly outputWords: number;
  readonly quotaRejected: boolean;
}

export interface RemoteServer {
  readonly baseUrl: string;
  readonly apiKey: string;
  setOptions(options: RemoteServerOptions): Promise<void>;
  reset(): Promise<void>;
  /** Every request so far (or after `fromId`), oldest first. */
  requests(fromId?: number): Promise<ServerRequest[]>;
  /** Only generateContent / streamGenerateContent requests. */
  generateRequests(fromId?: number): Promise<ServerRequest[]>;
  stats(): Promise<{ served: number; rateLimited: number; quotaRejected: number; inFlight: number }>;
  stop(): Promise<void>;
}

const toLocal = (epochMs: number) => epochMs - performance.timeOrigin;

export async function startRemoteServer(options: RemoteServerOptions): Promise<RemoteServer> {
  const child: ChildProcess = fork(join(__dirname, 'serverProcess.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let exited = false;
  child.on('message', (reply: ServerReply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.result);
    else waiter.reject(new Error(`test server: ${reply.error}`));
  });
  const exitedPromise = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      for (const w of pending.values()) w.reject(new Error('test server process exited'));
      pending.clear();
      resolve();
    }),
  );
  type CallWithoutId = ServerCall extends infer C ? (C extends ServerCall ? Omit<C, 'id'> : never) : never;
  const call = <T>(message: CallWithoutId): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (exited) return reject(new Error('test server process has exited'));
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ ...message, id } as ServerCall);
    });

  const started = await call<{ baseUrl: string; apiKey: string }>({ cmd: 'start', options: { ...options } });
  const fetchRequests = async (fromId?: number): Promise<ServerRequest[]> => {
    const records = await call<ServerRequestRecord[]>({ cmd: 'requests', ...(fromId !== undefined ? { fromId } : {}) });
    return records.map((r) => {
      const startedAt = toLocal(r.startEpochMs);
      const endedAt = r.endEpochMs === undefined ? Number.NaN : toLocal(r.endEpochMs);
      return {
        id: r.id,
        action: r.action,
        status: r.status,
        startedAt,
        ...(r.firstByteEpochMs !== undefined ? { firstByteAt: toLocal(r.firstByteEpochMs) } : {}),
        endedAt,
        durationMs: endedAt - startedAt,
        promptText: r.promptText,
        ...(r.systemInstruction !== undefined ? { systemInstruction: r.systemInstruction } : {}),
        outputWords: r.outputWords,
        quotaRejected: r.quotaRejected,
      };
    });
  };
  return {
    baseUrl: started.baseUrl,
    apiKey: started.apiKey,
    setOptions: (o) => call({ cmd: 'setOptions', options: { ...o } }),
    reset: () => call({ cmd: 'reset' }),
    requests: fetchRequests,
    generateRequests: async (fromId) => (await fetchRequests(fromId)).filter((r) => r.action === 'generateContent' || r.action === 'streamGenerateContent'),
    stats: () => call({ cmd: 'stats' }),
    async stop() {
      if (exited) return;
      await call({ cmd: 'stop' }).catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exitedPromise;
      clearTimeout(timer);
    },
  };
}
