import { EXIT_CODES } from './exitCodes';

/** A mistake in how the command was called or configured: exit 2, with what to do instead. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode: number = EXIT_CODES.badInput;
}
