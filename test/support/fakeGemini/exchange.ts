// One request/response pair: writes Gemini-shaped replies, keeps the request log entry up to date,
// and turns a client disconnect or a server stop into an AbortSignal that cancels pending timers.
import type { ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type { EndReason, RequestLogEntry } from './types';

/** Headers Google's front end puts on every reply (from the recordings). */
const GOOGLE_HEADERS: Readonly<Record<string, string>> = {
  Vary: 'Origin, X-Origin, Referer',
  Server: 'scaffolding on HTTPServer2',
  'X-XSS-Protection': '0',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Content-Type-Options': 'nosniff',
};
export const JSON_CONTENT_TYPE = 'application/json; charset=UTF-8';
export const SSE_CONTENT_TYPE = 'text/event-stream';

export class Exchange {
  private readonly controller = new AbortController();
  private endReason: EndReason | undefined;
  /** Settles when everything written so far has been handed to the socket. */
  private flushed: Promise<void> = Promise.resolve();

  constructor(
    private readonly res: ServerResponse,
    readonly entry: RequestLogEntry,
    private readonly onEnd: (exchange: Exchange) => void,
  ) {
    res.on('close', () => {
      const finished = res.writableFinished;
      this.entry.endedAt = performance.now();
      this.entry.endReason = this.endReason ?? (finished ? 'finished' : 'client-closed');
      this.controller.abort();
      this.onEnd(this);
    });
  }

  /** Aborted once the response can no longer be written: client gone, cut, or server stopping. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get closed(): boolean {
    return this.controller.signal.aborted;
  }

  /** Resolve at `performance.now() === time`; rejects (AbortError) if the exchange closes first. */
  async waitUntil(time: number): Promise<void> {
    const ms = time - performance.now();
    if (this.closed) throw abortError();
    if (ms > 0) await delay(ms, undefined, { signal: this.controller.signal });
  }

  /** A whole JSON reply, pretty-printed like Google's. */
  sendJson(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
    this.sendText(status, `${JSON.stringify(body, null, 2)}\n`, { 'Content-Type': JSON_CONTENT_TYPE, ...headers });
  }

  sendText(status: number, text: string, headers: Readonly<Record<string, string>>): void {
    if (this.closed) return;
    const payload = Buffer.from(text, 'utf8');
    this.writeHead(status, { ...headers, 'Content-Length': String(payload.length) });
    this.markFirstByte();
    this.res.end(payload);
  }

  /** Headers of an SSE reply; events follow with `writeEvent`. */
  startEventStream(): void {
    this.writeHead(200, { 'Content-Type': SSE_CONTENT_TYPE, 'Content-Disposition': 'attachment' });
  }

  /** One SSE event, framed as Gemini frames them. */
  writeEvent(data: string): void {
    if (this.closed) return;
    this.markFirstByte();
    this.write(`data: ${data}\r\n\r\n`);
  }

  /** Headers and some bytes of a body, for a reply that will be cut. */
  startBody(status: number, headers: Readonly<Record<string, string>>, partial: string): void {
    this.writeHead(status, headers);
    this.markFirstByte();
    this.write(partial);
  }

  end(): void {
    if (!this.closed) this.res.end();
  }

  /** Destroy the socket once what was written has left, so the client sees a broken reply. */
  cut(): void {
    if (this.closed) return;
    this.endReason = 'cut';
    void this.flushed.then(() => this.res.destroy());
  }

  /** Close the connection now, whatever is pending (server shutdown). */
  abandon(reason: EndReason): void {
    if (this.closed) return;
    this.endReason = reason;
    this.res.destroy();
  }

  private write(data: string): void {
    this.flushed = new Promise((resolve) => this.res.write(data, () => resolve()));
  }

  private writeHead(status: number, headers: Readonly<Record<string, string>>): void {
    this.entry.status = status;
    const timing = Math.round(performance.now() - this.entry.startedAt);
    const base = { ...GOOGLE_HEADERS, 'Server-Timing': `gfet4t7; dur=${timing}`, 'X-Fake-Gemini-Request-Id': String(this.entry.id) };
    this.res.writeHead(status, mergeHeaders(base, headers));
    this.res.flushHeaders();
  }

  private markFirstByte(): void {
    this.entry.firstByteAt ??= performance.now();
  }
}

/** Later sets win, whatever the case of the names (a fixture may say `content-type`). */
function mergeHeaders(...sets: ReadonlyArray<Readonly<Record<string, string>>>): Record<string, string> {
  const merged = new Map<string, [string, string]>();
  for (const set of sets) {
    for (const [name, value] of Object.entries(set)) merged.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(merged.values());
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function abortError(): Error {
  const error = new Error('The exchange closed');
  error.name = 'AbortError';
  return error;
}
