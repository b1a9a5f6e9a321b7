import * as z from 'zod';
import type { Problem } from '../story/problem';
import { normalizeLine, normalizeText } from './markdown/text';

/**
 * Building blocks for completing a partial structured value: the recovery step the brief calls
 * "default values for non-critical fields". Non-critical fields fall back to an empty default and
 * are reported in `defaulted`; critical fields stay required. These schemas transform and catch,
 * so they are for validation only, never for `responseJsonSchema` (the strict stage schemas are).
 */

export type CompleteResult<T> = { readonly ok: true; readonly value: T; readonly defaulted: readonly string[] } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Records which fields were filled in, by dotted name (`characters.voice`). */
export type NoteDefault = (field: string) => void;

const missingOrText = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? 'is missing' : `must be ${what}`),
});

/** Free text, normalised; '' when absent or not text. */
export function optionalText(note: NoteDefault, field: string) {
  return z
    .string()
    .transform(normalizeText)
    .catch(() => {
      note(field);
      return '';
    });
}

/** One line (titles, names, labels), normalised; `fallback` when absent. */
export function optionalLine(note: NoteDefault, field: string, fallback = '') {
  return z
    .string()
    .transform(normalizeLine)
    .catch(() => {
      note(field);
      return fallback;
    });
}

/** Text that must be there: the story cannot go on without it. */
export function requiredText() {
  return z
    .string(missingOrText('text'))
    .transform(normalizeText)
    .pipe(z.string().min(1, { error: 'is empty' }));
}

export function requiredLine() {
  return z
    .string(missingOrText('text'))
    .transform(normalizeLine)
    .pipe(z.string().min(1, { error: 'is empty' }));
}

/**
 * A list of short texts. A model (or a writer) sometimes gives one string instead of a list:
 * "grief, memory" is read as two items.
 */
export function optionalTextList(note: NoteDefault, field: string) {
  return z
    .union([z.array(z.unknown()), z.string()])
    .transform((raw) => {
      const items = typeof raw === 'string' ? raw.split(/\n|[,;](?=\s|$)/) : raw.filter((x): x is string => typeof x === 'string');
      return items.map(normalizeText).filter((s) => s !== '');
    })
    .catch(() => {
      note(field);
      return [];
    });
}

/** A whole number in range; `fallback` when absent, not a number or out of range. */
export function optionalInt(note: NoteDefault, field: string, fallback: number, min: number, max: number) {
  return z
    .union([
      z.number(),
      z
        .string()
        .regex(/^\s*\d[\d,_ ]*\s*$/)
        .transform((s) => Number(s.replace(/[,_ ]/g, ''))),
    ])
    .pipe(z.number().int().min(min).max(max))
    .catch(() => {
      note(field);
      return fallback;
    });
}

/** Runs a lenient schema built with `note`, turning zod issues into writer-facing problems. */
export function complete<T>(build: (note: NoteDefault) => z.ZodType<T>, raw: unknown, what: string): CompleteResult<T> {
  const defaulted = new Set<string>();
  const parsed = build((field) => defaulted.add(field)).safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data, defaulted: [...defaulted] };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const field = issuePath(issue.path);
      return { field: field || what, message: field ? `${what}: \`${field}\` ${issue.message}` : `${what}: ${issue.message}` };
    }),
  };
}

function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}
