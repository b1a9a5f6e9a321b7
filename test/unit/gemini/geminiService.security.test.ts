import * as assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { GenerationError } from '../../../src/core/generation/generationError';
import type { GeminiService } from '../../../src/gemini/geminiService';
import { startFakeGemini, type FakeGemini } from '../../support/fakeGemini';
import { CapturingLogger, generateRequests, serviceFor } from './serviceHarness';

const MODEL = 'gemini-3.8-flash';
const SECRET = 'AIzaSyTEST-SECRET-KEY-5f2c9e';
const WRONG = 'AIzaSyWRONG-KEY-77aa01';

describe('the API key never leaks', function () {
  this.timeout(15_000);
  let server: FakeGemini;
  let dir: string;
  const services: GeminiService[] = [];

  before(async () => {
    server = await startFakeGemini({ apiKey: SECRET });
    dir = await mkdtemp(join(tmpdir(), 'gemini-key-'));
  });

  after(async () => {
    await Promise.all(services.map((s) => s.dispose()));
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('is absent from URLs, error messages, log lines, statistics and cache files', async () => {
    const logger = new CapturingLogger();
    const errors: string[] = [];
    const collect = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: unknown) => {
          assert.ok(e instanceof GenerationError);
          errors.push(e.message, e.partialText ?? '', String(e.stack));
        },
      );
    const { service } = serviceFor({
      server,
      logger,
      cacheDir: dir,
      settings: { 'cache.persist': true, 'retry.maxRetries': 1, requestTimeoutSeconds: 0.2 },
    });
    services.push(service);

    await service.generateText({ model: MODEL, prompt: 'Write 30 words.' });
    await service.generateJson({ model: MODEL, prompt: 'A title.' }, z.object({ title: z.string() }));
    for (const name of ['400-invalid-argument', '404-model-not-found', '429-per-day', '200-finish-safety']) {
      server.script({ kind: 'fixture', name });
      await collect(service.generateText({ model: MODEL, prompt: `fail ${name}` }));
    }
    // A misbehaving proxy that echoes the key back in its error body.
    server.script({ kind: 'status', statusCode: 400, body: { error: { code: 400, message: `Bad key ${SECRET} in ?key=${SECRET}`, status: 'INVALID_ARGUMENT' } } });
    await collect(service.generateText({ model: MODEL, prompt: 'echo' }));
    server.script({ kind: 'status', statusCode: 500, body: `upstream said: x-goog-api-key: ${SECRET}` }, { kind: 'hang' }, { kind: 'hang' });
    await collect(service.generateText({ model: MODEL, prompt: 'echo plain text' }));
    const controller = new AbortController();
    const cancelled = collect(service.generateText({ model: MODEL, prompt: 'Write 50 words. cancel me' }, { signal: controller.signal }));
    controller.abort();
    await cancelled;
    await service.checkHealth(MODEL);
    await service.checkHealth('no-such-model');
    await service.flush();

    const wrong = serviceFor({ server, logger, apiKey: WRONG });
    services.push(wrong.service);
    await collect(wrong.service.generateText({ model: MODEL, prompt: 'x' }));
    await wrong.service.checkHealth(MODEL);

    assert.ok(errors.length >= 8);
    const files = await readdir(dir);
    assert.ok(files.length >= 2, 'the disk cache was written');
    const fileText = (await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')))).join('\n');
    const haystacks: Record<string, string> = {
      'error messages': errors.join('\n'),
      'log lines': logger.text(),
      statistics: JSON.stringify(service.getStatistics()),
      'cache files': fileText,
      'request URLs': server.requests.map((r) => `${r.path}?${new URLSearchParams(r.query as Record<string, string>)}`).join('\n'),
    };
    for (const [where, text] of Object.entries(haystacks)) {
      for (const key of [SECRET, WRONG]) assert.ok(!text.includes(key), `the key appears in ${where}`);
    }
    assert.ok(
      server.requests.every((r) => r.hadKeyHeader && !r.keyInQuery),
      'sent only as the x-goog-api-key header',
    );
    assert.ok(logger.lines.length > 10, 'there were log lines to check');
    assert.ok(generateRequests(server).length >= 8);
  });
});

describe('the service module', () => {
  const dir = resolve(__dirname, '../../../../src/gemini');

  it('never imports vscode, and loads @google/genai only lazily', async () => {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.ts'));
    assert.ok(files.includes('geminiService.ts'));
    for (const file of files) {
      const source = await readFile(join(dir, file), 'utf8');
      assert.doesNotMatch(source, /from ['"]vscode['"]|require\(['"]vscode['"]\)/, file);
      for (const line of source.split('\n').filter((l) => /^import .*['"]@google\/genai['"]/.test(l))) {
        assert.match(line, /^import type /, `${file} imports the SDK eagerly: ${line}`);
      }
    }
  });
});
