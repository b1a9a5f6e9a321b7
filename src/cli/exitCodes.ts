import type { FailureKind } from '../core/workflow/failures';
import type { RunSummary } from '../core/workflow/progress';

/** Exit codes of the headless command (0 is success). Documented in the README. */
export const EXIT_CODES = {
  ok: 0,
  unexpected: 1,
  badInput: 2,
  auth: 3,
  dailyQuota: 4,
  contentBlocked: 5,
  unavailable: 6,
  /** `lint --fail-on`: a finding at least that severe. */
  findings: 7,
  /** The run stopped at its budget (`--budget`, `storyWriter.budget.maxUsdPerRun`); what it wrote is kept. */
  budget: 8,
  cancelled: 130,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** What each kind of failure exits with: a new kind does not compile until it has a code. */
const EXIT_CODE_OF: Readonly<Record<FailureKind, ExitCode>> = {
  auth: EXIT_CODES.auth,
  permission: EXIT_CODES.auth,
  location: EXIT_CODES.auth,
  // Like the daily quota: nothing but the account's plan or credits changes the outcome.
  billing: EXIT_CODES.dailyQuota,
  'quota-daily': EXIT_CODES.dailyQuota,
  'model-unavailable-on-plan': EXIT_CODES.dailyQuota,
  'rate-limited': EXIT_CODES.unavailable,
  'model-not-found': EXIT_CODES.badInput,
  'model-retired': EXIT_CODES.badInput,
  'bad-request': EXIT_CODES.badInput,
  'content-blocked': EXIT_CODES.contentBlocked,
  'max-tokens': EXIT_CODES.badInput,
  'empty-reply': EXIT_CODES.unavailable,
  unavailable: EXIT_CODES.unavailable,
  timeout: EXIT_CODES.unavailable,
  network: EXIT_CODES.unavailable,
  cancelled: EXIT_CODES.cancelled,
  'invalid-json': EXIT_CODES.unexpected,
  unexpected: EXIT_CODES.unexpected,
  'invalid-reply': EXIT_CODES.unexpected,
  'bad-input': EXIT_CODES.badInput,
  blocked: EXIT_CODES.unexpected,
  budget: EXIT_CODES.budget,
};

export function exitCodeOf(kind: FailureKind): ExitCode {
  return EXIT_CODE_OF[kind];
}

/** A run's exit code: cancelled, the failure that stopped it, its first failure, or success. */
export function exitCodeOfRun(summary: Pick<RunSummary, 'outcome' | 'fatal' | 'failures'>): ExitCode {
  if (summary.outcome === 'cancelled') return EXIT_CODES.cancelled;
  if (summary.fatal) return exitCodeOf(summary.fatal.kind);
  if (summary.outcome === 'failed') return summary.failures[0] ? exitCodeOf(summary.failures[0].kind) : EXIT_CODES.unexpected;
  return EXIT_CODES.ok;
}
