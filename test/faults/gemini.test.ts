// Gemini misbehaving: quotas, overload, broken streams, silence, refusals, a bad key or model.
// Most cases drive `node dist/cli.js run` as a child process; some drive the engine directly.
import { loadFixture, type Fault } from '../support/fakeGemini';
import { check, faultCase } from './support/faultCase';
import { allDone, chapterPath, chapterRequests, describeStates, generateRequests, hasStackTrace, isChapter, itemStates, metaOf, readIfExists, runJson } from './support/story';
import { exitCodeOfRun } from '../../src/cli/exitCodes';
import { promptTask } from '../support/promptTask';

/**
 * Gemini's per-minute 429 (RetryInfo, QuotaFailure, "Please retry in …") with a short advised
 * delay, for a paid-tier quota: the fixture's free-tier quota id would (rightly) hold the whole
 * session to 10 requests a minute, which is its own case in the unit tests.
 */
function perMinute429(retryDelay: string): Fault {
  const fixture = loadFixture('429-per-minute-retryinfo');
  const body = JSON.parse(JSON.stringify(fixture.body)) as { error: { message: string; details: Array<Record<string, unknown>> } };
  body.error.message = body.error.message.replace(/Please retry in [\d.]+s\./, `Please retry in ${retryDelay}.`);
  for (const d of body.error.details) if (d['@type'] === 'type.googleapis.com/google.rpc.RetryInfo') d.retryDelay = retryDelay;
  for (const d of body.error.details) {
    for (const v of (d.violations as Array<Record<string, unknown>> | undefined) ?? []) v.quotaId = String(v.quotaId).replace('-FreeTier', '');
  }
  return { kind: 'status', statusCode: 429, body, headers: fixture.headers };
}

const fixture = (name: string): Fault => ({ kind: 'fixture', name });

