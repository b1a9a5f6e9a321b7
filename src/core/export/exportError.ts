/**
 * Why an export could not be made, each with what to do about it. Nothing is written when one of
 * these is thrown: the output file is only replaced once the whole book is built.
 */
export type ExportErrorKind = 'no-story' | 'bad-brief' | 'no-chapters' | 'damaged-chapter' | 'unknown-format' | 'unwritable';

export class ExportError extends Error {
  override readonly name = 'ExportError';
  constructor(
    readonly kind: ExportErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/**
 * By shape, not `instanceof`: in the bundles the engine (dist/export.js) carries its own copy of
 * this class, so an error it throws is not an instance of the caller's.
 */
export function isExportError(e: unknown): e is ExportError {
  return e instanceof Error && e.name === 'ExportError' && typeof (e as { kind?: unknown }).kind === 'string';
}
