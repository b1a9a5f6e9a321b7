// Messages between the benchmark and the test server's child process (serverProcess.ts).

export type ServerCall =
  | { readonly id: number; readonly cmd: 'start'; readonly options: Record<string, unknown> }
  | { readonly id: number; readonly cmd: 'setOptions'; readonly options: Record<string, unknown> }
  | { readonly id: number; readonly cmd: 'reset' }
  | { readonly id: number; readonly cmd: 'requests'; readonly fromId?: number }
  | { readonly id: number; readonly cmd: 'stats' }
  | { readonly id: number; readonly cmd: 'stop' };

export type ServerReply = { readonly id: number; readonly ok: true; readonly result: unknown } | { readonly id: number; readonly ok: false; readonly error: string };

/** One request as the server logged it, with times as epoch milliseconds (comparable across processes). */
export interface ServerRequestRecord {
  readonly id: number;
  readonly action: string;
  readonly stream: boolean;
  readonly status: number;
  readonly startEpochMs: number;
  readonly firstByteEpochMs?: number;
  readonly endEpochMs?: number;
  readonly promptText: string;
  readonly systemInstruction?: string;
  readonly outputWords: number;
  readonly quotaRejected: boolean;
  readonly endReason?: string;
}
