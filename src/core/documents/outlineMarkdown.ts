import type { ParseResult, Problem } from '../story/problem';
import type { ParseDocumentOptions, RenderDocumentOptions } from './documentOptions';
import { readBlocks, renderItem } from './markdown/blocks';
import { extraSection, extrasOf, renderExtraSections, type ExtraSection } from './markdown/extras';
import { renderHeading, splitSections, type Heading, type SourceLine } from './markdown/sections';
import { escapeText, headingKey, labelKey, normalizeLine, normalizeText, renderLabel, splitLabel, unescapeText } from './markdown/text';
import { completeOutline, type Outline, type OutlineChapter, type OutlineDefaults } from './outline';
import { stageFile } from '../stages';

/**
 * `03-outline.md` ⇄ `Outline`. Each chapter is `## Chapter N: Title`, a summary, a
 * `**Target words:**` line (and `**Point of view:**` when set) and a `### Beats` list.
 *
 * Numbering: the number in each chapter heading is the chapter's number. Deleting a chapter does
 * NOT renumber the others (1, 3, 4 stay 1, 3, 4), because chapter files on disk and the writer's
 * own references are keyed by those numbers; chapters are returned sorted by number, and two
 * chapters with the same number are a problem the writer must resolve.
 */

export interface ParseOutlineOptions extends ParseDocumentOptions, OutlineDefaults {}

const CHAPTER_HEADING = /^\s*(?:chapter|ch\.?)\s+([0-9]{1,3}|[a-z]+)\b\s*(?:[:.\-–—)|]\s*)?(.*)$/i;
const NUMBERED_HEADING = /^\s*([0-9]{1,3})\s*[:.\-–—)]\s*(.+)$/;
const TITLE_HEADING = /^\s*(?:story\s+)?outline\b/i;

const BEATS_NAMES = new Set(['beats', 'key beats', 'scene beats', 'story beats', 'plot beats', 'scenes', 'events', 'plot points']);
const SUMMARY_NAMES = new Set(['summary', 'synopsis', 'overview', 'what happens']);
const TARGET_LABELS = new Set(['target words', 'target', 'words', 'word count', 'target word count', 'length', 'target length']);
const POV_LABELS = new Set(['point of view', 'pov', 'viewpoint', 'pov character', 'narrator', 'viewpoint character']);

// ─── Writing ────────────────────────────────────────────────────────────────────────────────────

export function renderOutline(outline: Outline, options: RenderDocumentOptions = {}): string {
  const parts = [renderHeading(1, options.title ? `Outline: ${options.title}` : 'Outline')];
  if (outline.preamble) parts.push(outline.preamble);
  parts.push(...outline.chapters.map(renderChapterEntry));
  parts.push(...renderExtraSections(outline.extraSections));
  return `${parts.join('\n\n')}\n`;
}

function renderChapterEntry(c: OutlineChapter): string {
  const parts = [renderHeading(2, c.title ? `Chapter ${c.number}: ${c.title}` : `Chapter ${c.number}`)];
  if (c.summary) parts.push(escapeText(c.summary, { lists: true }));
  parts.push(renderLabel('Target words', String(c.targetWords)));
  if (c.pov) parts.push(renderLabel('Point of view', c.pov));
  if (c.beats.length > 0) {
    parts.push(renderHeading(3, 'Beats'), c.beats.map((b) => renderItem(escapeText(b, { lists: false }))).join('\n'));
  }
  parts.push(...renderExtraSections(c.extraSections));
  return parts.join('\n\n');
}

// ─── Reading ────────────────────────────────────────────────────────────────────────────────────

interface ChapterDraft {
  readonly heading: Heading;
  readonly number: number;
  readonly title: string;
  /** Summary, meta lines and loose bullets (bullets outside a Beats section are beats). */
  readonly body: SourceLine[];
  readonly beats: SourceLine[];
  readonly extras: ExtraSection[];
}

export function parseOutline(body: string, options: ParseOutlineOptions = {}): ParseResult<Outline> {
  const file = options.file ?? stageFile('outline');
  const { preamble, sections } = splitSections(body);
  const preambleLines = [...preamble];
  const extras: ExtraSection[] = [];
  const chapters: ChapterDraft[] = [];
  const problems: Problem[] = [];
  let titleSeen = false;
  // Where the lines of the current heading go: a chapter's body, its beats, or nowhere.
  let current: { chapter: ChapterDraft; part: 'body' | 'beats' | 'extra' } | undefined;

  for (const section of sections) {
    const { heading, lines } = section;
    const key = headingKey(heading.text);
    const chapterHeading = readChapterHeading(heading.text);
    if (chapterHeading) {
      const chapter: ChapterDraft = { heading, ...chapterHeading, body: [...lines], beats: [], extras: [] };
      chapters.push(chapter);
      current = { chapter, part: 'body' };
    } else if (current && BEATS_NAMES.has(key)) {
      current.chapter.beats.push(...lines);
      current = { chapter: current.chapter, part: 'beats' };
    } else if (current && SUMMARY_NAMES.has(key)) {
      current.chapter.body.push({ text: '', line: heading.line }, ...lines);
      current = { chapter: current.chapter, part: 'body' };
    } else if (!titleSeen && chapters.length === 0 && (TITLE_HEADING.test(heading.text) || heading.level === 1)) {
      titleSeen = true;
      preambleLines.push(...lines);
    } else if (current && heading.level > current.chapter.heading.level) {
      current.chapter.extras.push(extraSection(section));
      current = { chapter: current.chapter, part: 'extra' };
    } else {
      extras.push(extraSection(section));
      current = undefined;
    }
  }

  if (chapters.length === 0) {
    return { ok: false, problems: [{ field: 'chapters', message: `${file} has no chapters: add one as "## Chapter 1: Title" with a summary below it` }] };
  }
  problems.push(...duplicateProblems(chapters, file));

  const rawChapters = chapters.map((c) => readChapter(c, file, problems, options.targetWordsPerChapter));
  if (problems.length > 0) return { ok: false, problems };
  const completed = completeOutline({ chapters: rawChapters, ...extrasOf(preambleLines, extras) }, options);
  if (!completed.ok) return { ok: false, problems: completed.problems.map((p) => namedByHeading(p, chapters, file)) };
  return { ok: true, value: completed.value };
}

