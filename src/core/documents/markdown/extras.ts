import { joinLines, renderHeading, type Section, type SourceLine } from './sections';
import { normalizeText } from './text';

/**
 * What a writer added that no field holds: text before the first section and sections with
 * headings we do not know. It is kept (and shown to the model in later stages) rather than
 * dropped, and rendered back after the known sections, verbatim.
 */

export interface ExtraSection {
  readonly heading: string;
  /** The heading's `#` count as written, so sub-sections keep their shape. */
  readonly level: number;
  /** Markdown as written (normalised line endings and blank lines only). */
  readonly body: string;
}

export interface DocumentExtras {
  /** Text between the document's title and its first section. */
  readonly preamble?: string;
  readonly extraSections?: readonly ExtraSection[];
}

export function extraSection(section: Section): ExtraSection {
  return { heading: section.heading.text, level: section.heading.level, body: normalizeText(joinLines(section.lines)) };
}

/** Only the keys that have something, so values without extras stay deep-equal to plain ones. */
export function extrasOf(preambleLines: readonly SourceLine[], extras: readonly ExtraSection[]): DocumentExtras {
  const preamble = normalizeText(joinLines(preambleLines));
  return {
    ...(preamble ? { preamble } : {}),
    ...(extras.length > 0 ? { extraSections: [...extras] } : {}),
  };
}

export function renderExtraSections(extras: readonly ExtraSection[] | undefined): string[] {
  return (extras ?? []).map((e) => (e.body ? `${renderHeading(e.level, e.heading)}\n\n${e.body}` : renderHeading(e.level, e.heading)));
}

/**
 * The extras of a raw value, when it has any. Completing a value (`withDefaults`) validates the
 * model's fields and then carries these over unchanged: only parsed Markdown has them.
 */
export function extrasFrom(raw: unknown): DocumentExtras {
  if (raw === null || typeof raw !== 'object') return {};
  const { preamble, extraSections } = raw as DocumentExtras;
  return {
    ...(typeof preamble === 'string' && preamble !== '' ? { preamble } : {}),
    ...(Array.isArray(extraSections) && extraSections.length > 0 ? { extraSections } : {}),
  };
}
