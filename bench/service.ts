// npm run bench:service — the Gemini service alone (no workflow): the engine's overhead per
// request at concurrency 1 and 16, the latency of a cache hit, and the memory the cache costs per
// megabyte it holds. Real SDK, real HTTP, against the Gemini-protocol test server in a child
// process. Table on stdout, JSON in bench/service-results.json.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { GeminiService } from '../src/gemini';
import { engineOverheads, engineOwnTimes, labelRequests, transportOverheads } from './support/analysis';
import { instrumentFetch, TimedGenerator } from './support/instrument';
import { startRemoteServer, type RemoteServer } from './support/remoteServer';
import { Report } from './support/report';
import { median, percentile } from './support/stats';
import { hasGc, memoryNow, serviceFor, settingsFor } from './support/workflowRun';

// Chunks as far apart as a real model sends them (12 words ≈ 16 tokens every ~60 ms at 250 tokens/s),
// with a short time to first token and short replies so that many requests fit in a few seconds.
const PACING = { ttftMs: 100, tokensPerSecond: 250 };
const REPLY_WORDS = 100;
const SAMPLES_C1 = 40;
const SAMPLES_C16 = 96;
const CACHE_FILL = 150;

let nonce = 0;
const prompt = (words: number) => `Write about ${words} words: scene ${++nonce} of a benchmark story, in which a lighthouse keeper counts ships (${process.pid}-${nonce}).`;

async function overheadAt(report: Report, server: RemoteServer, service: GeminiService, concurrency: number, samples: number): Promise<void> {
  await server.reset();
  const generator = new TimedGenerator(service);
  const probe = instrumentFetch();
  const cpu = process.cpuUsage();
  try {
    let left = samples;
    const worker = async () => {
      while (left-- > 0) await generator.generateText({ model: '', prompt: prompt(REPLY_WORDS) }, { label: `c${concurrency}` });
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    probe.restore();
  }
  const used = process.cpuUsage(cpu);
  const requests = labelRequests(generator.calls, await server.generateRequests());
  const engine = engineOverheads(requests);
  const http = transportOverheads(probe.records, requests);
  const own = engineOwnTimes(requests, probe.records);
  report.goal(`overhead_c${concurrency}_median_ms`, engine.median, 'ms', '<=', 5, `${engine.count} requests; client time − server time per call`);
  report.add(`overhead_c${concurrency}_p95_ms`, engine.p95, 'ms');
  report.add(`overhead_c${concurrency}_http_median_ms`, http.median, 'ms', 'of it, the HTTP exchange (fetch called → last byte read) − server time');
  report.add(`overhead_c${concurrency}_http_p95_ms`, http.p95, 'ms');
  report.add(`overhead_c${concurrency}_own_median_ms`, median(own), 'ms', 'of it, the service’s own code outside the HTTP exchange');
  report.add(`overhead_c${concurrency}_own_p95_ms`, percentile(own, 0.95), 'ms');
  report.add(`cpu_c${concurrency}_per_request_ms`, (used.user + used.system) / 1000 / samples, 'ms', 'CPU time of this process ÷ requests (SDK and HTTP included)');
  report.add(`overhead_c${concurrency}_before_server_median_ms`, engine.beforeMedian, 'ms', 'call → server receives');
  report.add(`overhead_c${concurrency}_after_server_median_ms`, engine.afterMedian, 'ms', 'server done → call returns');
}

async function cacheHits(report: Report, server: RemoteServer, service: GeminiService): Promise<void> {
  const prompts = Array.from({ length: 20 }, () => prompt(REPLY_WORDS));
  for (const p of prompts) await service.generateText({ model: '', prompt: p });
  await server.reset();
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const p of prompts) {
      const t = performance.now();
      const r = await service.generateText({ model: '', prompt: p });
      times.push(performance.now() - t);
      if (!r.fromCache) throw new Error('expected a cache hit');
    }
  }
  const leaked = (await server.generateRequests()).length;
  report.goal('cache_hit_median_ms', median(times), 'ms', '<=', 1, `${times.length} hits, ${leaked} requests reached the server`);
  report.add('cache_hit_p95_ms', percentile(times, 0.95), 'ms');
}

async function cacheMemory(report: Report): Promise<void> {
  // Big chunks so filling is quick; the replies are what a chapter is (about 2000 words).
  const server = await startRemoteServer({ wordsPerChunk: 400 });
  let service: GeminiService | undefined;
  try {
    const settings = settingsFor(server, { 'rateLimit.requestsPerMinute': 10_000, 'rateLimit.maxConcurrent': 16, 'cache.maxMegabytes': 512, 'cache.maxEntries': 100_000 });
    service = serviceFor(server, settings);
    await service.generateText({ model: '', prompt: prompt(50) });
    const before = memoryNow();
    const bytesBefore = service.getStatistics().cacheBytes;
    let left = CACHE_FILL;
    const s = service;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (left-- > 0) await s.generateText({ model: '', prompt: prompt(2000) });
      }),
    );
    const after = memoryNow();
    const cachedMb = (service.getStatistics().cacheBytes - bytesBefore) / 1024 / 1024;
    const perMb = (after.heapUsedMb - before.heapUsedMb) / cachedMb;
    report.goal('cache_heap_mb_per_cached_mb', perMb, 'MB', '<=', 2, `${CACHE_FILL} chapter-sized replies, ${cachedMb.toFixed(2)} MB as counted by the cache`);
  } finally {
    await service?.dispose();
    await server.stop();
  }
}

async function main(): Promise<void> {
  if (!hasGc()) process.stderr.write('warning: run with node --expose-gc for the memory figures\n');
  const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
  const report = new Report();
  const server = await startRemoteServer(PACING);
  let service: GeminiService | undefined;
  try {
    const settings = settingsFor(server, { 'rateLimit.requestsPerMinute': 10_000, 'rateLimit.maxConcurrent': 16 });
    service = serviceFor(server, settings);
    // Warm-up: the SDK loads on the first request; connections open.
    const t = performance.now();
    await service.generateText({ model: '', prompt: prompt(20) });
    report.add('first_request_ms', performance.now() - t, 'ms', 'includes loading @google/genai');
    await Promise.all(Array.from({ length: 16 }, () => service!.generateText({ model: '', prompt: prompt(20) })));
    await overheadAt(report, server, service, 1, SAMPLES_C1);
    await overheadAt(report, server, service, 16, SAMPLES_C16);
    await cacheHits(report, server, service);
  } finally {
    await service?.dispose();
    await server.stop();
  }
  await cacheMemory(report);
  report.note(
    `Server: ${PACING.ttftMs} ms to first token, ${PACING.tokensPerSecond} tokens/s, replies of about ${REPLY_WORDS} words (~9 chunks); the server runs in a child process.`,
  );
  report.note('Overhead = time of the service call (TextGenerator.generateText) − the server’s own time for that request (endedAt − startedAt), on one clock (epoch ms).');
  report.print('Story Writer — Gemini service benchmark');
  report.write(join(process.cwd(), 'bench', 'service-results.json'), { loadAverageAtStart: loadAtStart, benchmark: 'service', pacing: PACING });
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
