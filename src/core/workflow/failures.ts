import { BrokenStageFileError } from '../checkpoint/brokenFile';
import { EXIT_CODES, GeminiError } from '../../gemini/errors';

/**
 * How the runner treats a failure. `scope` decides what stops:
 * - `attempt`: another attempt at the same item may work (invalid JSON, overload after the
 *   service's own retries);
 * - `item`: this item cannot be made now, the others can go on (content blocked, bad input file);
 * - `run`: nothing else will work either (bad key, daily quota, unknown model): stop at once;
 * - `cancel`: the writer cancelled.
 */
export interface Failure {
  readonly kind: string;
  readonly message: string;
  readonly scope: 'attempt' | 'item' | 'run' | 'cancel';
  readonly exitCode: number;
  /** Text streamed before the failure, when the service kept it. */
  readonly partialText?: string;
}

/** An input file that exists but cannot be read into what the stage's prompt needs. */
export class StageInputError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'StageInputError';
  }
}

const STOPS_THE_RUN = new Set(['auth', 'quota-daily', 'model-not-found', 'bad-request', 'circuit-open']);
const WORTH_ANOTHER_ATTEMPT = new Set(['invalid-json', 'rate-limited', 'unavailable', 'timeout', 'network', 'unexpected']);

export function classifyFailure(error: unknown, signal: AbortSignal): Failure {
  if (error instanceof GeminiError) {
    const partial = error.partialText ? { partialText: error.partialText } : {};
    if (error.kind === 'cancelled' || signal.aborted) return { kind: 'cancelled', message: 'cancelled', scope: 'cancel', exitCode: EXIT_CODES.cancelled, ...partial };
    const scope = STOPS_THE_RUN.has(error.kind) ? 'run' : WORTH_ANOTHER_ATTEMPT.has(error.kind) ? 'attempt' : 'item';
    return { kind: error.kind, message: error.message, scope, exitCode: error.exitCode, ...partial };
  }
  if (signal.aborted) return { kind: 'cancelled', message: 'cancelled', scope: 'cancel', exitCode: EXIT_CODES.cancelled };
  if (error instanceof UnusableReplyError) return { kind: 'invalid-reply', message: error.message, scope: 'attempt', exitCode: EXIT_CODES.unexpected };
  if (error instanceof BrokenStageFileError || error instanceof StageInputError) {
    return { kind: 'bad-input', message: error.message, scope: 'item', exitCode: EXIT_CODES.badInput };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'unexpected', message, scope: 'item', exitCode: EXIT_CODES.unexpected };
}

/** A reply that arrived and parsed but cannot be used (e.g. a required field left empty). */
export class UnusableReplyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnusableReplyError';
  }
}
