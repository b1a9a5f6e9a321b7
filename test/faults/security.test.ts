// The key goes to Gemini in one header and nowhere else; a workspace cannot redirect it; an
// untrusted workspace sends nothing. (A workspace's .vscode/settings.json pointing
// storyWriter.apiBaseUrl at another server is a VS Code matter: test/integration/security.test.ts.)
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultSettings } from '../../src/core/config/settings';
import { parseBrief } from '../../src/core/story/briefFile';
import type { RunSummary } from '../../src/core/workflow/progress';
import { check, faultCase } from './support/faultCase';
import { installFakeVscode } from './support/fakeVscode';
import { allDone, generateRequests, hasStackTrace, lastMessage } from './support/story';
import { MemoryLogger } from '../support/memoryLogger';
import { FAULT_KEY } from './support/workspace';

function assertFrontMatter(brief: string): void {
  if (!brief.startsWith('---\n')) throw new Error('the case expects a brief with front matter');
}

describe('faults: security', function () {
  faultCase({
    name: 'the key travels only in the x-goog-api-key header (check, generate, run; trace logging)',
    group: 'security',
    async run(ws) {
      const env = { STORY_WRITER_LOG: 'trace' };
      const config = await ws.config();
      const checked = await ws.cli(['check', '--config', config], { env });
      const generated = await ws.cli(['generate', '--prompt', 'Write about 40 words about a lamp.', '--json', '--config', config], { env });
      const ran = await ws.cli(['run', ws.storyDir, '--config', config, '--json'], { env });
      const all = ws.server.requests;
      return {
        expected: 'every request carries the key in the header, none in the URL; the key is in no file, cache entry, log line, stdout or stderr',
        exitCode: ran.code,
        checks: [
          check('check, generate and run exit 0', checked.code === 0 && generated.code === 0 && ran.code === 0),
          check('the server saw a models.get, a generate and the run', all.some((r) => r.action === 'getModel') && generateRequests(ws).length >= 8),
          check(
            'every request had the key header',
            all.every((r) => r.hadKeyHeader),
          ),
          check(
            'no request had ?key= in its URL',
            all.every((r) => !r.keyInQuery),
          ),
          check('the log was on (every call to Gemini logged)', ran.stderr.split('\n').filter((l) => / debug \[gemini\] Calling Gemini /.test(l)).length >= 7),
        ],
        notes: [`${all.length} requests, ${ran.stderr.length.toLocaleString('en-US')} characters of trace log searched`],
      };
    },
  });

  faultCase({
    name: 'a server that echoes the key in its error message',
    group: 'security',
    async run(ws) {
      ws.server.scriptWhen(() => true, {
        kind: 'status',
        statusCode: 400,
        body: { error: { code: 400, message: `Invalid request from key=${FAULT_KEY} (x-goog-api-key: ${FAULT_KEY}); check ${FAULT_KEY}`, status: 'INVALID_ARGUMENT' } },
      });
      const result = await ws.runCli({}, [], { env: { STORY_WRITER_LOG: 'trace' } });
      return {
        expected: 'the error is shown with the key redacted, in the message and the log; exit 2',
        exitCode: result.code,
        checks: [
          check('exit code 2', result.code === 2),
          check('the message shows the error, redacted', /\[redacted\]/.test(result.stderr)),
          check('no stack trace', !hasStackTrace(result.stderr)),
        ],
        notes: [`the writer saw: ${lastMessage(result)}`],
      };
    },
  });

  faultCase({
    // The headless command reads no .vscode/settings.json, so a case built on one could not fail.
    // What it does read from a folder it was handed is the story's brief, and from its
    // surroundings GOOGLE_GEMINI_BASE_URL: neither may send the key anywhere but --config's server.
    name: 'a story whose brief names another server, with GOOGLE_GEMINI_BASE_URL set too (headless)',
    group: 'security',
    async run(ws) {
      const attacker = await ws.extraServer();
      const briefPath = join(ws.storyDir, 'brief.md');
      const original = await readFile(briefPath, 'utf8');
      assertFrontMatter(original);
      const keys = ['apiBaseUrl', 'storyWriter.apiBaseUrl', 'baseUrl'];
      await writeFile(briefPath, original.replace(/^---\n/, `---\n${keys.map((k) => `${JSON.stringify(k)}: ${attacker.baseUrl}`).join('\n')}\n`));
      const brief = parseBrief(await readFile(briefPath, 'utf8'), 'brief.md');
      const result = await ws.runCli({}, [], { env: { GOOGLE_GEMINI_BASE_URL: attacker.baseUrl } });
      return {
        expected:
          'the brief’s keys are ignored with a warning naming each; the endpoint is --config’s even with GOOGLE_GEMINI_BASE_URL set; the other server receives nothing; exit 0',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check('the other server received nothing (no model lookup, no generate)', attacker.requests.length === 0),
          check('the user’s server received the run', generateRequests(ws).length >= 7),
          check('the brief still reads', brief.ok),
          check('each redirecting key in the brief is named as ignored', brief.ok && keys.every((k) => brief.warnings.some((w) => w.includes(`\`${k}\``) && /ignored/.test(w)))),
          check('every item done', await allDone(ws)),
        ],
        audit: { servers: [attacker] },
      };
    },
  });

  faultCase({
    name: 'an untrusted workspace: RunController refuses (vscode stand-in)',
    group: 'security',
    async run(ws) {
      const fake = installFakeVscode();
      try {
        // Loaded only now, with the stand-in installed (a static import would load the real module).
        const { RunController } = require('../../src/vscode/run/runController') as typeof import('../../src/vscode/run/runController');
        // While untrusted, any use of the service is a failure; once trusted, the status bar may read statistics.
        const touched: string[] = [];
        const service = new Proxy({} as Record<string, unknown>, {
          get: (_, p: string) => {
            if (p === 'onDidChange') return () => ({ dispose: () => undefined });
            if (fake.trusted && p === 'getStatistics') return () => ({ requests: 0, rateLimitedForMs: 0, speculative: { requests: 0 } });
            touched.push(p);
            return () => {
              throw new Error(`the service was used: ${p}`);
            };
          },
        });
        const settings = { ...defaultSettings(), apiBaseUrl: ws.server.baseUrl };
        const entry = { story: { id: 'untrusted', name: 'Untrusted', storyDir: ws.storyDir, fs: ws.fs, uri: (p: string) => p }, state: { brief: undefined, items: [] } };
        const controller = new RunController(
          service as never,
          () => settings,
          new MemoryLogger(),
          () => undefined,
          // No question is asked before the trust check refuses.
          { ask: () => Promise.resolve(undefined) } as never,
        );

        fake.trusted = false;
        const refused = await controller.run({ entry } as never);
        const warnings = fake.calls.filter((c) => c.api === 'window.showWarningMessage').map((c) => String(c.args[0]));
        const reachedProgress = fake.calls.some((c) => c.api === 'window.withProgress');
        const lockMade = existsSync(join(ws.storyDir, '.story-writer'));

        // The same call in a trusted workspace goes on to run (here it stops at the progress UI).
        fake.trusted = true;
        const summary: Partial<RunSummary> = { outcome: 'completed', failures: [], generated: [], words: 0, durationMs: 0 };
        fake.progressResult = summary;
        const trustedRun = await controller.run({ entry } as never);
        controller.dispose();
        return {
          expected: 'untrusted: returns without running — a warning offering Manage Workspace Trust, no request, no lock; trusted: the same call runs',
          exitCode: null,
          checks: [
            check('untrusted: no run', refused === undefined && !reachedProgress),
            check(
              'untrusted: the warning says nothing is sent to Gemini',
              warnings.some((w) => /not trusted/.test(w) && /nothing is sent to Gemini/.test(w)),
            ),
            check(`the service was never used for a request (${touched.join(', ') || 'not at all'})`, touched.length === 0),
            check('untrusted: no request and no lock', ws.server.requests.length === 0 && !lockMade),
            check('trusted: the same call goes on to run', trustedRun === summary && fake.calls.some((c) => c.api === 'window.withProgress')),
          ],
          notes: ['the integration harness starts VS Code with --disable-workspace-trust, so this path is checked with a stand-in for the vscode module'],
        };
      } finally {
        fake.uninstall();
      }
    },
  });
});
