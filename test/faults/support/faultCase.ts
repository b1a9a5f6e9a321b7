// A fault case: set up a workspace, do something unkind to it, check what the writer would see,
// audit what is left, record one row of the table, and fail the test when anything is off.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { audit, type Audit, type AuditOptions } from './audit';
import { recordCase, type CaseRecord } from './collector';
import { FaultWorkspace, type WorkspaceOptions } from './workspace';

export interface Check {
  readonly what: string;
  readonly ok: boolean;
}

/** `check('exit code 0', code === 0)`: one expectation of a case. */
export function check(what: string, ok: boolean): Check {
  return { what, ok };
}

export interface CaseResult {
  readonly expected: string;
  readonly exitCode: number | null;
  readonly checks: readonly Check[];
  readonly notes?: readonly string[];
  readonly audit?: AuditOptions;
}

export interface CaseSpec {
  readonly name: string;
  readonly group: CaseRecord['group'];
  readonly workspace?: WorkspaceOptions;
  /**
   * The case demonstrates a known defect that is not fixed here: it still runs and records its
   * real figures, and is reported as pending with this reason while the defect reproduces. Once
   * it stops reproducing the test fails, so the mark is removed.
   */
  readonly knownIssue?: string;
  /** A reason to skip on this machine (recorded in the report), or undefined to run. */
  readonly skipIf?: () => string | undefined;
  readonly timeoutMs?: number;
  run(ws: FaultWorkspace): Promise<CaseResult>;
}

/** Registers the case as a mocha test. */
export function faultCase(spec: CaseSpec): void {
  it(spec.name, async function () {
    this.timeout(spec.timeoutMs ?? 60_000);
    const skip = spec.skipIf?.();
    if (skip) {
      recordCase({
        case: spec.name,
        group: spec.group,
        expected: '(skipped)',
        met: false,
        exitCode: null,
        wordsLost: 0,
        wordsLostInFlight: 0,
        corruptFiles: 0,
        keyOccurrences: 0,
        status: 'skipped',
        reason: skip,
        notes: [],
        durationMs: 0,
      });
      this.skip();
    }
    const started = performance.now();
    const ws = await FaultWorkspace.create(spec.workspace);
    let outcome: Evaluated;
    try {
      let result: CaseResult;
      try {
        result = await spec.run(ws);
      } catch (e) {
        result = { expected: '(the case threw)', exitCode: null, checks: [check(`no unexpected exception: ${(e as Error)?.stack ?? String(e)}`, false)] };
      }
      const failedRuns = ws.cliRuns.map((r, i) => `run ${i + 1} (${r.args[0]}, exit ${r.code ?? r.signal}): ${tail(r.stderr)}`);
      outcome = evaluate(
        spec.name,
        spec.group,
        { ...result, notes: [...(result.notes ?? []), ...(result.checks.every((c) => c.ok) ? [] : failedRuns)] },
        await audit(ws, result.audit),
        performance.now() - started,
        spec.knownIssue,
      );
    } finally {
      await ws.dispose();
    }
    settle(this, outcome, spec.knownIssue);
  });
}

/** The last lines a writer saw (log lines left out). */
function tail(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim() && !/^\d{4}-\d\d-\d\dT/.test(l));
  return lines.slice(-4).join(' ⏎ ') || '(nothing)';
}

export interface Evaluated {
  readonly record: CaseRecord;
  readonly problems: readonly string[];
}

/** Turns a case's checks and audit into its row; `problems` is empty when everything held. */
export function evaluate(name: string, group: CaseRecord['group'], result: CaseResult, found: Audit, durationMs: number, knownIssue?: string): Evaluated {
  const checks = [...result.checks, check('every request carried the key in the x-goog-api-key header', found.headerViolations === 0)];
  const failed = checks.filter((c) => !c.ok).map((c) => `expected: ${c.what}`);
  const met = failed.length === 0;
  const problems = [
    ...failed,
    ...(found.wordsLost > 0 ? [`${found.wordsLost} words lost: ${found.lostDetails.join('; ')}`] : []),
    ...(found.corruptFiles > 0 ? [`${found.corruptFiles} corrupt files: ${found.corruptDetails.join('; ')}`] : []),
    ...(found.keyOccurrences > 0 ? [`the key was found: ${found.keyDetails.join('; ')}`] : []),
  ];
  const notes = [
    ...problems,
    ...(result.notes ?? []),
    ...(found.wordsLostInFlight > 0
      ? [`${found.wordsLostInFlight} words were in flight at a kill or a stop and never read (allowed: a stop loses at most what was on the wire): ${found.lostDetails.join('; ')}`]
      : []),
    ...(found.tempFiles.length > 0 ? [`leftover temp files: ${found.tempFiles.join(', ')}`] : []),
  ];
  const record: CaseRecord = {
    case: name,
    group,
    expected: result.expected,
    met,
    exitCode: result.exitCode,
    wordsLost: found.wordsLost,
    wordsLostInFlight: found.wordsLostInFlight,
    corruptFiles: found.corruptFiles,
    keyOccurrences: found.keyOccurrences,
    status: knownIssue && problems.length > 0 ? 'known-issue' : 'ran',
    ...(knownIssue ? { reason: knownIssue } : {}),
    notes,
    durationMs: Math.round(durationMs),
  };
  recordCase(record);
  return { record, problems };
}

/** Passes, fails, or (for a known issue that still reproduces) marks the test pending. */
export function settle(test: Mocha.Context, outcome: Evaluated, knownIssue?: string): void {
  if (knownIssue) {
    if (outcome.problems.length > 0) {
      test.test!.title += ` [known issue: ${knownIssue}]`;
      test.skip();
    }
    assert.fail(`known issue no longer reproduces — remove the mark: ${knownIssue}`);
  }
  if (outcome.problems.length > 0) assert.fail(`${outcome.record.case}:\n  ${outcome.problems.join('\n  ')}`);
}
