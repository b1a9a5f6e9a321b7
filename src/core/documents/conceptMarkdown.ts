import type { ParseResult, Problem } from '../story/problem';
import { completeConcept, type Concept, type ConceptReply } from './concept';
import { readBlocks, renderItem } from './markdown/blocks';
import { extraSection, extrasOf, renderExtraSections, type ExtraSection } from './markdown/extras';
import { joinLines, renderHeading, splitSections, type Section, type SourceLine } from './markdown/sections';
import { escapeText, headingKey, normalizeText, unescapeText } from './markdown/text';
import type { ParseDocumentOptions } from './documentOptions';
import { stageFile } from '../stages';

/**
 * `01-concept.md` ⇄ `Concept`. One `##` section per field, in a fixed order when written; read in
 * any order, under any heading level, with the names writers commonly use for them.
 */

type TextField = Exclude<keyof ConceptReply, 'themes' | 'title'>;

interface SectionSpec {
  readonly field: TextField | 'themes' | 'title';
  readonly heading: string;
  /** Heading keys (see `headingKey`) that mean this field. */
  readonly names: readonly string[];
}

/** Written in this order. `title` is read from a section too, but written in the `#` heading. */
const SECTIONS: readonly SectionSpec[] = [
  { field: 'logline', heading: 'Logline', names: ['logline', 'log line', 'pitch', 'one line pitch', 'one sentence pitch'] },
  { field: 'premise', heading: 'Premise', names: ['premise', 'expanded premise', 'synopsis', 'the premise'] },
  { field: 'protagonist', heading: 'Protagonist', names: ['protagonist', 'main character', 'hero', 'heroine', 'lead'] },
  { field: 'setting', heading: 'Setting', names: ['setting', 'world', 'time and place'] },
  { field: 'centralConflict', heading: 'Central Conflict', names: ['central conflict', 'conflict', 'core conflict', 'main conflict'] },
  { field: 'stakes', heading: 'Stakes', names: ['stakes', 'the stakes', 'what is at stake'] },
  { field: 'hook', heading: 'Hook', names: ['hook', 'opening hook', 'the hook'] },
  { field: 'themes', heading: 'Themes', names: ['themes', 'theme', 'key themes'] },
  { field: 'tone', heading: 'Tone', names: ['tone', 'mood', 'tone and mood', 'voice and tone'] },
  { field: 'ending', heading: 'Ending', names: ['ending', 'the ending', 'ending direction', 'resolution'] },
  { field: 'title', heading: 'Title', names: ['title', 'working title'] },
];

const REQUIRED: ReadonlyArray<{ field: 'logline' | 'premise'; hint: string }> = [
  { field: 'logline', hint: 'a one-sentence pitch' },
  { field: 'premise', hint: 'a few paragraphs on the situation and the story' },
];

const TITLE_HEADING = /^\s*(?:story\s+)?concept\b\s*(?:[:\-–—|]\s*(.*))?$/i;

export function renderConcept(concept: Concept): string {
  const parts = [renderHeading(1, concept.title ? `Concept: ${concept.title}` : 'Concept')];
  if (concept.preamble) parts.push(concept.preamble);
  for (const spec of SECTIONS) {
    if (spec.field === 'title') continue;
    if (spec.field === 'themes') {
      if (concept.themes.length > 0) parts.push(`${renderHeading(2, spec.heading)}\n\n${concept.themes.map((t) => renderItem(escapeText(t, { lists: false }))).join('\n')}`);
      continue;
    }
    const value = concept[spec.field];
    if (value) parts.push(`${renderHeading(2, spec.heading)}\n\n${escapeText(value, { lists: false })}`);
  }
  parts.push(...renderExtraSections(concept.extraSections));
  return `${parts.join('\n\n')}\n`;
}

export function parseConcept(body: string, options: ParseDocumentOptions = {}): ParseResult<Concept> {
  const file = options.file ?? stageFile('concept');
  const { preamble, sections } = splitSections(body);
  const found = new Map<SectionSpec['field'], { heading: Section['heading']; lines: SourceLine[] }>();
  const preambleLines = [...preamble];
  const extras: ExtraSection[] = [];
  let title: string | undefined;
  let current: { spec: SectionSpec; level: number } | undefined;

  for (const section of sections) {
    const spec = specFor(section.heading.text);
    const titleMatch = TITLE_HEADING.exec(section.heading.text);
    if (spec) {
      current = { spec, level: section.heading.level };
      const entry = found.get(spec.field);
      if (entry) entry.lines.push({ text: '', line: section.heading.line }, ...section.lines);
      else found.set(spec.field, { heading: section.heading, lines: [...section.lines] });
    } else if (title === undefined && (titleMatch || section.heading.level === 1)) {
      title = titleMatch ? (titleMatch[1] ?? '') : section.heading.text;
      preambleLines.push(...section.lines);
      current = undefined;
    } else if (current && current.spec.field !== 'themes' && section.heading.level > current.level) {
      // A sub-heading the writer put inside a text section stays part of that text.
      found.get(current.spec.field)!.lines.push({ text: renderHeading(section.heading.level, section.heading.text), line: section.heading.line }, ...section.lines);
    } else {
      extras.push(extraSection(section));
      current = undefined;
    }
  }

  const problems = requiredProblems(found, file);
  if (problems.length > 0) return { ok: false, problems };

  const raw: Record<string, unknown> = { ...extrasOf(preambleLines, extras) };
  if (title !== undefined) raw.title = title;
  for (const [field, { lines }] of found) raw[field] = field === 'themes' ? readList(lines) : readText(lines);
  const completed = completeConcept(raw);
  return completed.ok ? { ok: true, value: completed.value } : { ok: false, problems: completed.problems };
}

function specFor(headingText: string): SectionSpec | undefined {
  const key = headingKey(headingText);
  return SECTIONS.find((s) => s.names.includes(key));
}

function requiredProblems(found: Map<SectionSpec['field'], { heading: Section['heading']; lines: SourceLine[] }>, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const { field, hint } of REQUIRED) {
    const heading = SECTIONS.find((s) => s.field === field)!.heading;
    const entry = found.get(field);
    if (!entry) {
      problems.push({ field, message: `${file} has no "## ${heading}" section: add one with ${hint}` });
    } else if (readText(entry.lines) === '') {
      problems.push({ field, line: entry.heading.line, message: `${file} line ${entry.heading.line}: the "${entry.heading.text}" section is empty: write ${hint}` });
    }
  }
  return problems;
}

function readText(lines: readonly SourceLine[]): string {
  return normalizeText(unescapeText(joinLines(lines)));
}

/** Bullets are the items; a paragraph is an item too, and a lone comma-separated line is split. */
function readList(lines: readonly SourceLine[]): string[] | string {
  const blocks = readBlocks(lines);
  if (blocks.length === 1 && blocks[0]!.kind === 'paragraph') return unescapeText(blocks[0]!.text);
  return blocks.map((b) => normalizeText(unescapeText(b.text))).filter((t) => t !== '');
}
