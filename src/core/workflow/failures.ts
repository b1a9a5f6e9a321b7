import { BrokenStageFileError } from '../checkpoint/brokenFile';
import { GenerationError, type GenerationErrorKind } from '../generation/generationError';

/** Every way an item can fail: the generator's kinds plus the workflow's own. */
export type FailureKind =
  | GenerationErrorKind
  /** A reply that arrived and parsed but cannot be used (a required field left empty). */
  | 'invalid-reply'
  /** An input file that exists but cannot be read into what the stage needs. */
  | 'bad-input'
  /** The manuscript could not be assembled (a chapter missing or failed). */
  | 'blocked';

/**
 * What a failure stops:
 * - `attempt`: another attempt at the same item may work (invalid JSON, overload after the
 *   service's own retries);
 * - `item`: this item cannot be made now, the others can go on (content blocked, bad input file);
 * - `run`: nothing else will work either (bad key, daily quota, unknown model): stop at once;
 * - `cancel`: the writer cancelled;
 * - `stop`: start nothing new, let what is in flight finish, and leave this item as it was (its
 *   streamed text kept as a partial): the budget is spent.
 */
export type FailureScope = 'attempt' | 'item' | 'run' | 'cancel' | 'stop';

/** Each kind's scope: a new kind does not compile until its scope is chosen. */
const SCOPE_OF: Readonly<Record<FailureKind, FailureScope>> = {
  auth: 'run',
  permission: 'run',
  location: 'run',
  billing: 'run',
  'quota-daily': 'run',
  'model-unavailable-on-plan': 'run',
  'model-not-found': 'run',
  'model-retired': 'run',
  'bad-request': 'run',
  'invalid-json': 'attempt',
  'rate-limited': 'attempt',
  unavailable: 'attempt',
  timeout: 'attempt',
  network: 'attempt',
  unexpected: 'attempt',
  'invalid-reply': 'attempt',
  'content-blocked': 'item',
  'max-tokens': 'item',
  'empty-reply': 'item',
  'bad-input': 'item',
  blocked: 'item',
  cancelled: 'cancel',
  budget: 'stop',
};

export interface Failure {
  readonly kind: FailureKind;
  readonly message: string;
  readonly scope: FailureScope;
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

/** A reply that arrived and parsed but cannot be used (e.g. a required field left empty). */
export class UnusableReplyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnusableReplyError';
  }
}

export function classifyFailure(error: unknown, signal: AbortSignal): Failure {
  if (error instanceof GenerationError) {
    const partial = error.partialText ? { partialText: error.partialText } : {};
    if (error.kind === 'cancelled' || signal.aborted) return { ...failure('cancelled', 'cancelled'), ...partial };
    return { ...failure(error.kind, error.message), ...partial };
  }
  if (signal.aborted) return failure('cancelled', 'cancelled');
  if (error instanceof UnusableReplyError) return failure('invalid-reply', error.message);
  if (error instanceof BrokenStageFileError || error instanceof StageInputError) return failure('bad-input', error.message);
  const message = error instanceof Error ? error.message : String(error);
  // Not a kind the generator names: a bug or a host failure, which another attempt will not mend.
  return { kind: 'unexpected', message, scope: 'item' };
}

function failure(kind: FailureKind, message: string): Failure {
  return { kind, message, scope: SCOPE_OF[kind] };
}
