/**
 * What went wrong with a document, in words a writer can act on. `field` names the thing that
 * failed (a front-matter key, a section heading, `characters[2].name`); `line` is 1-based when the
 * problem sits on a known line of a Markdown file.
 */
export interface Problem {
  readonly field: string;
  readonly message: string;
  readonly line?: number;
}

/** The outcome of reading or completing a document: a value, or every problem found at once. */
export type ParseResult<T> =
  /** `warnings`: what was read but could not be placed with certainty (the writer is told; nothing is dropped). */
  { readonly ok: true; readonly value: T; readonly warnings?: readonly Problem[] } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Shows an offending value briefly inside a message: `'lots'`, `12.5`, `[1,2]`. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `'${short.replace(/\r?\n/g, ' ')}'`;
  }
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}
