// The fault suite's shared table: every case records what it expected, whether that happened,
// the exit code, the words lost, the corrupt files and the key occurrences. Written to
// .test-output/faults-report.json when the run ends (a root `after` hook registered below), and
// printed by `npm run test:faults -- --report`.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type CaseStatus = 'ran' | 'skipped' | 'known-issue';

export interface CaseRecord {
  readonly case: string;
  readonly group: 'gemini' | 'machine' | 'writer' | 'security';
  /** What should happen, in words (exit code included when there is one). */
  readonly expected: string;
  /** Every expectation of the case held (outcome, exit code, files, messages). */
  readonly met: boolean;
  /** The run's exit code (CLI) or the summary's exitCode (engine); null when nothing ran. */
  readonly exitCode: number | null;
  /** Words the server sent for a chapter that are in no chapter or partial file and were not deliberately discarded. */
  readonly wordsLost: number;
  /** Words lost only because they were in flight when the process was killed (allowed by the spec). */
  readonly wordsLostInFlight: number;
  /** `.md` files that do not parse, or whose checkpoint metadata is invalid, or torn writes. */
  readonly corruptFiles: number;
  /** Occurrences of the distinctive API key in files, logs, stdout/stderr and request URLs. */
  readonly keyOccurrences: number;
  readonly status: CaseStatus;
  /** Why a case was skipped, or the known issue it demonstrates. */
  readonly reason?: string;
  /** Details: failed checks, counts, the error message a writer saw. */
  readonly notes: readonly string[];
  readonly durationMs: number;
}

const records: CaseRecord[] = [];
const startedAt = Date.now();

export function recordCase(record: CaseRecord): void {
  records.push(record);
}

export function recordedCases(): readonly CaseRecord[] {
  return records;
}

/** `.test-output/faults-report.json` at the repository root (out/test/faults/support → ../../../..). */
export function reportPath(): string {
  return join(resolve(__dirname, '../../../..'), '.test-output', 'faults-report.json');
}

export function writeReport(): string {
  const file = reportPath();
  mkdirSync(resolve(file, '..'), { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(),
    durationMs: Date.now() - startedAt,
    node: process.version,
    runningAsRoot: process.getuid?.() === 0,
    totals: {
      cases: records.length,
      met: records.filter((r) => r.met).length,
      notMet: records.filter((r) => !r.met && r.status === 'ran').length,
      knownIssues: records.filter((r) => r.status === 'known-issue').length,
      skipped: records.filter((r) => r.status === 'skipped').length,
      wordsLost: records.reduce((n, r) => n + r.wordsLost, 0),
      wordsLostInFlight: records.reduce((n, r) => n + r.wordsLostInFlight, 0),
      corruptFiles: records.reduce((n, r) => n + r.corruptFiles, 0),
      keyOccurrences: records.reduce((n, r) => n + r.keyOccurrences, 0),
    },
    cases: records,
  };
  // Write then rename: a reader (run.mjs) never sees half a report.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(temp, file);
  return file;
}

// Registered once, on the root suite, when the first test file loads this module.
if (typeof after === 'function') {
  after(function () {
    writeReport();
  });
}
