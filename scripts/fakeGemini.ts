// Runs the Gemini-protocol test server for demos and manual testing:
//   node esbuild.mjs --tests && node out/scripts/fakeGemini.js [--port 8787] [--ttft-ms 400] [--tps 80] [--rpm 10] [--key K] [--imperfect [--seed N]]
// then point the extension or the CLI at it with the printed environment lines.
import { parseArgs } from 'node:util';
import { startFakeGemini } from '../test/support/fakeGemini';
import type { RequestLogEntry } from '../test/support/fakeGemini';

const USAGE = `Usage: fakeGemini [--port N] [--host H] [--ttft-ms MS] [--tps N] [--rpm N] [--key KEY] [--imperfect [--seed N]] [--quiet]
  --port      port to listen on (default 0: any free port)
  --host      address to listen on (default 127.0.0.1)
  --ttft-ms   time to first token, ms (default 0)
  --tps       output tokens per second, 0 = instant (default 0)
  --rpm       requests per minute before a 429, 0 = no limit (default 0)
  --key       API key clients must send (default test-key-123)
  --imperfect reply like an imperfect model (short chapters, fenced JSON, …), seeded by --seed (default 1)
  --quiet     do not print a line per request`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      'ttft-ms': { type: 'string', default: '0' },
      tps: { type: 'string', default: '0' },
      rpm: { type: 'string', default: '0' },
      key: { type: 'string' },
      imperfect: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const server = await startFakeGemini({
    port: nonNegative('port', values.port),
    host: values.host,
    ttftMs: nonNegative('ttft-ms', values['ttft-ms']),
    tokensPerSecond: nonNegative('tps', values.tps),
    requestsPerMinute: nonNegative('rpm', values.rpm),
    ...(values.key !== undefined ? { apiKey: values.key } : {}),
    behaviour: values.imperfect ? 'imperfect' : 'obedient',
    seed: nonNegative('seed', values.seed),
    ...(values.quiet ? {} : { onRequestEnd: printRequest }),
  });
  console.log(`Fake Gemini listening on ${server.baseUrl}`);
  console.log('Use it with:');
  console.log(`  GOOGLE_GEMINI_BASE_URL=${server.baseUrl} GEMINI_API_KEY=${server.apiKey}`);
  console.log('Ctrl+C to stop.');

  const shutdown = (signal: NodeJS.Signals): void => {
    console.log(`\n${signal}: stopping (${server.stats.served} requests served)`);
    void server.stop().then(() => {
      process.exitCode = 0;
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

function nonNegative(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isFinite(value) || value < 0) {
    throw new UsageError(`--${name} must be a number ≥ 0, got "${raw ?? ''}"`);
  }
  return value;
}

function printRequest(entry: RequestLogEntry): void {
  const ms = Math.round((entry.endedAt ?? entry.startedAt) - entry.startedAt);
  const fault = entry.fault ? ` fault=${entry.fault.kind}` : '';
  const key = entry.keyInQuery ? ' KEY-IN-URL' : '';
  console.log(`#${entry.id} ${entry.action} ${entry.model ?? '-'} → ${entry.status} ${entry.endReason ?? ''} ${entry.outputWords}w ${ms}ms${fault}${key}`);
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  console.error(error);
  process.exitCode = 1;
});