describe('faults: Gemini', function () {
  faultCase({
    name: '429 per-minute storm (RetryInfo 0.2s, every other request)',
    group: 'gemini',
    async run(ws) {
      let n = 0;
      const storm = ws.server.scriptWhen(() => n++ % 2 === 0, perMinute429('0.2s'), { times: 6 });
      const result = await ws.runCli({}, ['--json']);
      const json = runJson(result);
      const limited = ws.server.requests.filter((r) => r.status === 429);
      // Each retry must wait the advised delay (the pause of everyone else is the next case).
      const retryGaps = limited.map((r) => {
        const again = ws.server.requests.find((s) => s.id > r.id && s.promptText === r.promptText);
        return again && r.endedAt !== undefined ? again.startedAt - r.endedAt : Infinity;
      });
      return {
        expected: 'every 429 retried after the advised 0.2 s; story completes; exit 0',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check('six 429 replies were served', storm.used === 6 && limited.length === 6),
          check('every item done', await allDone(ws)),
          check(
            `each retry waited the advised 0.2 s (shortest wait ${Math.round(Math.min(...retryGaps))} ms)`,
            retryGaps.every((g) => g >= 195),
          ),
          check('the service counted the retries', (json?.statistics.retries ?? 0) >= 6),
        ],
        notes: [`${generateRequests(ws).length} generate requests, ${limited.length} answered 429, run took ${Math.round(result.durationMs)} ms`],
      };
    },
  });

  faultCase({
    name: '429 on chapter 1 pauses every request, not just its retry (RetryInfo 0.5s)',
    group: 'gemini',
    workspace: { server: { ttftMs: 100 } },
    async run(ws) {
      ws.server.scriptWhen(isChapter('draft', 1), perMinute429('0.5s'));
      const result = await ws.runCli();
      const limited = ws.server.requests.find((r) => r.status === 429);
      const end = limited?.endedAt ?? Infinity;
      // Chapter 2 was sent together with chapter 1 (before the 429 came back); everything sent
      // after the client saw the 429 — chapter 2's revision, chapter 1's retry — waits it out.
      const later = ws.server.requests.filter((r) => r.startedAt > end + 50);
      const soonest = Math.min(...later.map((r) => r.startedAt - end));
      return {
        expected: 'the limiter pauses for the advised 0.5 s: no request starts sooner, whichever chapter it is for; exit 0',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check(
            'chapter 2’s revision was among the requests that waited',
            later.some((r) => promptTask(r.promptText).startsWith('Revise Chapter 2')),
          ),
          check(`nothing started within 0.5 s of the 429 (soonest after ${Math.round(soonest)} ms)`, soonest >= 490),
          check('every item done', await allDone(ws)),
        ],
        notes: [`the first request after the 429 started ${Math.round(soonest)} ms after it (without the pause chapter 2’s revision would start about 100 ms after)`],
      };
    },
  });

  faultCase({
    name: '429 per day on chapter 2 while chapter 1 streams',
    group: 'gemini',
    workspace: { server: { tokensPerSecond: 250, wordsPerChunk: 6 } },
    async run(ws) {
      ws.server.scriptWhen(isChapter('draft', 2), fixture('429-per-day'), { times: Infinity });
      const result = await ws.runCli();
      const states = await itemStates(ws);
      return {
        expected: 'stops at once, never retried; chapter 1’s streamed text kept as a partial; exit 4',
        exitCode: result.code,
        checks: [
          check('exit code 4', result.code === 4),
          check('the daily quota was asked once (never retried)', chapterRequests(ws, 'draft', 2).length === 1),
          check('the message says the daily quota is used up', /daily Gemini quota/.test(result.stderr)),
          check('no revision was started', chapterRequests(ws, 'revision', 1).length === 0 && chapterRequests(ws, 'revision', 2).length === 0),
          check('concept, bible and outline stay done', states.concept === 'done' && states.bible === 'done' && states.outline === 'done'),
          check('no stack trace', !hasStackTrace(result.stderr)),
        ],
        notes: [describeStates(states)],
      };
    },
  });

  faultCase({
    name: 'bare 429 twice (no RetryInfo)',
    group: 'gemini',
    async run(ws) {
      ws.server.script(fixture('429-bare'), fixture('429-bare'));
      const result = await ws.runCli();
      return {
        expected: 'retried with backoff; story completes; exit 0',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check('two 429 replies served', ws.server.requests.filter((r) => r.status === 429).length === 2),
          check('every item done', await allDone(ws)),
        ],
      };
    },
  });

  // Issue #12 item 2 changed what these cases expect: an open circuit used to end the run
  // (`circuit-open`, exit 6) and the next run walked into it; now a call waits out the cooldown
  // and probes, and the run stops only when retries are spent after the breaker let calls through.
  faultCase({
    name: '503 storm opens the circuit (CLI; threshold 2, cooldown 1 s): the run waits out the pause and completes',
    group: 'gemini',
    async run(ws) {
      ws.server.scriptWhen(() => true, fixture('503-overloaded'), { times: 2 });
      const cfg = { 'storyWriter.circuitBreaker.failureThreshold': 2, 'storyWriter.circuitBreaker.cooldownSeconds': 1 };
      const result = await ws.runCli(cfg, ['--verbose']);
      const requests = generateRequests(ws);
      const overloaded = requests.filter((r) => r.status === 503);
      const opened = overloaded.at(-1)?.endedAt ?? Infinity;
      const after = requests.filter((r) => r.startedAt > (overloaded.at(-1)?.startedAt ?? Infinity));
      const soonest = Math.min(...after.map((r) => r.startedAt - opened));
      const probe = after[0];
      const beside = probe ? after.filter((r) => r !== probe && r.startedAt < (probe.endedAt ?? Infinity)) : [];
      return {
        expected: 'after 2 failures requests pause for the 1 s cooldown (nothing is sent), one probe goes, the circuit closes and the same run completes; exit 0',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check('two 503 replies were served', overloaded.length === 2),
          check(`nothing was sent during the 1 s cooldown (first request ${Math.round(soonest)} ms after the circuit opened)`, soonest >= 990),
          check('the first request after the pause went alone (the probe)', probe !== undefined && beside.length === 0),
          check('the log says the requests wait for the next try', /waiting 1 s for the next try/.test(result.stderr) && /Circuit closed/.test(result.stderr)),
          check('every item done', await allDone(ws)),
        ],
        notes: [`${requests.length} generate requests; the first after the pause started ${Math.round(soonest)} ms after the circuit opened`],
      };
    },
  });

  faultCase({
    name: '503 storm: circuit open → half-open probe fails → half-open probe succeeds, in one run (engine, one service)',
    group: 'gemini',
    async run(ws) {
      ws.server.scriptWhen(() => true, fixture('503-overloaded'), { times: 3 });
      const overrides = { 'storyWriter.circuitBreaker.failureThreshold': 2, 'storyWriter.circuitBreaker.cooldownSeconds': 1 };
      const service = ws.service(ws.settings(overrides));
      const states: string[] = [];
      service.onDidChange(() => {
        const s = service.getStatistics().circuitState;
        if (states.at(-1) !== s) states.push(s);
      });
      const summary = await ws.runEngine(overrides, { service });
      const finalState = service.getStatistics().circuitState;
      const requests = generateRequests(ws);
      const overloaded = requests.filter((r) => r.status === 503);
      const [, second, third] = overloaded;
      const gapAfterOpen = second && third ? third.startedAt - (second.endedAt ?? Infinity) : -1;
      const fourth = requests.find((r) => third !== undefined && r.startedAt > third.startedAt);
      const gapAfterReopen = third && fourth ? fourth.startedAt - (third.endedAt ?? Infinity) : -1;
      const logged = ws.logger.lines.filter((l) => /Circuit (open|half-open|closed)/.test(l)).map((l) => /Circuit ([\w-]+)/.exec(l)?.[1]);
      return {
        expected: '2 failures open the circuit; after the cooldown one probe fails and reopens it; after another cooldown the next probe closes it; the run completes (exit 0)',
        exitCode: exitCodeOfRun(summary),
        checks: [
          check('exit 0 and the circuit is closed', exitCodeOfRun(summary) === 0 && finalState === 'closed'),
          check('three 503 replies were served', overloaded.length === 3),
          check(`the first probe waited the 1 s cooldown (${Math.round(gapAfterOpen)} ms)`, gapAfterOpen >= 990),
          check(`the second probe waited another cooldown (${Math.round(gapAfterReopen)} ms)`, gapAfterReopen >= 990),
          check('every item done', await allDone(ws)),
          check(`the log shows open → half-open → open → half-open → closed (saw ${logged.join(' → ')})`, logged.join(',') === 'open,half-open,open,half-open,closed'),
        ],
        notes: [`circuit states seen: ${states.join(' → ')}`],
      };
    },
  });

  faultCase({
    name: '503 until retries are spent: the run stops after the breaker let calls through; Retry waits for the cooldown (engine, one service)',
    group: 'gemini',
    async run(ws) {
      const storm = ws.server.scriptWhen(() => true, fixture('503-overloaded'), { times: Infinity });
      const overrides = {
        'storyWriter.circuitBreaker.failureThreshold': 2,
        'storyWriter.circuitBreaker.cooldownSeconds': 1,
        'storyWriter.retry.maxRetries': 2,
        'storyWriter.workflow.maxRetriesPerStage': 1,
      };
      const service = ws.service(ws.settings(overrides));
      const first = await ws.runEngine(overrides, { service });
      const stopped = generateRequests(ws);
      // Every request after the circuit opened (the second) is a lone probe after a cooldown.
      const probeGaps = stopped.slice(2).map((r, i) => r.startedAt - (stopped[i + 1]!.endedAt ?? Infinity));
      const stateAfterFirst = service.getStatistics().circuitState;
      // Gemini is back; the writer presses Retry at once, while the circuit is still open.
      storm.cancel();
      const lastFailureEnded = stopped.at(-1)?.endedAt ?? Infinity;
      const second = await ws.runEngine(overrides, { service });
      const retried = generateRequests(ws).slice(stopped.length);
      const retryGap = retried.length > 0 ? retried[0]!.startedAt - lastFailureEnded : -1;
      return {
        expected:
          'the concept call: attempts 1 and 2 open the circuit, attempt 3 waits the cooldown and probes; the fallback prompt then spends its 3 attempts as probes, each after a cooldown; the run stops (exit 6, circuit open); Retry waits out the cooldown and completes (exit 0)',
        exitCode: exitCodeOfRun(second),
        checks: [
          check(`first run exit 6 after exactly 6 requests (saw ${stopped.length})`, exitCodeOfRun(first) === 6 && stopped.length === 6),
          check(
            `each request after the circuit opened waited the 1 s cooldown (${probeGaps.map(Math.round).join(', ')} ms)`,
            probeGaps.length === 4 && probeGaps.every((g) => g >= 990),
          ),
          check('the failure says the retries were spent', /Gave up after 3 attempts/.test(first.failures[0]?.message ?? '')),
          check('the circuit is open when the run stops', stateAfterFirst === 'open'),
          check(`Retry sent nothing before the cooldown ended (first request after ${Math.round(retryGap)} ms)`, retryGap >= 990),
          check('Retry exit 0, every item done', exitCodeOfRun(second) === 0),
          check('every item done', await allDone(ws)),
        ],
      };
    },
  });

  faultCase({
    name: '500 internal twice on chapter 1',
    group: 'gemini',
    async run(ws) {
      ws.server.scriptWhen(isChapter('draft', 1), fixture('500-internal'), { times: 2 });
      const result = await ws.runCli();
      return {
        expected: 'retried; story completes; exit 0',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check('chapter 1 was asked three times', chapterRequests(ws, 'draft', 1).length === 3),
          check('every item done', await allDone(ws)),
        ],
      };
    },
  });

  faultCase({
    name: 'stream cut mid-chapter (CLI)',
    group: 'gemini',
    async run(ws) {
      ws.server.scriptWhen(isChapter('draft', 1), { kind: 'cut', afterWords: 60 });
      const result = await ws.runCli({}, ['--json']);
      const json = runJson(result);
      return {
        expected: 'the cut reply is discarded and the chapter starts again cleanly; story completes; exit 0',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check('the restart was reported', (json?.restarts ?? 0) >= 1 && /stream was cut/.test(result.stderr)),
          check('every item done', await allDone(ws)),
          check('no partial file left', readIfExists(chapterPath(ws, 'draft', 1, true)) === undefined),
        ],
      };
    },
  });

  faultCase({
    name: 'stream cut mid-chapter (engine)',
    group: 'gemini',
    async run(ws) {
      ws.server.scriptWhen(isChapter('draft', 2), { kind: 'cut', afterWords: 45 });
      const restarts: string[] = [];
      const summary = await ws.runEngine({}, { onRestart: (id) => restarts.push(id) });
      return {
        expected: 'the chapter restarts (onRestart), story completes; exit 0',
        exitCode: exitCodeOfRun(summary),
        checks: [
          check('exit code 0', exitCodeOfRun(summary) === 0),
          check('draft:02 restarted once', restarts.join(',') === 'draft:02'),
          check('every item done', await allDone(ws)),
        ],
      };
    },
  });

  faultCase({
    name: 'stream cut with no retries left: partial kept, next run continues it',
    group: 'gemini',
    async run(ws) {
      ws.server.scriptWhen(isChapter('draft', 1), { kind: 'cut', afterWords: 80 });
      const cfg = { 'storyWriter.retry.maxRetries': 0, 'storyWriter.workflow.maxRetriesPerStage': 1 };
      const first = await ws.runCli(cfg);
      const partialPath = chapterPath(ws, 'draft', 1, true);
      const partial = readIfExists(partialPath);
      const partialMeta = partial === undefined ? undefined : metaOf(partialPath);
      const cutText = chapterRequests(ws, 'draft', 1)[0]?.outputText ?? '';
      const second = await ws.runCli(cfg);
      const final = readIfExists(chapterPath(ws, 'draft', 1)) ?? '';
      const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
      // Continued, not started again: the Continue prompt carries the end of the saved text.
      const savedTail = norm(cutText).slice(-120);
      const continued = ws.server.requests.some((r) => promptTask(r.promptText).startsWith('Continue Chapter 1') && norm(r.promptText).includes(savedTail));
      return {
        expected: 'run 1 fails chapter 1 (exit 6) keeping the 80 streamed words in chapter-01.partial.md; run 2 continues from them (exit 0)',
        exitCode: second.code,
        checks: [
          check('first run exit code 6', first.code === 6),
          check('the partial holds the streamed words', partial !== undefined && norm(partial).includes(norm(cutText)) && cutText.length > 0),
          check('the partial is a valid checkpoint marked partial', partialMeta?.kind === 'checkpoint' && partialMeta.meta.status === 'partial'),
          check('second run continued the chapter (a Continue prompt carrying the saved text)', continued && savedTail.length > 0),
          check('second run exit code 0', second.code === 0),
          check('the final chapter holds the streamed words once', cutText.length > 0 && norm(final).split(norm(cutText)).length - 1 === 1),
          check('no partial file left', readIfExists(chapterPath(ws, 'draft', 1, true)) === undefined),
          check('every item done', await allDone(ws)),
        ],
      };
    },
  });

  faultCase({
    name: 'malformed SSE chunk mid-chapter',
    group: 'gemini',
    async run(ws) {
      ws.server.scriptWhen(isChapter('draft', 1), { kind: 'malformed', afterWords: 40 });
      const result = await ws.runCli();
      return {
        expected: 'the garbled attempt is discarded and the chapter made again; story completes; exit 0',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check(
            'the malformed reply was served',
            ws.server.requests.some((r) => r.fault?.kind === 'malformed'),
          ),
          check('every item done', await allDone(ws)),
        ],
      };
    },
  });

  faultCase({
    name: 'hang past requestTimeoutSeconds (5 s)',
    group: 'gemini',
    timeoutMs: 60_000,
    async run(ws) {
      ws.server.scriptWhen(isChapter('draft', 1), { kind: 'hang' });
      const result = await ws.runCli({ 'storyWriter.requestTimeoutSeconds': 5 });
      const hung = ws.server.requests.find((r) => r.fault?.kind === 'hang');
      return {
        expected: 'the silent request is abandoned after 5 s and retried; story completes; exit 0',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check(
            'the client closed the hung request after about 5 s',
            hung?.endReason === 'client-closed' && (hung.endedAt ?? 0) - hung.startedAt >= 4_900 && (hung.endedAt ?? 0) - hung.startedAt < 15_000,
          ),
          check('every item done', await allDone(ws)),
        ],
        notes: hung?.endedAt ? [`hung request closed after ${Math.round(hung.endedAt - hung.startedAt)} ms`] : [],
      };
    },
  });

  /**
   * A chapter's failure leaves the others to finish under `retry`; the drafts' default,
   * `retry_required`, stops the run instead (test/unit/core/workflow/recovery.test.ts).
   */
  const OTHER_CHAPTERS_GO_ON = { 'storyWriter.workflow.recovery': { draft: 'retry' } };

  for (const [label, name, reason] of [
    ['SAFETY', '200-finish-safety', /SAFETY/],
    ['RECITATION', '200-finish-recitation', /RECITATION/],
    ['prompt blocked', '200-prompt-blocked', /PROHIBITED_CONTENT|refused the prompt/],
    ['no candidates', '200-no-candidates', /no candidates/],
  ] as const) {
    faultCase({
      name: `${label} on chapter 2`,
      group: 'gemini',
      async run(ws) {
        ws.server.scriptWhen(isChapter('draft', 2), fixture(name), { times: Infinity });
        const result = await ws.runCli(OTHER_CHAPTERS_GO_ON, ['--json']);
        const states = await itemStates(ws);
        return {
          expected: 'chapter 2 fails with a named reason, not retried; chapter 1 drafted and revised; no manuscript; exit 5',
          exitCode: result.code,
          checks: [
            check('exit code 5', result.code === 5),
            check('chapter 1 drafted and revised', states['draft:01'] === 'done' && states['revision:01'] === 'done'),
            check('chapter 2 failed', states['draft:02'] === 'failed'),
            check('asked once (content refusals are not retried)', chapterRequests(ws, 'draft', 2).length === 1),
            check('the message names chapter 2 and the reason', /draft, chapter 2 failed/.test(result.stderr) && reason.test(result.stderr)),
            check('no manuscript', readIfExists(`${ws.storyDir}/story.md`) === undefined),
          ],
          notes: [describeStates(states)],
        };
      },
    });
  }

  faultCase({
    name: 'SAFETY on chapter 1 (engine)',
    group: 'gemini',
    async run(ws) {
      ws.server.scriptWhen(isChapter('draft', 1), fixture('200-finish-safety'), { times: Infinity });
      const summary = await ws.runEngine(OTHER_CHAPTERS_GO_ON);
      const states = await itemStates(ws);
      return {
        expected: 'draft:01 failed (content-blocked); chapter 2 done; exit 5',
        exitCode: exitCodeOfRun(summary),
        checks: [
          check('exit code 5', exitCodeOfRun(summary) === 5),
          check('the failure is content-blocked with reason SAFETY', summary.failures[0]?.kind === 'content-blocked' && /SAFETY/.test(summary.failures[0]?.message ?? '')),
          check('chapter 2 drafted and revised', states['draft:02'] === 'done' && states['revision:02'] === 'done'),
        ],
      };
    },
  });

  faultCase({
    name: 'MAX_TOKENS with empty text on chapter 1',
    group: 'gemini',
    async run(ws) {
      ws.server.scriptWhen(isChapter('draft', 1), fixture('200-finish-max-tokens-empty'));
      const result = await ws.runCli();
      const asks = chapterRequests(ws, 'draft', 1);
      type Config = { maxOutputTokens?: number; thinkingConfig?: { thinkingBudget?: number; thinkingLevel?: string } } | undefined;
      const first = asks[0]?.generationConfig as Config;
      const second = asks[1]?.generationConfig as Config;
      return {
        expected: 'asked again once with more room and the least thinking the model takes (LOW on 3.8 Flash, never a budget); story completes; exit 0',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check(
            'the second request asked for the least thinking, with a larger budget',
            asks.length === 2 &&
              second?.thinkingConfig?.thinkingLevel === 'LOW' &&
              second.thinkingConfig.thinkingBudget === undefined &&
              (second.maxOutputTokens ?? 0) > (first?.maxOutputTokens ?? 0),
          ),
          check(
            'Gemini accepted it (no 400)',
            ws.server.requests.every((r) => r.status !== 400),
          ),
          check('every item done', await allDone(ws)),
        ],
      };
    },
  });

  faultCase({
    name: 'MAX_TOKENS with partial text on chapter 1',
    group: 'gemini',
    async run(ws) {
      ws.server.scriptWhen(isChapter('draft', 1), fixture('200-finish-max-tokens-partial'));
      const result = await ws.runCli();
      const draft = metaOf(chapterPath(ws, 'draft', 1));
      const body = draft.kind === 'checkpoint' ? draft.body : '';
      return {
        expected: 'the cut text is kept (flagged truncated) and the chapter continued to length; exit 0',
        exitCode: result.code,
        checks: [
          check('exit code 0', result.code === 0),
          check('the chapter keeps the text Gemini sent', body.includes('The lighthouse keeper counted the ships every night, but on the ninth night')),
          check(
            'the chapter was continued (a Continue prompt)',
            ws.server.requests.some((r) => promptTask(r.promptText).startsWith('Continue Chapter 1')),
          ),
          check('the chapter is flagged truncated', draft.kind === 'checkpoint' && (draft.meta.flags ?? []).includes('truncated')),
          check('every item done', await allDone(ws)),
        ],
      };
    },
  });

  const WRONG_KEY = 'AIzaSyWRONG-FAULTS-31d0-never-leak-9999';
  faultCase({
    name: 'invalid API key',
    group: 'gemini',
    async run(ws) {
      const result = await ws.runCli({}, [], { env: { GEMINI_API_KEY: WRONG_KEY } });
      const states = await itemStates(ws);
      return {
        expected: 'stops at the first request with “Gemini rejected the API key”; nothing written; exit 3',
        exitCode: result.code,
        checks: [
          check('exit code 3', result.code === 3),
          // The model lookup (models.get) meets the key first.
          check('one request, not retried', ws.server.requests.length === 1 && generateRequests(ws).length === 0),
          check('the message says the key was rejected and how to set one', /rejected the API key/.test(result.stderr) && /GEMINI_API_KEY/.test(result.stderr)),
          check(
            'nothing generated (concept failed, the rest pending)',
            states.concept === 'failed' && Object.entries(states).every(([id, s]) => id === 'concept' || s === 'pending'),
          ),
        ],
        audit: { key: WRONG_KEY },
      };
    },
  });

  faultCase({
    name: 'unknown model',
    group: 'gemini',
    async run(ws) {
      const result = await ws.runCli({ 'storyWriter.model': 'gemini-9.9-nonexistent' });
      return {
        expected: 'stops at the first request naming the model and the setting; exit 2',
        exitCode: result.code,
        checks: [
          check('exit code 2', result.code === 2),
          // The model lookup (models.get) finds no such model.
          check('one request, not retried', ws.server.requests.length === 1 && generateRequests(ws).length === 0),
          check('the message names the model and storyWriter.model', /gemini-9\.9-nonexistent/.test(result.stderr) && /storyWriter\.model/.test(result.stderr)),
          check('no stack trace', !hasStackTrace(result.stderr)),
        ],
      };
    },
  });
});
