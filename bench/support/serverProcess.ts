// Child-process entry: the Gemini-protocol test server in its own process, so the engine under
// measurement and the simulated model never share an event loop (a busy engine would otherwise
// delay the server's own chunk timers and hide its cost inside "server time"). Driven over the
// fork IPC channel by remoteServer.ts; exits when told to stop or when the parent goes away.
import { performance } from 'node:perf_hooks';
import { startFakeGemini, type FakeGemini, type FakeGeminiOptions, type RequestLogEntry } from '../../test/support/fakeGemini';
import type { ServerCall, ServerReply, ServerRequestRecord } from './serverProtocol';

let server: FakeGemini | undefined;

function record(entry: RequestLogEntry): ServerRequestRecord {
  const epoch = (t: number | undefined) => (t === undefined ? undefined : performance.timeOrigin + t);
  return {
    id: entry.id,
    action: entry.action,
    stream: entry.stream,
    status: entry.status,
    startEpochMs: epoch(entry.startedAt)!,
    firstByteEpochMs: epoch(entry.firstByteAt),
    endEpochMs: epoch(entry.endedAt),
    promptText: entry.promptText,
    ...(entry.systemInstruction !== undefined ? { systemInstruction: entry.systemInstruction } : {}),
    outputWords: entry.outputWords,
    quotaRejected: entry.quotaRejected === true,
    ...(entry.endReason !== undefined ? { endReason: entry.endReason } : {}),
  };
}

async function handle(call: ServerCall): Promise<unknown> {
  switch (call.cmd) {
    case 'start':
      server = await startFakeGemini(call.options as FakeGeminiOptions);
      return { baseUrl: server.baseUrl, apiKey: server.apiKey };
    case 'setOptions':
      server?.setOptions(call.options as FakeGeminiOptions);
      return null;
    case 'reset':
      server?.reset();
      return null;
    case 'requests': {
      const from = call.fromId ?? 0;
      return (server?.requests ?? []).filter((r) => r.id > from).map(record);
    }
    case 'stats':
      return server?.stats ?? null;
    case 'stop':
      await server?.stop();
      server = undefined;
      return null;
  }
}

process.on('message', (message: ServerCall) => {
  handle(message).then(
    (result) => process.send?.({ id: message.id, ok: true, result } satisfies ServerReply),
    (error: unknown) => process.send?.({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies ServerReply),
  );
  if (message.cmd === 'stop') setImmediate(() => process.disconnect?.());
});
// The parent went away (or told us to stop): nothing keeps this process alive after the server closes.
process.on('disconnect', () => {
  void server?.stop().finally(() => process.exit(0));
  if (!server) process.exit(0);
});