function readChapterHeading(text: string): { number: number; title: string } | undefined {
  const m = CHAPTER_HEADING.exec(text);
  const numbered = m ? undefined : NUMBERED_HEADING.exec(text);
  const number = m ? chapterNumber(m[1]!) : numbered ? Number(numbered[1]) : undefined;
  if (number === undefined || number < 1) return undefined;
  return { number, title: normalizeLine((m ? m[2] : numbered![2]) ?? '') };
}

function duplicateProblems(chapters: readonly ChapterDraft[], file: string): Problem[] {
  const seen = new Map<number, ChapterDraft>();
  const problems: Problem[] = [];
  for (const c of chapters) {
    const first = seen.get(c.number);
    if (first) {
      problems.push({
        field: `chapter[${c.number}]`,
        line: c.heading.line,
        message: `${file} line ${c.heading.line}: "${c.heading.text}" has the same number as "${first.heading.text}" (line ${first.heading.line}): renumber one of them`,
      });
    } else {
      seen.set(c.number, c);
    }
  }
  return problems;
}

/** The chapter's fields from its lines; a target-words line that is not a number is a problem. */
function readChapter(c: ChapterDraft, file: string, problems: Problem[], fallbackWords: number | undefined): Record<string, unknown> {
  const summary: string[] = [];
  const beats: string[] = [];
  let targetWords: number | undefined;
  let pov: string | undefined;

  const takeMeta = (text: string, line: number): boolean => {
    const label = splitLabel(text);
    const key = label && labelKey(label.label);
    if (!label || !key) return false;
    if (TARGET_LABELS.has(key)) {
      targetWords = readNumber(label.value);
      if (targetWords === undefined) {
        problems.push({ field: `chapter[${c.number}].targetWords`, line, message: `${file} line ${line}: "${text}" should give a number, like "**Target words:** 1800"` });
      }
      return true;
    }
    if (POV_LABELS.has(key)) {
      pov = normalizeLine(label.value);
      return true;
    }
    return false;
  };

  for (const block of readBlocks(c.body)) {
    const text = normalizeText(unescapeText(block.text));
    if (block.kind === 'item') {
      if (!takeMeta(text, block.line)) beats.push(text);
      continue;
    }
    // Meta lines may sit inside a paragraph (no blank line around them): take them out line by line.
    const rest = text.split('\n').filter((lineText, i) => !takeMeta(lineText, block.line + i));
    if (rest.length > 0 && rest.join('').trim() !== '') summary.push(normalizeText(rest.join('\n').replace(/^\s*(?:\*\*|__)?summary(?:\*\*|__)?\s*:(?:\*\*|__)?\s*/i, '')));
  }
  for (const block of readBlocks(c.beats)) {
    const text = normalizeText(unescapeText(block.text));
    // Under "Beats" every bullet is a beat; only a loose line can be a target-words line.
    if (text !== '' && (block.kind === 'item' || !takeMeta(text, block.line))) beats.push(text);
  }

  if (targetWords === undefined && fallbackWords === undefined && !problems.some((p) => p.field === `chapter[${c.number}].targetWords`)) {
    problems.push({
      field: `chapter[${c.number}].targetWords`,
      line: c.heading.line,
      message: `${file} line ${c.heading.line}: "${c.heading.text}" has no target length: add a line like "**Target words:** 1800"`,
    });
  }
  return {
    number: c.number,
    title: c.title,
    summary: summary.join('\n\n'),
    beats,
    ...(targetWords !== undefined ? { targetWords } : {}),
    ...(pov ? { pov } : {}),
    ...(c.extras.length > 0 ? { extraSections: c.extras } : {}),
  };
}

/** "1800", "1,800", "about 1800 words" → 1800. */
function readNumber(text: string): number | undefined {
  const m = /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+/.exec(text);
  return m ? Number(m[0].replace(/[^\d]/g, '')) : undefined;
}

/** Rewrites `outline: chapters[1] …` as the heading the writer sees. */
function namedByHeading(problem: Problem, chapters: readonly ChapterDraft[], file: string): Problem {
  const m = /^chapters\[(\d+)\]/.exec(problem.field);
  const chapter = m ? chapters[Number(m[1])] : undefined; // raw chapters are in document order
  if (!chapter) return problem;
  const why = problem.message.replace(/^outline: `[^`]*`\s*/, '');
  return { field: problem.field, line: chapter.heading.line, message: `${file} line ${chapter.heading.line}: "${chapter.heading.text}" ${why}` };
}

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** "7", "VII" or "seven" → 7; undefined for anything else. */
function chapterNumber(token: string): number | undefined {
  const t = token.toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  const word = NUMBER_WORDS.indexOf(t);
  if (word >= 0) return word + 1;
  if (!/^[ivxlc]+$/.test(t)) return undefined;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]!]!;
    const next = ROMAN[t[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  // Only well-formed numerals: "Chapter Civil War" is not chapter 153.
  return toRoman(total) === t ? total : undefined;
}

function toRoman(n: number): string {
  const parts: Array<[number, string]> = [
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [value, numeral] of parts) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}
